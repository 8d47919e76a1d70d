export type { ReadBlock } from './types';
export type { HtmlDocument, HtmlElement, HtmlNode } from './html-dom';
export { parseHtmlDocument, childPath } from './html-dom';
export { readHtml } from './html-reader';
export { readMarkdown, flattenInline } from './markdown-reader';
export { formatFromName } from './format-from-name';
export { countWords } from './count-words';
