import type { Method } from '../contract';
import { EXPORT_FORMATS } from '../contract';
import { bool, either, id, int, nullable, obj, oneOf, str, type Check } from './checks';

const STATUSES = ['new', 'edited', 'approved', 'rejected'] as const;
const KINDS = ['body', 'heading', 'chrome'] as const;
const FLAGS = ['untranslated', 'low-confidence', 'dropped', 'added', 'split'] as const;
const SPLITS = ['auto', 'lines', 'blank'] as const;

/** Limits that keep one request from exhausting memory; the transport also caps the body size. */
export const LIMITS = {
  name: 200,
  /** Characters of document text (or base64) in one import side. */
  content: 64 * 1024 * 1024,
  correction: 1_000_000,
  comment: 10_000,
  search: 1000,
  page: 1000,
} as const;

const lang = str({
  min: 2,
  max: 35,
  pattern: /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/,
  hint: 'a language code like "ru" or "en-GB"',
});
const name = str({ min: 1, max: LIMITS.name });
const base64 = str({ max: LIMITS.content, pattern: /^[A-Za-z0-9+/]*={0,2}$/, hint: 'base64' });
const content = either(
  [str({ max: LIMITS.content }), obj({ base64 })],
  'a string or {"base64": "…"}',
);
const documentInput = obj({ name, content });
const empty = obj({});
const byDocument = obj({ documentId: id });
const bySegment = obj({ segmentId: id });

export const SCHEMAS: Record<Method, Check> = {
  'app.info': empty,
  'project.create': obj({ name, sourceLang: lang, targetLang: lang }),
  'project.list': empty,
  'project.delete': obj({ id }),
  'document.import': obj(
    { projectId: id, source: nullable(documentInput), target: documentInput },
    { split: oneOf(SPLITS) },
  ),
  'document.list': obj({ projectId: id }),
  'document.get': byDocument,
  'document.delete': byDocument,
  'document.export': obj(
    { documentId: id, format: oneOf(EXPORT_FORMATS) },
    { includeChrome: bool },
  ),
  'segment.list': obj(
    { documentId: id, offset: int(0), limit: int(1, LIMITS.page) },
    {
      filter: obj(
        {},
        {
          text: str({ max: LIMITS.search }),
          status: oneOf(STATUSES),
          flag: oneOf(FLAGS),
          kind: oneOf(KINDS),
        },
      ),
    },
  ),
  'segment.saveCorrection': obj({ segmentId: id, text: str({ max: LIMITS.correction }) }),
  'segment.setStatus': obj({ segmentId: id, status: oneOf(STATUSES) }),
  'segment.history': bySegment,
  'segment.setChrome': obj({ segmentId: id, chrome: bool }),
  'comment.list': bySegment,
  'comment.add': obj({ segmentId: id, text: str({ min: 1, max: LIMITS.comment }) }),
  'comment.delete': obj({ commentId: id }),
  'alignment.path': byDocument,
  'alignment.merge': bySegment,
  'alignment.split': obj({ segmentId: id, source: int(0), target: int(0) }),
  'alignment.splitText': obj(
    { segmentId: id, source: int(0), target: int(0) },
    { correction: int(0) },
  ),
  'alignment.moveBoundary': obj({
    segmentId: id,
    side: oneOf(['source', 'target']),
    delta: oneOf([1, -1]),
  }),
  'alignment.unlink': bySegment,
  'alignment.pin': obj({ segmentId: id, pinned: bool }),
  'alignment.realign': byDocument,
  'edit.undo': byDocument,
  'edit.redo': byDocument,
};
