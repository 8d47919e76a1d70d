import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comment, SegmentRow } from '../../../../core/api';
import { callApi, errorMessage } from '../../api/call';
import { useApi } from '../../api/context';
import { useModalDialog } from '../../hooks/use-modal-dialog';

type Props = {
  row: SegmentRow | null;
  onClose: () => void;
  /** The row's comment count changed (so the grid can show it without a refetch). */
  onCount: (segmentId: number, count: number) => void;
};

/** A row's comments: read, add, delete. Native <dialog>: focus trap and Escape come with it. */
export function CommentsDialog({ row, onClose, onCount }: Props) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const ref = useModalDialog(row !== null);
  const [items, setItems] = useState<Comment[]>([]);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const segmentId = row?.id ?? null;

  const load = useCallback(async () => {
    if (segmentId === null) return;
    try {
      const list = await callApi(api, 'comment.list', { segmentId });
      setItems(list.items);
      onCount(segmentId, list.items.length);
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [api, segmentId, onCount]);

  // A row opened (or another one): start from its stored comments and an empty field.
  useEffect(() => {
    setItems([]);
    setText('');
    void load();
  }, [load]);

  const add = async () => {
    if (segmentId === null || text.trim() === '') return;
    try {
      await callApi(api, 'comment.add', { segmentId, text });
      setText('');
      await load();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const remove = async (commentId: number) => {
    try {
      await callApi(api, 'comment.delete', { commentId });
      await load();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const date = (iso: string) => new Date(iso).toLocaleString(i18n.language);
  return (
    <dialog
      ref={ref}
      className="comments-dialog"
      aria-labelledby="comments-title"
      data-testid="comments-dialog"
      onClose={onClose}
    >
      <h2 id="comments-title">{t('grid.comments.title', { number: row ? row.order + 1 : '' })}</h2>
      {items.length === 0 ? (
        <p>{t('grid.comments.none')}</p>
      ) : (
        <ul className="comment-list">
          {items.map((c) => (
            <li key={c.id} data-testid="comment">
              <p className="comment-text user-content">{c.text}</p>
              <span className="comment-date">{date(c.createdAt)}</span>
              <button type="button" onClick={() => void remove(c.id)}>
                {t('grid.comments.delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <label className="comment-new">
        <span>{t('grid.comments.new')}</span>
        <textarea
          value={text}
          onChange={(e) => setText(e.target.value)}
          data-testid="comment-input"
          rows={3}
        />
      </label>
      {error && <p role="alert">{error}</p>}
      <div className="dialog-buttons">
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
        <button
          type="button"
          onClick={() => void add()}
          disabled={text.trim() === ''}
          data-testid="comment-add"
        >
          {t('grid.comments.add')}
        </button>
      </div>
    </dialog>
  );
}
