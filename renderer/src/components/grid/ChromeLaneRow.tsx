import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  start: number;
  count: number;
  flagged: number;
  onExpand: () => void;
  top: number;
  measureRef: Ref<HTMLDivElement>;
  displayIndex: number;
};

/** A run of page chrome (menus, banners, notices) folded into one lane line until asked for. */
export function ChromeLaneRow({
  start,
  count,
  flagged,
  onExpand,
  top,
  measureRef,
  displayIndex,
}: Props) {
  const { t } = useTranslation();
  return (
    <div
      role="row"
      ref={measureRef}
      style={{ transform: `translateY(${top}px)` }}
      className="grid-row chrome-lane"
      aria-rowindex={start + 2}
      data-index={displayIndex}
      data-testid="chrome-lane"
      data-count={count}
    >
      <div role="gridcell" aria-colspan={5} className="cell chrome-lane-cell">
        <button type="button" className="link" onClick={onExpand} data-testid="chrome-expand">
          {t('grid.chrome.collapsed', { count })}
        </button>
        {flagged > 0 && (
          <span className="muted">{t('grid.chrome.flagged', { count: flagged })}</span>
        )}
      </div>
    </div>
  );
}
