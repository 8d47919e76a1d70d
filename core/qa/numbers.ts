/**
 * Numbers are the anchors a translation must keep: "2,5 млн" and "2.5 million" carry the same number,
 * "15 апреля" and "April 15" the same day. Compares the multiset of numeric values on both sides,
 * with decimal commas, thin spaces and thousands separators normalised. O(length).
 */
const NUMBER = /\d[\d\u00a0\u202f\u2009 ]*(?:[.,]\d+)*/gu;

export function extractNumbers(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(NUMBER)) {
    found.push(normaliseNumber(match[0]));
  }
  return found;
}

function normaliseNumber(raw: string): string {
  let value = raw.replace(/[\u00a0\u202f\u2009 ]/gu, '').replace(/[.,]$/u, '');
  // "1,234,567" / "1.234.567": grouping separators (every group exactly three digits).
  if (/^\d{1,3}([.,]\d{3}){2,}$/u.test(value)) value = value.replace(/[.,]/gu, '');
  // A single comma or point is a decimal mark in either convention: "2,5" == "2.5".
  return value.replace(',', '.');
}

/** Numbers present on one side and missing on the other (each occurrence counted). */
export function numberMismatch(
  source: string,
  target: string,
): { missing: string[]; extra: string[] } {
  const remaining = new Map<string, number>();
  for (const n of extractNumbers(source)) remaining.set(n, (remaining.get(n) ?? 0) + 1);
  const extra: string[] = [];
  for (const n of extractNumbers(target)) {
    const left = remaining.get(n) ?? 0;
    if (left > 0) remaining.set(n, left - 1);
    else extra.push(n);
  }
  const missing = [...remaining].flatMap(([n, count]) => Array<string>(count).fill(n));
  return { missing, extra };
}
