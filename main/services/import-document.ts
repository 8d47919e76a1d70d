import { createHash } from 'node:crypto';
import type { DocumentContent, DocumentInput, Req, Res } from '../../core/api';
import { alignParagraphs } from '../../core/align';
import type { AlignGroup, Paragraph, Side, SourceFormat, SplitMode } from '../../core/model';
import { InputError } from '../../core/model';
import { formatFromName } from '../../core/formats';
import { findRepeatedLines, segmentDocument } from '../../core/segment';
import { decodeDocumentBytes } from '../io';
import type { DocumentFile, SegmentState } from '../db/repos';
import type { AppContext } from './context';
import { deriveSegment } from './derive';
import { notFound } from './errors';

const TASK = 'document.import';

/** One side of an import, already read: the bytes as they came and the decoded text. */
export type ReadSide = { name: string; bytes: Uint8Array; text: string; encoding: string };

/** Text is taken as given (UTF-8 when stored); base64 bytes are decoded with encoding detection. */
export function readContent(input: DocumentInput): ReadSide {
  return readBytesOrText(input.name, input.content);
}

function readBytesOrText(name: string, content: DocumentContent): ReadSide {
  if (typeof content === 'string') {
    return { name, bytes: new TextEncoder().encode(content), text: content, encoding: 'utf-8' };
  }
  const bytes = new Uint8Array(Buffer.from(content.base64, 'base64'));
  return readBytes(name, bytes);
}

export function readBytes(name: string, bytes: Uint8Array): ReadSide {
  const { text, encoding } = decodeDocumentBytes(bytes, name);
  return { name, bytes, text, encoding };
}

/**
 * Tiles alignment groups onto half-open ranges and checks they cover both sides in order, so a faulty
 * aligner result is an error here rather than a corrupt document.
 */
export function groupsToRanges(
  groups: readonly AlignGroup[],
  sourceCount: number,
  targetCount: number,
) {
  let s = 0;
  let t = 0;
  const ranges = groups.map((g) => {
    const contiguous = (ix: readonly number[], start: number) =>
      ix.every((v, i) => v === start + i);
    if (!contiguous(g.src, s) || !contiguous(g.tgt, t) || g.src.length + g.tgt.length === 0) {
      throw new Error(`aligner returned a group out of order at source ${s}, target ${t}`);
    }
    const range = {
      s0: s,
      s1: s + g.src.length,
      t0: t,
      t1: t + g.tgt.length,
      confidence: g.confidence,
    };
    s = range.s1;
    t = range.t1;
    return range;
  });
  if (s !== sourceCount || t !== targetCount)
    throw new Error('aligner result does not cover every paragraph');
  return ranges;
}

type Prepared = {
  side: Side;
  read: ReadSide;
  format: SourceFormat;
  paragraphs: Paragraph[];
};

/** Lets the event loop run between phases, so progress events reach SSE/IPC listeners as they happen. */
const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * segment → align → store (one transaction), with progress events between phases. Nothing is written
 * before the store phase, so a failure anywhere leaves the database as it was.
 */
export async function importDocument(
  ctx: AppContext,
  req: { projectId: number; source: ReadSide | null; target: ReadSide; split?: SplitMode },
): Promise<Res<'document.import'>> {
  const { repos, emit } = ctx;
  const project = repos.projects.get(req.projectId);
  if (!project) throw notFound('project', req.projectId);
  emit({ task: TASK, phase: 'segment', fraction: 0 });
  await yieldToLoop();
  const decisions = repos.chromeDecisions.list(project.id);
  // Lines recurring across the project's documents are chrome candidates: a first pass finds this
  // document's paragraphs, and only when some recur elsewhere does a second pass use them.
  const others = repos.paragraphs.textsByProject(project.id, 'target');
  const prepare = (side: Side, read: ReadSide, lang: string): Prepared => {
    const format = formatFromName(read.name);
    const options = {
      format,
      name: read.name,
      split: req.split ?? 'auto',
      lang,
      sourceLang: project.sourceLang,
      decisions,
    };
    let doc = segmentDocument(read.text, options);
    if (side === 'target' && others.length > 0) {
      const repeatedLines = findRepeatedLines([...others, doc.paragraphs.map((p) => p.text)]);
      if (repeatedLines.size > 0) doc = segmentDocument(read.text, { ...options, repeatedLines });
    }
    return { side, read, format: doc.format, paragraphs: doc.paragraphs };
  };
  const target = prepare('target', req.target, project.targetLang);
  const source = req.source ? prepare('source', req.source, project.sourceLang) : null;
  if (target.paragraphs.length === 0)
    throw new InputError(req.target.name, 'no text paragraphs found');
  if (source && source.paragraphs.length === 0)
    throw new InputError(source.read.name, 'no text paragraphs found');

  emit({ task: TASK, phase: 'align', fraction: 0 });
  await yieldToLoop();
  const groups: AlignGroup[] = source
    ? alignParagraphs(
        source.paragraphs.map((p) => ({ text: p.text, kind: p.kind })),
        target.paragraphs.map((p) => ({ text: p.text, kind: p.kind })),
        {
          sourceLang: project.sourceLang,
          targetLang: project.targetLang,
          onProgress: (fraction) => emit({ task: TASK, phase: 'align', fraction }),
        },
      )
    : target.paragraphs.map((p) => ({ src: [], tgt: [p.index], confidence: 1 }));
  const ranges = groupsToRanges(groups, source?.paragraphs.length ?? 0, target.paragraphs.length);

  emit({ task: TASK, phase: 'store', fraction: 0 });
  await yieldToLoop();
  const documentId = repos.db.transaction(() => {
    // The project may have been deleted while this import was between phases.
    if (!repos.projects.get(project.id)) throw notFound('project', project.id);
    const id = repos.documents.create(project.id, target.read.name, source?.read.name ?? null);
    for (const side of source ? [source, target] : [target]) {
      repos.documents.addFile(id, side.side, fileOf(side));
      repos.paragraphs.insertAll(id, side.side, side.paragraphs);
    }
    const src = source?.paragraphs ?? [];
    const now = new Date().toISOString();
    ranges.forEach((r, ord) => {
      const state: Omit<SegmentState, 'id'> = {
        ...r,
        live: true,
        origin: 'auto',
        pinned: false,
        status: 'new',
        split: false,
      };
      const derived = deriveSegment(src.slice(r.s0, r.s1), target.paragraphs.slice(r.t0, r.t1));
      repos.segments.insert(id, state, derived, ord, now);
    });
    return id;
  })();
  emit({ task: TASK, documentId, phase: 'done', fraction: 1 });
  return { documentId, segments: ranges.length };
}

function fileOf(prepared: Prepared): DocumentFile {
  const { read } = prepared;
  return {
    name: read.name,
    bytes: read.bytes,
    sha256: createHash('sha256').update(read.bytes).digest('hex'),
    encoding: read.encoding,
    format: prepared.format,
    text: read.text,
  };
}

export async function importRequest(
  ctx: AppContext,
  req: Req<'document.import'>,
): Promise<Res<'document.import'>> {
  ctx.emit({ task: TASK, phase: 'read', fraction: 0 });
  await yieldToLoop();
  return importDocument(ctx, {
    projectId: req.projectId,
    source: req.source ? readContent(req.source) : null,
    target: readContent(req.target),
    split: req.split,
  });
}
