import type { TFunction } from 'i18next';
import type { SegmentRow } from '../../../../core/api';
import type { SegmentStatus } from '../../../../core/model';

export const STATUSES: readonly SegmentStatus[] = ['new', 'edited', 'approved', 'rejected'];

type Props = {
  t: TFunction;
  row: SegmentRow;
  onStatus: (row: SegmentRow, status: SegmentStatus) => void;
};

/** Status (changeable) and the row's flags as readable badges. */
export function StatusCell({ row, onStatus, t }: Props) {
  return (
    <div className="status-cell">
      <select
        className={`status-select status-${row.status}`}
        value={row.status}
        aria-label={t('grid.cell.status', { number: row.order + 1 })}
        data-testid="status-select"
        onChange={(e) => onStatus(row, e.target.value as SegmentStatus)}
      >
        {STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`grid.status.${status}`)}
          </option>
        ))}
      </select>
      {row.pinned && <span className="badge pin">{t('grid.flags.pinned')}</span>}
      {row.flags.length > 0 && (
        <ul className="flags" aria-label={t('grid.flags.label')}>
          {row.flags.map((flag) => (
            <li key={flag} className={`badge flag-${flag}`} data-flag={flag}>
              {t(`grid.flags.${flag}`)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
