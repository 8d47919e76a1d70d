export { readTmx } from './read-tmx';
export { readXliff12 } from './read-xliff12';
export { readXliff20 } from './read-xliff20';
export type { InterchangeDocument, InterchangeSegment } from './types';
