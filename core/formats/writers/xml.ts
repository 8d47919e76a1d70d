/**
 * XML text helpers for the streaming writers: escaping that survives a round trip through any
 * conforming parser (CR, and in attributes TAB and LF, kept as character references, so end-of-line
 * and attribute-value normalisation cannot change them) and removal of characters XML 1.0 cannot
 * carry at all.
 */

/**
 * One pass over the UTF-16 code units: replaces markup characters, keeps CR (and in attributes TAB and
 * LF) as character references, drops what XML 1.0 cannot carry (C0 controls other than TAB/LF/CR,
 * lone surrogates, U+FFFE/U+FFFF). Returns the input itself when nothing needs changing.
 */
function escape(s: string, attr: boolean): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let rep: string | null = null;
    if (c < 0x3f) {
      if (c === 38) rep = '&amp;';
      else if (c === 60) rep = '&lt;';
      else if (c === 62) rep = '&gt;';
      else if (c === 34) rep = attr ? '&quot;' : null;
      else if (c === 13) rep = '&#13;';
      else if (c === 10) rep = attr ? '&#10;' : null;
      else if (c === 9) rep = attr ? '&#9;' : null;
      else if (c < 32) rep = '';
    } else if (c >= 0xd800) {
      if (c <= 0xdbff) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          i++;
          continue;
        }
        rep = '';
      } else if (c <= 0xdfff || c === 0xfffe || c === 0xffff) rep = '';
    }
    if (rep !== null) {
      out += s.slice(last, i) + rep;
      last = i + 1;
    }
  }
  return last === 0 ? s : out + s.slice(last);
}

/** Escapes element content. `]]>` needs no care because `>` is always escaped. */
export function xmlText(s: string): string {
  return escape(s, false);
}

/** Escapes a double-quoted attribute value (whitespace as references, or parsers fold it to spaces). */
export function xmlAttr(s: string): string {
  return escape(s, true);
}

/** A language tag usable in xml:lang / srcLang: falls back to "und" when missing. */
export function langTag(lang: string): string {
  const t = lang.trim();
  return /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(t) ? t : 'und';
}
