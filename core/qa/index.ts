export { checkSegment, type QaCode, type QaFinding } from './check';
export { extractNumbers, numberMismatch } from './numbers';
export { unbalancedQuotes } from './quotes';
