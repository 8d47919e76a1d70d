export type ShortcutAction =
  | 'approveNext'
  | 'rejectNext'
  | 'nextRow'
  | 'prevRow'
  | 'nextFlagged'
  | 'prevFlagged'
  | 'undo'
  | 'redo'
  | 'split'
  | 'merge'
  | 'boundaryDown'
  | 'boundaryUp'
  | 'search'
  | 'toggleDiff'
  | 'toggleChrome'
  | 'help';

type Shortcut = { action: ShortcutAction; keys: string[]; match: (e: KeyboardEvent) => boolean };

const ctrl = (e: KeyboardEvent) => e.ctrlKey || e.metaKey;

/** The grid's keyboard map: one table drives both the handler and the shortcut sheet. */
export const SHORTCUTS: readonly Shortcut[] = [
  {
    action: 'approveNext',
    keys: ['Ctrl+Enter'],
    match: (e) => ctrl(e) && !e.shiftKey && e.key === 'Enter',
  },
  {
    action: 'rejectNext',
    keys: ['Ctrl+Shift+Enter'],
    match: (e) => ctrl(e) && e.shiftKey && e.key === 'Enter',
  },
  {
    action: 'nextRow',
    keys: ['Ctrl+↓'],
    match: (e) => ctrl(e) && !e.altKey && e.key === 'ArrowDown',
  },
  {
    action: 'prevRow',
    keys: ['Ctrl+↑'],
    match: (e) => ctrl(e) && !e.altKey && e.key === 'ArrowUp',
  },
  { action: 'nextFlagged', keys: ['F8'], match: (e) => e.key === 'F8' && !e.shiftKey },
  { action: 'prevFlagged', keys: ['Shift+F8'], match: (e) => e.key === 'F8' && e.shiftKey },
  {
    action: 'undo',
    keys: ['Ctrl+Z'],
    match: (e) => ctrl(e) && !e.shiftKey && e.key.toLowerCase() === 'z',
  },
  {
    action: 'redo',
    keys: ['Ctrl+Shift+Z', 'Ctrl+Y'],
    match: (e) =>
      ctrl(e) && ((e.shiftKey && e.key.toLowerCase() === 'z') || e.key.toLowerCase() === 'y'),
  },
  { action: 'split', keys: ['Alt+S'], match: (e) => e.altKey && !ctrl(e) && e.code === 'KeyS' },
  { action: 'merge', keys: ['Alt+M'], match: (e) => e.altKey && !ctrl(e) && e.code === 'KeyM' },
  {
    action: 'boundaryDown',
    keys: ['Alt+↓'],
    match: (e) => e.altKey && !ctrl(e) && e.key === 'ArrowDown',
  },
  {
    action: 'boundaryUp',
    keys: ['Alt+↑'],
    match: (e) => e.altKey && !ctrl(e) && e.key === 'ArrowUp',
  },
  { action: 'search', keys: ['Ctrl+F'], match: (e) => ctrl(e) && e.key.toLowerCase() === 'f' },
  {
    action: 'toggleDiff',
    keys: ['Alt+D'],
    match: (e) => e.altKey && !ctrl(e) && e.code === 'KeyD',
  },
  {
    action: 'toggleChrome',
    keys: ['Alt+C'],
    match: (e) => e.altKey && !ctrl(e) && e.code === 'KeyC',
  },
  {
    action: 'help',
    keys: ['F1', 'Ctrl+/'],
    match: (e) => e.key === 'F1' || (ctrl(e) && e.key === '/'),
  },
];

export function shortcutFor(event: KeyboardEvent): ShortcutAction | null {
  return SHORTCUTS.find((s) => s.match(event))?.action ?? null;
}
