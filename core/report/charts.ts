/**
 * Inline SVG charts for the report page: no script, no external resource, text escaped.
 */

export const escapeHtml = (s: string): string =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

const W = 800;
const H = 220;
const PAD = { left: 44, right: 12, top: 12, bottom: 34 };
const MAX_BARS = 400;

const fmt = (v: number): string => (Math.round(v * 10) / 10).toString();

function axes(yMax: number, yLabel: string, xLabel: string): string {
  const plotH = H - PAD.top - PAD.bottom;
  let out = '';
  for (const f of [0, 0.25, 0.5, 0.75, 1]) {
    const y = PAD.top + plotH * (1 - f);
    out += `<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${y}" y2="${y}" class="grid"/>`;
    out += `<text x="${PAD.left - 6}" y="${y + 4}" text-anchor="end">${fmt(yMax * f)}</text>`;
  }
  out += `<text x="${(W + PAD.left) / 2}" y="${H - 4}" text-anchor="middle">${escapeHtml(xLabel)}</text>`;
  out += `<text x="12" y="${PAD.top + plotH / 2}" text-anchor="middle" transform="rotate(-90 12 ${PAD.top + plotH / 2})">${escapeHtml(yLabel)}</text>`;
  return out;
}

/**
 * HTER along the document: one bar per row, or per bucket of consecutive rows (mean) beyond 400 rows.
 * Values are capped at 100 so one rewritten line does not flatten the rest.
 */
export function effortChart(values: readonly number[], title: string): string {
  const n = values.length;
  const buckets = Math.min(n, MAX_BARS);
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  let bars = '';
  for (let b = 0; b < buckets; b++) {
    const from = Math.floor((b * n) / buckets);
    const to = Math.max(from + 1, Math.floor(((b + 1) * n) / buckets));
    let sum = 0;
    for (let i = from; i < to; i++) sum += Math.min(100, values[i] ?? 0);
    const v = sum / (to - from);
    const h = (plotH * v) / 100;
    const x = PAD.left + (plotW * b) / buckets;
    const label = to - from === 1 ? `#${from + 1}` : `#${from + 1}–${to}`;
    bars += `<rect x="${x.toFixed(2)}" y="${(PAD.top + plotH - h).toFixed(2)}" width="${Math.max(0.5, plotW / buckets - 1).toFixed(2)}" height="${h.toFixed(2)}" class="${v > 50 ? 'bar hot' : 'bar'}"><title>${label}: HTER ${fmt(v)}</title></rect>`;
  }
  return `<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeHtml(title)}"><title>${escapeHtml(title)}</title>${axes(100, 'HTER', 'position in the document')}${bars}</svg>`;
}

/** Histogram of values in fixed bins; `labels[i]` names bin i. */
export function histogram(
  counts: readonly number[],
  labels: readonly string[],
  title: string,
  xLabel: string,
): string {
  // A multiple of 4 so the quarter grid lines fall on whole rows.
  const max = Math.ceil(Math.max(1, ...counts) / 4) * 4;
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const bw = plotW / counts.length;
  let bars = '';
  counts.forEach((c, i) => {
    const h = (plotH * c) / max;
    const x = PAD.left + bw * i;
    bars += `<rect x="${(x + 2).toFixed(2)}" y="${(PAD.top + plotH - h).toFixed(2)}" width="${(bw - 4).toFixed(2)}" height="${h.toFixed(2)}" class="bar"><title>${escapeHtml(labels[i] ?? '')}: ${c}</title></rect>`;
    bars += `<text x="${(x + bw / 2).toFixed(2)}" y="${PAD.top + plotH + 14}" text-anchor="middle">${escapeHtml(labels[i] ?? '')}</text>`;
    if (c > 0)
      bars += `<text x="${(x + bw / 2).toFixed(2)}" y="${(PAD.top + plotH - h - 3).toFixed(2)}" text-anchor="middle">${c}</text>`;
  });
  return `<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeHtml(title)}"><title>${escapeHtml(title)}</title>${axes(max, 'rows', xLabel)}${bars}</svg>`;
}

/** Counts per bin: [0] exactly zero, then (0,10], (10,20] … (90,100] (labelled "0–10" …), then > 100 when `overflow`. */
export function binTens(
  values: readonly number[],
  overflow: boolean,
): { counts: number[]; labels: string[] } {
  const labels = ['0', ...Array.from({ length: 10 }, (_, i) => `${i * 10}–${i * 10 + 10}`)];
  if (overflow) labels.push('>100');
  const counts = new Array<number>(labels.length).fill(0);
  for (const v of values) {
    const bin = v <= 0 ? 0 : v > 100 ? (overflow ? 11 : 10) : Math.min(10, Math.ceil(v / 10));
    counts[bin] = (counts[bin] ?? 0) + 1;
  }
  return { counts, labels };
}
