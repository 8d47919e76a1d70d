/**
 * THE contract between the UI (or any automation) and the application: one map of method name to
 * request and response shapes. Electron IPC, HTTP (`POST /rpc/<method>`) and the CLI all bind the same
 * handler object typed `Handlers`, so a method missing from a transport is a compile error.
 */
import type { ParagraphKind, Revision, SegmentFlag, SegmentStatus, SplitMode } from '../model';

export type AppMode = 'electron' | 'browser';

/** Text, or raw bytes as base64 (the server detects the encoding). */
export type DocumentContent = string | { base64: string };
export type DocumentInput = { name: string; content: DocumentContent };

export type ExportFormat =
  | 'txt'
  | 'md'
  | 'html'
  | 'tmx'
  | 'xliff12'
  | 'xliff20'
  | 'csv'
  | 'json'
  | 'report'
  | 'report-csv'
  | 'report-html';

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  'txt',
  'md',
  'html',
  'tmx',
  'xliff12',
  'xliff20',
  'csv',
  'json',
  'report',
  'report-csv',
  'report-html',
];

export type ProjectSummary = {
  id: number;
  name: string;
  sourceLang: string;
  targetLang: string;
  createdAt: string;
  documents: number;
};

export type DocumentSummary = {
  id: number;
  projectId: number;
  name: string;
  sourceName: string | null;
  segments: number;
  approved: number;
  createdAt: string;
};

export type SegmentRow = {
  id: number;
  order: number;
  source: string;
  mt: string;
  correction: string | null;
  status: SegmentStatus;
  kind: ParagraphKind;
  flags: SegmentFlag[];
  confidence: number;
  pinned: boolean;
  sourceIndices: number[];
  targetIndices: number[];
  /** Number of reviewer comments on the row. */
  comments: number;
};

/** A reviewer's note on a row. */
export type Comment = { id: number; text: string; createdAt: string };

export type SegmentFilter = {
  text?: string;
  status?: SegmentStatus;
  flag?: SegmentFlag;
  kind?: ParagraphKind;
};

/** Compact alignment path for the minimap: one entry per group, paragraph ranges are half-open. */
export type PathGroup = { s0: number; s1: number; t0: number; t1: number; confidence: number };

/** What an alignment edit or undo/redo returns: the rows to refetch from `firstOrder` on. */
export type EditResult = { firstOrder: number; total: number };

type Empty = Record<string, never>;

export type Contract = {
  'app.info': { req: Empty; res: { name: string; version: string; mode: AppMode } };

  'project.create': {
    req: { name: string; sourceLang: string; targetLang: string };
    res: { id: number };
  };
  'project.list': { req: Empty; res: { items: ProjectSummary[] } };
  'project.delete': { req: { id: number }; res: Empty };

  'document.import': {
    req: {
      projectId: number;
      source: DocumentInput | null;
      target: DocumentInput;
      split?: SplitMode;
    };
    res: { documentId: number; segments: number };
  };
  'document.list': { req: { projectId: number }; res: { items: DocumentSummary[] } };
  'document.get': {
    req: { documentId: number };
    res: DocumentSummary & { sourceLang: string; targetLang: string };
  };
  'document.delete': { req: { documentId: number }; res: Empty };
  'document.export': {
    req: { documentId: number; format: ExportFormat; includeChrome?: boolean };
    res: { name: string; content: string } | { name: string; base64: string };
  };

  'segment.list': {
    req: { documentId: number; offset: number; limit: number; filter?: SegmentFilter };
    res: { total: number; items: SegmentRow[] };
  };
  'segment.saveCorrection': { req: { segmentId: number; text: string }; res: { revision: number } };
  'segment.setStatus': { req: { segmentId: number; status: SegmentStatus }; res: Empty };
  'segment.history': { req: { segmentId: number }; res: { items: Revision[] } };
  'comment.list': { req: { segmentId: number }; res: { items: Comment[] } };
  'comment.add': { req: { segmentId: number; text: string }; res: Comment };
  'comment.delete': { req: { commentId: number }; res: Empty };
  /**
   * Mark a row's paragraphs as page chrome (or as text again) and remember that ruling for the
   * project, so the same lines in later imports are classified the same way. One undo step.
   */
  'segment.setChrome': { req: { segmentId: number; chrome: boolean }; res: EditResult };

  'alignment.path': {
    req: { documentId: number };
    res: { sourceCount: number; targetCount: number; groups: PathGroup[] };
  };
  /** Merge a row with the next one. */
  'alignment.merge': { req: { segmentId: number }; res: EditResult };
  /** Split a row after `source` source paragraphs and `target` target paragraphs. */
  'alignment.split': {
    req: { segmentId: number; source: number; target: number };
    res: EditResult;
  };
  /**
   * Split a row at text offsets (UTF-16, 0..length) of its source and MT as the grid shows them
   * (paragraphs joined by line breaks): a paragraph the cut falls inside becomes two paragraphs. With
   * `correction`, the row's correction is cut there too, its parts going to the two rows. One undo step.
   */
  'alignment.splitText': {
    req: { segmentId: number; source: number; target: number; correction?: number };
    res: EditResult;
  };
  /** Move the boundary between a row and the next by one paragraph on one side. */
  'alignment.moveBoundary': {
    req: { segmentId: number; side: 'source' | 'target'; delta: 1 | -1 };
    res: EditResult;
  };
  /** Break a row into 1:0 and 0:1 rows. */
  'alignment.unlink': { req: { segmentId: number }; res: EditResult };
  'alignment.pin': { req: { segmentId: number; pinned: boolean }; res: Empty };
  /** Re-align every stretch between pinned rows. */
  'alignment.realign': { req: { documentId: number }; res: EditResult };

  'edit.undo': { req: { documentId: number }; res: EditResult };
  'edit.redo': { req: { documentId: number }; res: EditResult };
};

export type Method = keyof Contract;
export type Req<M extends Method> = Contract[M]['req'];
export type Res<M extends Method> = Contract[M]['res'];

export type ErrorCode =
  | 'bad_request'
  | 'not_found'
  | 'unauthorized'
  | 'forbidden'
  | 'too_large'
  | 'unsupported'
  | 'conflict'
  | 'internal';

export type ApiError = { code: ErrorCode; message: string };
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** The one handler map every transport binds. A missing method is a compile error. */
export type Handlers = { [M in Method]: (req: Req<M>) => Promise<Res<M>> | Res<M> };

/** Client side: what the renderer (or a test) calls, whatever the transport. */
export type ApiClient = {
  call<M extends Method>(method: M, req: Req<M>): Promise<Result<Res<M>>>;
};
