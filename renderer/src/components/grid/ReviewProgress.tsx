import { useTranslation } from 'react-i18next';

/** Approved / total of the document, as a bar and as numbers. */
export function ReviewProgress({ approved, total }: { approved: number; total: number }) {
  const { t } = useTranslation();
  const label = t('grid.progress.label', { approved, total });
  return (
    <div className="review-progress" data-testid="review-progress">
      <progress value={approved} max={Math.max(total, 1)} aria-label={label} />
      <span>{label}</span>
    </div>
  );
}
