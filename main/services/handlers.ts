import type { AppMode, Handlers } from '../../core/api';
import * as align from './alignment-edits';
import { setChrome } from './chrome-marks';
import { addComment, deleteComment, listComments } from './comments';
import { splitText } from './split-text';
import type { AppContext } from './context';
import { notFound } from './errors';
import { guarded } from './storage-errors';
import { exportDocument } from './export-document';
import { importRequest } from './import-document';
import { redo, undo } from './journal';
import * as projects from './projects';
import { realign } from './realign';
import * as segments from './segments';

/** The one handler map every transport binds; requests arrive already shape-checked (core/api/validate). */
export function createHandlers(
  ctx: AppContext,
  info: { version: string; mode: AppMode },
): Handlers {
  const { repos } = ctx;
  const inTransaction = <T>(fn: () => T): T => repos.db.transaction(fn)();
  const handlers: Handlers = {
    'app.info': () => ({ name: 'Sverka', version: info.version, mode: info.mode }),
    'project.create': (req) => projects.createProject(ctx, req),
    'project.list': () => ({ items: repos.projects.list() }),
    'project.delete': (req) => projects.deleteProject(ctx, req),
    'document.import': (req) => importRequest(ctx, req),
    'document.list': (req) => projects.listDocuments(ctx, req),
    'document.get': (req) => projects.getDocument(ctx, req),
    'document.delete': (req) => projects.deleteDocument(ctx, req),
    'document.export': (req) => exportDocument(ctx, req),
    'segment.list': (req) => segments.listSegments(ctx, req),
    'segment.saveCorrection': (req) => segments.saveCorrection(ctx, req),
    'segment.setStatus': (req) => segments.setStatus(ctx, req),
    'segment.history': (req) => segments.history(ctx, req),
    'segment.setChrome': (req) => setChrome(ctx, req),
    'comment.list': (req) => listComments(ctx, req),
    'comment.add': (req) => addComment(ctx, req),
    'comment.delete': (req) => deleteComment(ctx, req),
    'alignment.path': (req) => projects.alignmentPath(ctx, req),
    'alignment.merge': (req) => align.merge(ctx, req),
    'alignment.split': (req) => align.split(ctx, req),
    'alignment.splitText': (req) => splitText(ctx, req),
    'alignment.moveBoundary': (req) => align.moveBoundary(ctx, req),
    'alignment.unlink': (req) => align.unlink(ctx, req),
    'alignment.pin': (req) => segments.setPinned(ctx, req),
    'alignment.realign': (req) => realign(ctx, req),
    'edit.undo': (req) => inTransaction(() => undo(repos, requireDocument(ctx, req.documentId))),
    'edit.redo': (req) => inTransaction(() => redo(repos, requireDocument(ctx, req.documentId))),
  };
  // Every method gets the same treatment of storage failures (disk full, read-only, busy, damaged).
  const wrapped: Record<string, unknown> = {};
  for (const [method, handler] of Object.entries(handlers)) {
    wrapped[method] = guarded(handler as (req: unknown) => unknown);
  }
  return wrapped as Handlers;
}

function requireDocument({ repos }: AppContext, documentId: number): number {
  if (!repos.documents.head(documentId)) throw notFound('document', documentId);
  return documentId;
}
