import { memo } from 'react';
import type { TFunction } from 'i18next';
import type { CharSpan, DiffOp } from '../../../../core/diff';

function Spans({ spans }: { spans: CharSpan[] }) {
  return (
    <>
      {spans.map((span, i) =>
        span.changed ? (
          <span key={i} className="diff-char">
            {span.text}
          </span>
        ) : (
          <span key={i}>{span.text}</span>
        ),
      )}
    </>
  );
}

/**
 * The correction against the MT, inline: deletions struck, insertions underlined, moved text marked
 * at both ends, changed characters highlighted inside a replaced word. Text only, never HTML.
 */
export const DiffView = memo(function DiffView({ ops, t }: { ops: DiffOp[]; t: TFunction }) {
  return (
    <div
      className="diff-view user-content"
      role="group"
      data-testid="diff-view"
      aria-label={t('grid.diff.label')}
    >
      {ops.map((op, i) => {
        switch (op.op) {
          case 'equal':
            return <span key={i}>{op.text}</span>;
          case 'delete':
            return (
              <del key={i} className={op.spans ? 'diff-del diff-change' : 'diff-del'}>
                {op.spans ? <Spans spans={op.spans} /> : op.text}
              </del>
            );
          case 'insert':
            return (
              <ins key={i} className={op.spans ? 'diff-ins diff-change' : 'diff-ins'}>
                {op.spans ? <Spans spans={op.spans} /> : op.text}
              </ins>
            );
          case 'move':
            return op.dir === 'from' ? (
              <del
                key={i}
                className="diff-move diff-move-from"
                data-move-id={op.moveId}
                title={t('grid.diff.movedFrom')}
              >
                {op.text}
              </del>
            ) : (
              <ins
                key={i}
                className="diff-move diff-move-to"
                data-move-id={op.moveId}
                title={t('grid.diff.movedTo')}
              >
                {op.text}
              </ins>
            );
        }
      })}
    </div>
  );
});
