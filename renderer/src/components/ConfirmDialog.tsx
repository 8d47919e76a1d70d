import { useTranslation } from 'react-i18next';
import { useModalDialog } from '../hooks/use-modal-dialog';

type Props = {
  open: boolean;
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
};

/** A modal confirmation (native <dialog>: focus trap and Escape come with it). */
export function ConfirmDialog({ open, message, confirmLabel, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const ref = useModalDialog(open);

  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
      aria-label={t('common.confirm.title')}
      data-testid="confirm-dialog"
    >
      <p>{message}</p>
      <div className="dialog-buttons">
        <button type="button" onClick={onCancel} autoFocus>
          {t('common.confirm.cancel')}
        </button>
        <button type="button" className="danger" onClick={onConfirm} data-testid="confirm-ok">
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
