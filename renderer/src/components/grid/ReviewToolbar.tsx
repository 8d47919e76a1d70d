import { useTranslation } from 'react-i18next';
import type { GridCommands } from '../../hooks/use-grid-commands';

type Props = {
  commands: GridCommands;
  busy: boolean;
  showDiff: boolean;
  showChrome: boolean;
  onShowChrome: (show: boolean) => void;
};

/** Review and alignment-repair commands on the active row; each names its shortcut in its tooltip. */
export function ReviewToolbar({ commands, busy, showDiff, showChrome, onShowChrome }: Props) {
  const { t } = useTranslation();
  const { active, handlers: h } = commands;
  const none = !active || busy;
  const button = (
    id: string,
    label: string,
    onClick: (() => void) | undefined,
    disabled: boolean,
    hint?: string,
  ) => (
    <button
      type="button"
      data-testid={`tool-${id}`}
      onClick={onClick}
      disabled={disabled}
      title={hint ? `${label} (${hint})` : label}
    >
      {label}
    </button>
  );
  return (
    <div role="toolbar" className="review-toolbar" aria-label={t('grid.toolbar.label')}>
      <div className="tool-group">
        {button('approve', t('grid.toolbar.approve'), h.approveNext, none, 'Ctrl+Enter')}
        {button('reject', t('grid.toolbar.reject'), h.rejectNext, none, 'Ctrl+Shift+Enter')}
        {button('prev-flagged', t('grid.toolbar.prevFlagged'), h.prevFlagged, busy, 'Shift+F8')}
        {button('next-flagged', t('grid.toolbar.nextFlagged'), h.nextFlagged, busy, 'F8')}
      </div>
      <div className="tool-group">
        {button('merge', t('grid.toolbar.merge'), h.merge, none, 'Alt+M')}
        {button('split', t('grid.toolbar.split'), h.split, none, 'Alt+S')}
        {button(
          'source-up',
          t('grid.toolbar.sourceUp'),
          () => commands.moveBoundary('source', -1),
          none,
        )}
        {button(
          'source-down',
          t('grid.toolbar.sourceDown'),
          () => commands.moveBoundary('source', 1),
          none,
        )}
        {button('target-up', t('grid.toolbar.targetUp'), h.boundaryUp, none, 'Alt+↑')}
        {button('target-down', t('grid.toolbar.targetDown'), h.boundaryDown, none, 'Alt+↓')}
        {button('unlink', t('grid.toolbar.unlink'), commands.unlink, none)}
        {button(
          'pin',
          active?.pinned ? t('grid.toolbar.unpin') : t('grid.toolbar.pin'),
          commands.pin,
          none,
        )}
        {button('realign', t('grid.toolbar.realign'), commands.realign, busy)}
        {button(
          'chrome',
          active?.kind === 'chrome' ? t('grid.toolbar.notChrome') : t('grid.toolbar.markChrome'),
          h.toggleChrome,
          none,
          'Alt+C',
        )}
      </div>
      <div className="tool-group">
        {button('undo', t('grid.toolbar.undo'), h.undo, busy, 'Ctrl+Z')}
        {button('redo', t('grid.toolbar.redo'), h.redo, busy, 'Ctrl+Shift+Z')}
      </div>
      <div className="tool-group">
        <label className="inline">
          <input
            type="checkbox"
            checked={showDiff}
            onChange={h.toggleDiff}
            data-testid="toggle-diff"
          />
          <span>{t('grid.toolbar.showDiff')}</span>
        </label>
        <label className="inline">
          <input
            type="checkbox"
            checked={showChrome}
            onChange={(e) => onShowChrome(e.target.checked)}
            data-testid="toggle-chrome"
          />
          <span>{t('grid.toolbar.showChrome')}</span>
        </label>
        {button('shortcuts', t('grid.toolbar.shortcuts'), h.help, false, 'F1')}
      </div>
    </div>
  );
}
