import { describe, expect, it } from 'vitest';
import { writeExport } from '../../../core/formats';
import { buildReport, editTimes } from '../../../core/report';
import type { PostEditReport } from '../../../core/report';
import { awkwardDocument, joinChunks, udhrDocument } from '../formats-write/sample-document';

describe('buildReport', () => {
  const report = buildReport(awkwardDocument(), { now: new Date('2026-12-01T00:00:00Z') });
  const byId = new Map(report.segments.map((s) => [s.id, s]));

  it('measures a real fix by hand-checkable numbers', () => {
    // MT  "Lift sanctions from the Rosselkhoznadzor and reconnect it to SWIFT." (10 words)
    // PE  "Lift sanctions from Rosselkhozbank and reconnect it to SWIFT."        (9 words)
    // Word edits: delete "the", substitute the bank's name = 2 → HTER 2/9 = 22.2.
    // Characters: "the " (4) + "nadzor"→"bank" (n→b, d→n, z→k, delete o, r: 5) = 9.
    const s = byId.get(12);
    expect(s?.terEdits).toBe(2);
    expect(s?.hter).toBeCloseTo(200 / 9, 9);
    expect(s?.wordDistance).toBe(2);
    expect(s?.charDistance).toBe(9);
    expect(s?.chrF).toBeGreaterThan(60);
    expect(s?.chrF).toBeLessThan(100);
  });

  it('gives untouched rows zero effort and full chrF', () => {
    const s = byId.get(11);
    expect(s).toMatchObject({
      corrected: false,
      hter: 0,
      chrF: 100,
      charDistance: 0,
      wordDistance: 0,
      timeSec: null,
    });
  });

  it('credits editing time from the revision timeline (hand-computed)', () => {
    // Human revisions at 30 s and 42 s (row 12), then 60, 80, 100, 120, 140 (rows 20–24), 200 (31), 210 (32).
    expect(byId.get(12)?.timeSec).toBe(12);
    expect(byId.get(20)?.timeSec).toBe(18);
    expect(byId.get(21)?.timeSec).toBe(20);
    expect(byId.get(31)?.timeSec).toBe(60);
    expect(byId.get(32)?.timeSec).toBe(10);
    expect(report.totals.timeSec).toBe(180);
    const capped = editTimes(awkwardDocument().segments, 30);
    expect(capped.get(31)).toBe(0); // a 60 s gap is a pause with a 30 s cap
  });

  it('totals: counts, corpus HTER from summed edits, chrome left out', () => {
    const t = report.totals;
    expect(t.segments).toBe(11);
    expect(t.corrected).toBe(8);
    expect(t.approved).toBe(3);
    expect(t.rejected).toBe(1);
    const edits = report.segments.reduce((a, s) => a + s.terEdits, 0);
    expect(t.hter).toBeCloseTo((100 * edits) / t.postEditWords, 9);
    expect(report.segments.some((s) => s.kind === 'chrome')).toBe(false);
    expect(buildReport(awkwardDocument(), { includeChrome: true }).totals.segments).toBe(12);
    expect(report.signatures.hter).toContain('tok:tercom');
    expect(report.signatures.chrF).toContain('nc:6|nw:0|space:no');
  });
});

describe('report outputs', () => {
  const doc = { ...awkwardDocument(), name: '<script>alert(1)</script>.html' };

  it('JSON parses back to the report', () => {
    const parsed = JSON.parse(joinChunks(writeExport(doc, 'report').chunks)) as PostEditReport;
    const direct = buildReport(doc);
    expect(parsed.segments).toEqual(direct.segments);
    expect(parsed.totals).toEqual(direct.totals);
  });

  it('CSV has the BOM, metric columns and formula-safe text', () => {
    const text = joinChunks(writeExport(doc, 'report-csv').chunks);
    expect(
      text.startsWith('\uFEFFid,order,kind,status,corrected,mt_words,post_edit_words,hter,'),
    ).toBe(true);
    expect(text).toContain(",'=1+1\r\n");
    expect(text).toContain('12,1,body,edited,yes,10,9,22.22,2,0,');
  });

  it('HTML is self-contained, script-free, escaped, with both charts', () => {
    const html = joinChunks(writeExport(doc, 'report-html').chunks);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\s(src|href)=/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;.html');
    expect(html).toContain('Tom &amp; Jerry &lt;b&gt;bold&lt;/b&gt;');
    expect(html.match(/<svg /g)?.length).toBe(3);
    expect(html).toContain('HTER per row along the document');
    expect(html).toContain('Rows by HTER');
  });

  it('charts a long document in at most 400 bars', () => {
    const big = udhrDocument();
    const many = {
      ...big,
      segments: Array.from({ length: 10 }, (_, k) =>
        big.segments.map((s) => ({ ...s, id: s.id + k * 10_000, order: s.order + k * 1000 })),
      ).flat(),
    };
    const html = joinChunks(writeExport(many, 'report-html').chunks);
    const effort = html.slice(
      html.indexOf('HTER per row along the document'),
      html.indexOf('Rows by HTER'),
    );
    const bars = effort.match(/<rect /g)?.length ?? 0;
    expect(bars).toBe(400);
  });
});
