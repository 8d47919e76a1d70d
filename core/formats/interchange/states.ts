/**
 * How Sverka's row status maps onto the standard slots, in both directions. Writers and readers share
 * these tables so an export read back gives the same status.
 */
import type { SegmentStatus } from '../../model';

/** XLIFF 1.2 `target/@state`. Untouched MT needs review; approved is signed off. */
export const XLIFF12_STATE: Record<SegmentStatus, string> = {
  new: 'needs-review-translation',
  edited: 'translated',
  approved: 'signed-off',
  rejected: 'needs-translation',
};

/** XLIFF 1.2 state (ours or another tool's) → status. Unknown values read as "new". */
export function statusFromXliff12(state: string | undefined): SegmentStatus {
  switch (state) {
    case 'translated':
      return 'edited';
    case 'signed-off':
    case 'final':
      return 'approved';
    case 'needs-translation':
      return 'rejected';
    default:
      return 'new';
  }
}

/** XLIFF 1.2 `state-qualifier` on a target that is still the untouched MT (correction null). */
export const XLIFF12_MT_QUALIFIER = 'leveraged-mt';

/** XLIFF 2.0 `segment/@state` (+ `subState` for rejected, which 2.0 has no state for). */
export const XLIFF20_STATE: Record<SegmentStatus, { state: string; subState?: string }> = {
  new: { state: 'initial' },
  edited: { state: 'translated' },
  approved: { state: 'final' },
  rejected: { state: 'initial', subState: 'sverka:rejected' },
};

/** XLIFF 2.0 state/subState → status; "reviewed" (another tool's sign-off step) reads as approved. */
export function statusFromXliff20(
  state: string | undefined,
  subState: string | undefined,
): SegmentStatus {
  if (subState === 'sverka:rejected') return 'rejected';
  switch (state) {
    case 'translated':
      return 'edited';
    case 'reviewed':
    case 'final':
      return 'approved';
    default:
      return 'new';
  }
}

const STATUSES: readonly SegmentStatus[] = ['new', 'edited', 'approved', 'rejected'];
export const asStatus = (s: string | undefined): SegmentStatus | null =>
  STATUSES.find((x) => x === s) ?? null;
