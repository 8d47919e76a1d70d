/**
 * Metric signatures in sacreBLEU's format, so a reader knows exactly which variant produced a number.
 * "version" names this implementation, which reproduces sacreBLEU 2.x results (see tests/unit/diff).
 */
export const TER_SIGNATURE =
  'nrefs:1|case:lc|tok:tercom|norm:no|punct:yes|asian:no|version:sverka-1 (sacreBLEU 2.x TER)';
export const CHRF_SIGNATURE =
  'nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:sverka-1 (sacreBLEU 2.x chrF2)';
