import type Database from 'better-sqlite3';
import { createChromeDecisionsRepo } from './chrome-decisions';
import { createCommentsRepo } from './comments';
import { createDocumentsRepo } from './documents';
import { createEditsRepo } from './edits';
import { createParagraphsRepo } from './paragraphs';
import { createProjectsRepo } from './projects';
import { createRevisionsRepo } from './revisions';
import { createSegmentsRepo, registerSqlFunctions } from './segments';
import { createSettingsRepo } from './settings';

export type { DocumentFile, DocumentRecord } from './documents';
export type {
  CommentMove,
  DecisionChange,
  EditEntry,
  EditPayload,
  KindChange,
  ParagraphCut,
  TextChange,
} from './edits';
export type { CommentRecord } from './comments';
export type { StoredRevision } from './revisions';
export type { SegmentListRow } from './segments';
export { qaFlags, stateOf } from './segments';
export type * from './types';
export { nowIso } from './types';

/** Every repository over one connection; all SQL of the app lives in these files and migrations/. */
export function createRepos(db: Database.Database) {
  registerSqlFunctions(db);
  return {
    db,
    projects: createProjectsRepo(db),
    documents: createDocumentsRepo(db),
    paragraphs: createParagraphsRepo(db),
    segments: createSegmentsRepo(db),
    revisions: createRevisionsRepo(db),
    edits: createEditsRepo(db),
    settings: createSettingsRepo(db),
    chromeDecisions: createChromeDecisionsRepo(db),
    comments: createCommentsRepo(db),
  };
}

export type Repos = ReturnType<typeof createRepos>;
