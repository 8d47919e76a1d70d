import type { Req, Res } from '../../core/api';
import { writeExport } from '../../core/formats';
import type { ExportDocument, Paragraph, Revision } from '../../core/model';
import type { Repos } from '../db/repos';
import type { AppContext } from './context';
import { indexRange } from './derive';
import { notFound } from './errors';

/** Everything a writer needs, read from the store in one consistent snapshot. */
export function buildExportDocument(repos: Repos, documentId: number): ExportDocument {
  return repos.db.transaction(() => {
    const doc = repos.documents.get(documentId);
    if (!doc) throw notFound('document', documentId);
    const project = repos.projects.get(doc.projectId);
    const file = repos.documents.file(documentId, 'target');
    if (!project || !file) throw new Error(`document ${documentId} is incomplete in the store`);
    const targetParagraphs: Paragraph[] = repos.paragraphs.all(documentId, 'target').map((p) => ({
      index: p.idx,
      text: p.text,
      kind: p.kind,
      lang: p.lang,
      untranslated: p.untranslated,
      ...(p.path === null ? {} : { path: p.path }),
      ...(p.chromeReason === null ? {} : { chromeReason: p.chromeReason }),
    }));
    const revisions = repos.revisions.forDocument(documentId);
    const comments = repos.comments.byDocument(documentId);
    const segments = repos.segments.live(documentId).map((row) => {
      const history: Revision[] = (revisions.get(row.id) ?? []).map((r) => ({
        ...r,
        text: r.text ?? '',
      }));
      const last = revisions.get(row.id)?.at(-1);
      return {
        id: row.id,
        order: row.ord ?? 0,
        source: row.sourceText,
        mt: row.mtText,
        correction: last ? last.text : null,
        status: row.status,
        kind: row.kind,
        sourceIndices: indexRange(row.s0, row.s1),
        targetIndices: indexRange(row.t0, row.t1),
        revisions: history,
        ...(comments.has(row.id)
          ? { comments: (comments.get(row.id) ?? []).map((c) => c.text) }
          : {}),
        createdAt: row.createdAt,
        changedAt: row.changedAt,
      };
    });
    return {
      id: doc.id,
      name: doc.name,
      sourceLang: project.sourceLang,
      targetLang: project.targetLang,
      targetFormat: file.format,
      targetOriginal: file.text,
      sourceName: doc.sourceName,
      targetParagraphs,
      segments,
      mtEngine: doc.mtEngine,
    };
  })();
}

/**
 * The export as lazily written chunks, for callers that stream to a file (the CLI): a 100,000-row
 * document never becomes one string. The store snapshot is taken up front, in one transaction.
 */
export function exportChunks(
  { repos }: AppContext,
  req: Req<'document.export'>,
): { name: string; chunks: Iterable<string> } {
  const doc = buildExportDocument(repos, req.documentId);
  const out = writeExport(doc, req.format, { includeChrome: req.includeChrome ?? false });
  return { name: out.name, chunks: out.chunks };
}

/** Text formats come back as `content`; a binary format would come back as base64 (none yet). */
export function exportDocument(
  ctx: AppContext,
  req: Req<'document.export'>,
): Res<'document.export'> {
  const out = exportChunks(ctx, req);
  let content = '';
  for (const chunk of out.chunks) content += chunk;
  return { name: out.name, content };
}
