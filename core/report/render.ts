/**
 * The report as JSON (streamed), and as one self-contained HTML page: inline CSS and SVG, no script,
 * every piece of document text escaped.
 */
import { binTens, effortChart, escapeHtml, histogram } from './charts';
import type { PostEditReport, SegmentMetrics } from './types';

/** `{ …report, segments: [...] }` with one row per line. */
export function* reportJson(report: PostEditReport): Generator<string> {
  const { segments, ...head } = report;
  const open = JSON.stringify(head, null, 2);
  yield `${open.slice(0, -2)},\n  "segments": [`;
  let first = true;
  for (const s of segments) {
    yield `${first ? '\n' : ',\n'}    ${JSON.stringify(s)}`;
    first = false;
  }
  yield '\n  ]\n}\n';
}

export const REPORT_CSV_COLUMNS = [
  'id',
  'order',
  'kind',
  'status',
  'corrected',
  'mt_words',
  'post_edit_words',
  'hter',
  'ter_edits',
  'ter_shifts',
  'chrf',
  'char_distance',
  'word_distance',
  'time_sec',
  'revisions',
  'mt',
  'post_edit',
] as const;

/** A report row as the CSV writer's cells, in REPORT_CSV_COLUMNS order. */
export function reportCsvCells(s: SegmentMetrics): (string | number | null)[] {
  const r2 = (v: number): number => Math.round(v * 100) / 100;
  return [
    s.id,
    s.order,
    s.kind,
    s.status,
    s.corrected ? 'yes' : 'no',
    s.mtWords,
    s.postEditWords,
    r2(s.hter),
    s.terEdits,
    s.terShifts,
    r2(s.chrF),
    s.charDistance,
    s.wordDistance,
    s.timeSec === null ? null : r2(s.timeSec),
    s.revisions,
    s.mt,
    s.postEdit,
  ];
}

const CSS = `body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:1100px;padding:0 1rem;color:#1b1f24}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem}dl{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}
dt{color:#57606a}dd{margin:0;font-variant-numeric:tabular-nums}svg{width:100%;height:auto;font-size:11px;fill:#57606a}
.grid{stroke:#d0d7de;stroke-width:1}.bar{fill:#2f6feb}.bar.hot{fill:#cf222e}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{border-bottom:1px solid #d0d7de;padding:.3rem .4rem;vertical-align:top;text-align:left}
td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}td.t{white-space:pre-wrap;max-width:28rem}
code{font-size:12px;word-break:break-all}`;

const f1 = (v: number): string => (Math.round(v * 10) / 10).toFixed(1);
const dur = (sec: number): string => {
  const s = Math.round(sec);
  return s < 60
    ? `${s} s`
    : s < 3600
      ? `${Math.floor(s / 60)} min ${s % 60} s`
      : `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
};

function summary(r: PostEditReport): string {
  const t = r.totals;
  const rows: [string, string][] = [
    ['Rows', String(t.segments)],
    [
      'Corrected',
      `${t.corrected} (${t.segments ? f1((100 * t.corrected) / t.segments) : '0.0'} %)`,
    ],
    ['Approved / rejected', `${t.approved} / ${t.rejected}`],
    ['Words MT → post-edit', `${t.mtWords} → ${t.postEditWords}`],
    ['HTER (corpus)', f1(t.hter)],
    ['HTER (mean per row)', f1(t.meanHter)],
    ['chrF2 (corpus)', f1(t.chrF)],
    ['Edit distance', `${t.charDistance} characters, ${t.wordDistance} words`],
    ['Editing time', dur(t.timeSec)],
  ];
  return `<dl>${rows.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>`;
}

function row(s: SegmentMetrics): string {
  return (
    `<tr><td class="n">${s.order + 1}</td><td>${escapeHtml(s.kind)}</td><td>${escapeHtml(s.status)}</td>` +
    `<td class="n">${f1(s.hter)}</td><td class="n">${f1(s.chrF)}</td><td class="n">${s.charDistance}</td>` +
    `<td class="n">${s.wordDistance}</td><td class="n">${s.timeSec === null ? '–' : escapeHtml(dur(s.timeSec))}</td>` +
    `<td class="t">${escapeHtml(s.mt)}</td><td class="t">${s.corrected ? escapeHtml(s.postEdit) : '<i>(unchanged)</i>'}</td></tr>\n`
  );
}

/** The report page. Streams the per-row table; charts and totals come first. */
export function* reportHtml(r: PostEditReport): Generator<string> {
  const title = `Post-editing report — ${r.document.name}`;
  const hter = r.segments.map((s) => s.hter);
  const hterBins = binTens(hter, true);
  const chrfBins = binTens(
    r.segments.map((s) => s.chrF),
    false,
  );
  yield `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n`;
  yield `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">\n`;
  yield `<title>${escapeHtml(title)}</title>\n<style>${CSS}</style>\n</head>\n<body>\n<h1>${escapeHtml(title)}</h1>\n`;
  yield `<p>${escapeHtml(`${r.document.sourceLang} → ${r.document.targetLang}`)}${r.document.mtEngine ? `, MT: ${escapeHtml(r.document.mtEngine)}` : ''}. Generated ${escapeHtml(r.generatedAt)}.${r.settings.includeChrome ? '' : ' Page chrome is not counted.'}</p>\n`;
  yield `<h2>Totals</h2>\n${summary(r)}\n`;
  yield `<h2>Edit effort along the document</h2>\n${effortChart(hter, 'HTER per row along the document')}\n`;
  yield `<h2>Distribution</h2>\n${histogram(hterBins.counts, hterBins.labels, 'Rows by HTER', 'HTER')}\n`;
  yield `${histogram(chrfBins.counts, chrfBins.labels, 'Rows by chrF2', 'chrF2')}\n`;
  yield `<h2>Rows</h2>\n<table>\n<thead><tr><th>#</th><th>Kind</th><th>Status</th><th>HTER</th><th>chrF2</th><th>Chars</th><th>Words</th><th>Time</th><th>MT</th><th>Post-edit</th></tr></thead>\n<tbody>\n`;
  let buf = '';
  for (const s of r.segments) {
    buf += row(s);
    if (buf.length > 64 * 1024) {
      yield buf;
      buf = '';
    }
  }
  yield `${buf}</tbody>\n</table>\n<h2>Method</h2>\n<p>HTER: TER with shifts of the MT against the post-edited text (edits ÷ post-edit words × 100). chrF2: character 6-grams, β = 2, whitespace removed. Editing time: gaps between consecutive edits in the document, credited to the row edited; gaps over ${r.settings.idleCapSec} s count as pauses.</p>\n`;
  yield `<p>Signatures:<br><code>TER ${escapeHtml(r.signatures.hter)}</code><br><code>chrF2 ${escapeHtml(r.signatures.chrF)}</code></p>\n</body>\n</html>\n`;
}
