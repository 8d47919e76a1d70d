/**
 * Two dropped files: which is the source and which the MT? A name that mentions the target language
 * (".en.", "_en", "-mt") is the MT; otherwise keep the drop order (source first).
 */
export function assignFiles(
  files: readonly File[],
  targetLang: string,
): { source: File | null; target: File | null } {
  const [first, second] = files;
  if (!first) return { source: null, target: null };
  if (!second) return { source: null, target: first };
  const looksLikeMt = (file: File) =>
    new RegExp(`(^|[._-])(${targetLang}|mt)([._-]|$)`, 'i').test(file.name);
  if (looksLikeMt(first) && !looksLikeMt(second)) return { source: second, target: first };
  return { source: first, target: second };
}
