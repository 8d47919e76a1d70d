import { useEffect, useRef } from 'react';
import { shortcutFor, type ShortcutAction } from '../grid/shortcuts';

/**
 * Routes the grid's keyboard map to handlers, window-wide so it works from the toolbar too. Undo and
 * redo replace the text field's own undo: every typing session is an undoable step in the store.
 */
export function useShortcuts(handlers: Partial<Record<ShortcutAction, () => void>>): void {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const action = shortcutFor(event);
      if (!action) return;
      const handler = ref.current[action];
      if (!handler) return;
      // In the search box, Ctrl+Z edits the box, not the document.
      const target = event.target as HTMLElement | null;
      if ((action === 'undo' || action === 'redo') && target?.closest('[data-own-undo]')) return;
      event.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
