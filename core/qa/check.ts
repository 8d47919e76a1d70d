import { numberMismatch } from './numbers';
import { unbalancedQuotes } from './quotes';

export type QaCode = 'numbers' | 'quotes' | 'empty';

export type QaFinding = { code: QaCode; detail: string };

/**
 * Checks one review row: `source` (may be empty for MT-only review), and the text a reader will get
 * (`target`: the correction when there is one, else the MT). Cheap enough to run on every keystroke.
 */
export function checkSegment(source: string, target: string): QaFinding[] {
  const findings: QaFinding[] = [];
  if (source.trim() !== '' && target.trim() === '') {
    findings.push({ code: 'empty', detail: 'the translation is empty' });
  }
  if (source.trim() !== '' && target.trim() !== '') {
    const { missing, extra } = numberMismatch(source, target);
    if (missing.length > 0 || extra.length > 0) {
      const parts = [
        missing.length ? `missing ${missing.join(', ')}` : '',
        extra.length ? `extra ${extra.join(', ')}` : '',
      ].filter(Boolean);
      findings.push({ code: 'numbers', detail: parts.join('; ') });
    }
  }
  if (unbalancedQuotes(target) && !unbalancedQuotes(source)) {
    findings.push({ code: 'quotes', detail: 'unbalanced quotation marks' });
  }
  return findings;
}
