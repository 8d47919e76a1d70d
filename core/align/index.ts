export { alignParagraphs } from './align';
export {
  mergeWithNext,
  moveBoundary,
  realignUnpinned,
  setPinned,
  splitGroup,
  toEditable,
  unlink,
} from './edit-ops';
export { parseLexicon } from './lexicon';
export type { AlignInput, AlignOptions, EditableGroup, LexiconPair } from './types';
