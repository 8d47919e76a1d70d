import { useEffect, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { SegmentFilter } from '../../../../core/api';
import type { ParagraphKind, SegmentFlag, SegmentStatus } from '../../../../core/model';
import { STATUSES } from './StatusCell';

const FLAGS: readonly SegmentFlag[] = [
  'untranslated',
  'low-confidence',
  'dropped',
  'added',
  'split',
  'numbers',
  'quotes',
];
const KINDS: readonly ParagraphKind[] = ['body', 'heading', 'chrome'];

type Props = {
  filter: SegmentFilter;
  onFilter: (filter: SegmentFilter) => void;
  searchRef: Ref<HTMLInputElement>;
  matches: number;
};

/** Search text (debounced) and status / flag / kind filters, applied by the store. */
export function FilterBar({ filter, onFilter, searchRef, matches }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(filter.text ?? '');

  useEffect(() => {
    const timer = window.setTimeout(() => {
      if ((filter.text ?? '') !== text) onFilter({ ...filter, text: text || undefined });
    }, 250);
    return () => window.clearTimeout(timer);
  }, [text, filter, onFilter]);

  const active = Boolean(filter.text || filter.status || filter.flag || filter.kind);

  return (
    <search className="filter-bar" aria-label={t('grid.filter.label')}>
      <input
        ref={searchRef}
        type="search"
        value={text}
        placeholder={t('grid.filter.searchPlaceholder')}
        aria-label={t('grid.filter.search')}
        data-testid="filter-text"
        data-own-undo
        onChange={(e) => setText(e.target.value)}
      />
      <select
        aria-label={t('grid.filter.status')}
        value={filter.status ?? ''}
        data-testid="filter-status"
        onChange={(e) =>
          onFilter({
            ...filter,
            status: (e.target.value || undefined) as SegmentStatus | undefined,
          })
        }
      >
        <option value="">{t('grid.filter.anyStatus')}</option>
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`grid.status.${s}`)}
          </option>
        ))}
      </select>
      <select
        aria-label={t('grid.filter.flag')}
        value={filter.flag ?? ''}
        data-testid="filter-flag"
        onChange={(e) =>
          onFilter({ ...filter, flag: (e.target.value || undefined) as SegmentFlag | undefined })
        }
      >
        <option value="">{t('grid.filter.anyFlag')}</option>
        {FLAGS.map((f) => (
          <option key={f} value={f}>
            {t(`grid.flags.${f}`)}
          </option>
        ))}
      </select>
      <select
        aria-label={t('grid.filter.kind')}
        value={filter.kind ?? ''}
        data-testid="filter-kind"
        onChange={(e) =>
          onFilter({ ...filter, kind: (e.target.value || undefined) as ParagraphKind | undefined })
        }
      >
        <option value="">{t('grid.filter.anyKind')}</option>
        {KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`grid.kind.${k}`)}
          </option>
        ))}
      </select>
      {active && (
        <>
          <span className="muted" role="status" data-testid="filter-matches">
            {t('grid.filter.matches', { count: matches })}
          </span>
          <button
            type="button"
            onClick={() => {
              setText('');
              onFilter({});
            }}
          >
            {t('grid.filter.clear')}
          </button>
        </>
      )}
    </search>
  );
}
