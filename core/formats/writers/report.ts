import type { ExportDocument } from '../../model';
import {
  REPORT_CSV_COLUMNS,
  buildReport,
  reportCsvCells,
  reportHtml,
  reportJson,
} from '../../report';
import { CSV_BOM, csvRow } from './csv';
import type { WriteOptions } from './types';

// Generators throughout: nothing is measured until the caller starts reading the export.

/** The post-editing report as streamed JSON. */
export function* writeReportJson(
  doc: ExportDocument,
  options: WriteOptions = {},
): Generator<string> {
  yield* reportJson(buildReport(doc, options));
}

/** The report's per-row table as CSV (BOM first, formula-safe cells). */
export function* writeReportCsv(
  doc: ExportDocument,
  options: WriteOptions = {},
): Generator<string> {
  const report = buildReport(doc, options);
  yield CSV_BOM;
  yield csvRow(REPORT_CSV_COLUMNS);
  for (const s of report.segments) yield csvRow(reportCsvCells(s));
}

/** The report as a self-contained HTML page with charts. */
export function* writeReportHtml(
  doc: ExportDocument,
  options: WriteOptions = {},
): Generator<string> {
  yield* reportHtml(buildReport(doc, options));
}
