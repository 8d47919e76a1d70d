import type { SplitMode } from '../model';
import type { ReadBlock } from '../formats';

/**
 * Plain text into paragraphs. Blank lines always separate blocks. Inside a block, `auto` keeps
 * list- and menu-like lines apart and joins hard-wrapped prose; `lines` keeps every line; `blank`
 * joins every block into one paragraph.
 */

const LIST_MARKER = /^(?:[-*•·▪►–—]|\d{1,3}[.)])\s+/u;
const SENTENCE_END = /[.!?…:;"»”)\]]$/u;
// Hard-wrapped text is wrapped at a fixed width; lines longer than this are paragraphs on one line.
const MAX_WRAP_WIDTH = 110;
const MIN_WRAP_WIDTH = 30;
const FULL_LINE = 0.6;

function isHardWrapped(lines: readonly string[]): boolean {
  const maxLen = Math.max(...lines.map((l) => l.length));
  if (maxLen > MAX_WRAP_WIDTH || maxLen < MIN_WRAP_WIDTH) return false;
  const body = lines.slice(0, -1);
  const full = body.filter((l) => l.length >= FULL_LINE * maxLen).length;
  if (full < FULL_LINE * body.length) return false;
  // A block where every line closes a sentence and the next opens one is a list of sentences.
  const continues = body.some(
    (l, i) => !SENTENCE_END.test(l) || /^\p{Ll}/u.test(lines[i + 1] ?? ''),
  );
  return continues;
}

function joinWrapped(lines: readonly string[]): string[][] {
  const maxLen = Math.max(...lines.map((l) => l.length));
  const paras: string[][] = [];
  let current: string[] = [];
  lines.forEach((line, i) => {
    if (current.length > 0 && LIST_MARKER.test(line)) {
      paras.push(current);
      current = [];
    }
    current.push(line);
    const next = lines[i + 1];
    const endsShort = SENTENCE_END.test(line) && line.length < FULL_LINE * maxLen;
    if (next !== undefined && endsShort) {
      paras.push(current);
      current = [];
    }
  });
  if (current.length > 0) paras.push(current);
  return paras;
}

function joinLines(lines: readonly string[]): string {
  let out = '';
  for (const line of lines) {
    if (out === '') out = line;
    // A word broken at the wrap ("exam-" + "ple") is glued back; the hyphen stays (it may be real).
    else if (/\p{L}-$/u.test(out) && /^\p{Ll}/u.test(line)) out += line;
    else out += ` ${line}`;
  }
  return out;
}

/** Cuts plain text into paragraph blocks (see file comment). Pure, O(n). */
export function splitText(text: string, mode: SplitMode = 'auto'): ReadBlock[] {
  const normalised = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\f/g, '\n\n');
  const out: ReadBlock[] = [];
  let group = 0;
  for (const chunk of normalised.split(/\n[ \t\u00a0]*\n/)) {
    const lines = chunk
      .split('\n')
      .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
      .filter((l) => l !== '');
    if (lines.length === 0) continue;
    group++;
    let paras: string[][];
    if (mode === 'blank') paras = [lines];
    else if (mode === 'lines' || lines.length === 1) paras = lines.map((l) => [l]);
    else paras = isHardWrapped(lines) ? joinWrapped(lines) : lines.map((l) => [l]);
    const listItem = paras.length > 1;
    for (const p of paras) out.push({ text: joinLines(p), linkDensity: 0, group, listItem });
  }
  return out;
}
