/**
 * A tag scanner over XML text that skips comments, CDATA, processing instructions and the DOCTYPE.
 * It lets the readers cut a big file into its units and parse each unit on its own, so a
 * 100,000-unit file never becomes one giant object tree (which made the garbage collector the
 * bottleneck). The text must already be known to be well-formed.
 */

export type Tag = {
  start: number;
  /** Index just past the closing '>'. */
  end: number;
  local: string;
  closing: boolean;
  selfClosing: boolean;
};

/** End of a <!DOCTYPE …> declaration, internal subset ([…]) and quoted strings included. */
function declarationEnd(text: string, from: number): number {
  let depth = 0;
  let quote = 0;
  for (let j = from + 2; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 91) depth++;
    else if (c === 93) depth--;
    else if (c === 62 && depth <= 0) return j + 1;
  }
  return text.length;
}

function skipTo(text: string, marker: string, from: number): number {
  const e = text.indexOf(marker, from);
  return e < 0 ? text.length : e + marker.length;
}

/** Every start/end tag in document order. */
export function* tags(text: string): Generator<Tag> {
  let i = 0;
  for (;;) {
    const lt = text.indexOf('<', i);
    if (lt < 0) return;
    if (text.startsWith('<!--', lt)) i = skipTo(text, '-->', lt + 4);
    else if (text.startsWith('<![CDATA[', lt)) i = skipTo(text, ']]>', lt + 9);
    else if (text.startsWith('<?', lt)) i = skipTo(text, '?>', lt + 2);
    else if (text.startsWith('<!', lt)) i = declarationEnd(text, lt);
    else {
      let j = lt + 1;
      let quote = 0;
      for (; j < text.length; j++) {
        const c = text.charCodeAt(j);
        if (quote) {
          if (c === quote) quote = 0;
        } else if (c === 34 || c === 39) quote = c;
        else if (c === 62) break;
      }
      // Name: from after "<" or "</" up to whitespace, "/" or ">"; local part after the last ":".
      const closing = text.charCodeAt(lt + 1) === 47;
      let k = closing ? lt + 2 : lt + 1;
      let colon = k - 1;
      for (; k < j; k++) {
        const c = text.charCodeAt(k);
        if (c === 58) colon = k;
        else if (c <= 32 || c === 47 || c === 62) break;
      }
      const local = text.slice(colon + 1, k);
      yield {
        start: lt,
        end: j + 1,
        local,
        closing,
        selfClosing: text.charCodeAt(j - 1) === 47,
      };
      i = j + 1;
    }
  }
}

/** The source text of each outermost element whose local name is in `names`, in order. */
export function* elementTexts(text: string, names: ReadonlySet<string>): Generator<string> {
  let depth = 0;
  let from = 0;
  for (const t of tags(text)) {
    if (!names.has(t.local)) continue;
    if (t.closing) {
      depth--;
      if (depth === 0) yield text.slice(from, t.end);
    } else if (t.selfClosing) {
      if (depth === 0) yield text.slice(t.start, t.end);
    } else {
      if (depth === 0) from = t.start;
      depth++;
    }
  }
}

/** The first start tag in the text (with `local` as its local name, if given), as written. */
export function startTagText(text: string, local?: string): string | null {
  for (const t of tags(text)) {
    if (!t.closing && (local === undefined || t.local === local)) return text.slice(t.start, t.end);
  }
  return null;
}
