import type { ExportFormat } from '../../api';
import type { ExportDocument } from '../../model';
import { exportName } from './common';
import { writeCsv } from './csv';
import { writeHtml } from './html';
import { writeJson } from './json';
import { writeReportCsv, writeReportHtml, writeReportJson } from './report';
import { writeMd, writeTxt } from './text';
import { writeTmx } from './tmx';
import type { ExportFile, WriteOptions } from './types';
import { writeXliff12 } from './xliff12';
import { writeXliff20 } from './xliff20';

type Writer = (doc: ExportDocument, options: WriteOptions) => Iterable<string>;

const WRITERS: Record<ExportFormat, { suffix: string; mime: string; write: Writer }> = {
  txt: { suffix: '.txt', mime: 'text/plain; charset=utf-8', write: writeTxt },
  md: { suffix: '.md', mime: 'text/markdown; charset=utf-8', write: writeMd },
  html: { suffix: '.html', mime: 'text/html; charset=utf-8', write: writeHtml },
  tmx: { suffix: '.tmx', mime: 'application/x-tmx+xml', write: writeTmx },
  xliff12: { suffix: '.xliff12.xlf', mime: 'application/x-xliff+xml', write: writeXliff12 },
  xliff20: { suffix: '.xliff20.xlf', mime: 'application/xliff+xml', write: writeXliff20 },
  csv: { suffix: '.csv', mime: 'text/csv; charset=utf-8', write: writeCsv },
  json: { suffix: '.json', mime: 'application/json', write: writeJson },
  report: { suffix: '.report.json', mime: 'application/json', write: writeReportJson },
  'report-csv': { suffix: '.report.csv', mime: 'text/csv; charset=utf-8', write: writeReportCsv },
  'report-html': {
    suffix: '.report.html',
    mime: 'text/html; charset=utf-8',
    write: writeReportHtml,
  },
};

/**
 * One export of a document in any ExportFormat. Nothing is computed until `chunks` is iterated;
 * iterate once and join or write the chunks in order. Chrome rows are left out unless includeChrome.
 */
export function writeExport(
  doc: ExportDocument,
  format: ExportFormat,
  options: WriteOptions = {},
): ExportFile {
  const w = WRITERS[format];
  return { name: exportName(doc, w.suffix), mime: w.mime, chunks: w.write(doc, options) };
}

export { writeTxt, writeMd, writeHtml, writeTmx, writeXliff12, writeXliff20, writeCsv, writeJson };
export { writeReportJson, writeReportCsv, writeReportHtml };
export { csvCell, csvRow, CSV_BOM } from './csv';
export { markdownMarkers } from './text';
export { TMX_PROP } from './tmx';
export { XLIFF20_NS } from './xliff20';
export type { ExportFile, WriteOptions } from './types';
