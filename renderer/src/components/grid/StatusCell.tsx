import type { TFunction } from 'i18next';
import type { SegmentRow } from '../../../../core/api';
import type { SegmentStatus } from '../../../../core/model';

export const STATUSES: readonly SegmentStatus[] = ['new', 'edited', 'approved', 'rejected'];

type Props = {
  t: TFunction;
  row: SegmentRow;
  onStatus: (row: SegmentRow, status: SegmentStatus) => void;
  onComments: (row: SegmentRow) => void;
};

/** Status (changeable), the row's comments, and its flags as readable badges. */
export function StatusCell({ row, onStatus, onComments, t }: Props) {
  const commentLabel =
    row.comments > 0 ? t('grid.comments.count', { count: row.comments }) : t('grid.comments.badge');
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
      <button
        type="button"
        className={`comments-button${row.comments > 0 ? ' has-comments' : ''}`}
        data-testid="comments-button"
        aria-label={t('grid.comments.open', { label: commentLabel, number: row.order + 1 })}
        onClick={() => onComments(row)}
      >
        {commentLabel}
      </button>
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
