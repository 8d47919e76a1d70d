import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import type { SegmentRow } from '../../../../core/api';
import { diffWords } from '../../../../core/diff';
import { DiffView } from './DiffView';

type Props = {
  t: TFunction;
  row: SegmentRow;
  draft: string | undefined;
  showDiff: boolean;
  onChange: (segmentId: number, text: string) => void;
  onBlur: (segmentId: number) => void;
};

/**
 * The correction, prefilled with the MT. At rest it is text (with the inline diff against the MT when
 * the diff is on), which keeps thousands of rows cheap to scroll; focused, it is a plain-text field
 * with the live diff under it. Saving is the parent's job (debounced, flushed on blur).
 */
export function CorrectionCell({ row, draft, showDiff, onChange, onBlur, t }: Props) {
  const [text, setText] = useState(draft ?? row.correction ?? row.mt);
  const [editing, setEditing] = useState(false);
  const ops = useMemo(
    () => (showDiff && text !== row.mt ? diffWords(row.mt, text) : null),
    [showDiff, text, row.mt],
  );
  const label = t('grid.cell.correction', { number: row.order + 1 });

  if (!editing) {
    return (
      <div
        className="correction-view"
        tabIndex={0}
        role="textbox"
        aria-multiline="true"
        aria-label={label}
        data-testid="correction-view"
        onFocus={() => setEditing(true)}
      >
        {ops ? <DiffView ops={ops} t={t} /> : <span className="user-content">{text}</span>}
      </div>
    );
  }
  return (
    <div className="correction-cell">
      <textarea
        className="correction-input"
        value={text}
        spellCheck
        autoFocus
        aria-label={label}
        data-testid="correction-input"
        onChange={(e) => {
          setText(e.target.value);
          onChange(row.id, e.target.value);
        }}
        onBlur={() => {
          setEditing(false);
          onBlur(row.id);
        }}
      />
      {ops && <DiffView ops={ops} t={t} />}
    </div>
  );
}
