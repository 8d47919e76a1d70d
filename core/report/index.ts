export { buildReport } from './build-report';
export { editTimes } from './time-to-edit';
export { reportJson, reportHtml, reportCsvCells, REPORT_CSV_COLUMNS } from './render';
export type { PostEditReport, ReportOptions, ReportTotals, SegmentMetrics } from './types';
