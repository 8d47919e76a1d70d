export { readDocumentFile } from './read-document-file';
export type { ReadDocument } from './read-document-file';
export { decodeDocumentBytes } from './decode-document';
export type { DecodeOptions, DecodedText } from './decode-document';
export { DEFAULT_MAX_BYTES } from './limits';
