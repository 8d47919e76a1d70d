import { useTranslation } from 'react-i18next';
import { SHORTCUTS } from '../../grid/shortcuts';
import { useModalDialog } from '../../hooks/use-modal-dialog';

/** Every grid shortcut, from the same table the keyboard handler uses. */
export function ShortcutSheet({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const ref = useModalDialog(open);
  return (
    <dialog
      ref={ref}
      className="shortcut-sheet"
      aria-labelledby="shortcut-title"
      data-testid="shortcut-sheet"
      onClose={onClose}
    >
      <h2 id="shortcut-title">{t('grid.shortcuts.title')}</h2>
      <table>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.action}>
              <th scope="row">{t(`grid.shortcuts.action.${s.action}`)}</th>
              <td>
                {s.keys.map((k) => (
                  <kbd key={k}>{k}</kbd>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={onClose} autoFocus>
        {t('common.close')}
      </button>
    </dialog>
  );
}
