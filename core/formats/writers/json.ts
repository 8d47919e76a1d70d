/**
 * JSON export: document facts, then every row with its revisions, streamed row by row so a
 * 100,000-row document is never one string in memory.
 */
import type { ExportDocument } from '../../model';
import { TOOL_NAME, TOOL_VERSION, batched, exportSegments } from './common';
import type { WriteOptions } from './types';

function* parts(doc: ExportDocument, options: WriteOptions): Generator<string> {
  const head = {
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    document: {
      id: doc.id,
      name: doc.name,
      sourceName: doc.sourceName,
      sourceLang: doc.sourceLang,
      targetLang: doc.targetLang,
      targetFormat: doc.targetFormat,
      mtEngine: doc.mtEngine,
    },
    includeChrome: options.includeChrome ?? false,
  };
  const open = JSON.stringify(head, null, 2);
  yield `${open.slice(0, -2)},\n  "segments": [`;
  let first = true;
  for (const s of exportSegments(doc, options)) {
    yield `${first ? '\n' : ',\n'}    ${JSON.stringify(s)}`;
    first = false;
  }
  yield '\n  ]\n}\n';
}

/** The document as one JSON object `{ tool, document, includeChrome, segments: ExportSegment[] }`. */
export function writeJson(doc: ExportDocument, options: WriteOptions = {}): Iterable<string> {
  return batched(parts(doc, options));
}
