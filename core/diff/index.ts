export { diffWords, tokenize } from './diff-words';
export type { DiffOp, CharSpan } from './diff-words';
export { levenshtein, editDistance, words } from './levenshtein';
export type { EditUnit } from './levenshtein';
export { ter, terCounts, terTokens } from './ter';
export type { TerOptions, TerResult } from './ter';
export { chrF, chrfStats, chrfFromStats } from './chrf';
export type { ChrfOptions, ChrfResult } from './chrf';
export { TER_SIGNATURE, CHRF_SIGNATURE } from './signatures';
