// The one registry of keyboard shortcuts: the "?" sheet lists these, and the page-wide ones are bound
// from here (useHotkey), so the sheet cannot drift from what the keys do. Keys handled inside a widget
// (arrows in a list, Ctrl+Enter in a form) are listed here too and implemented by that widget.
import type { ShortcutDescription } from '../ui/ShortcutSheet';
import { isPaletteKey, paletteKeyLabel } from '../ui/useHotkey';

export interface Shortcut extends ShortcutDescription {
  /** For a page-wide shortcut: whether a keydown is this one. */
  matches?: (event: KeyboardEvent) => boolean;
}

/** True while the person types into a field or an editor, where a plain key is text, not a command. */
export function isTyping(event: KeyboardEvent): boolean {
  const target = event.target;
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, textarea, select, [contenteditable], .monaco-editor') !== null;
}

const plainKey = (key: string) => (event: KeyboardEvent) => event.key === key && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event);

export const PALETTE_SHORTCUT: Shortcut = { keys: paletteKeyLabel(), action: 'Go to a tool, resource, prompt or view', scope: 'Anywhere', matches: isPaletteKey };
export const SHEET_SHORTCUT: Shortcut = { keys: '?', action: 'Show these shortcuts', scope: 'Anywhere', matches: plainKey('?') };
export const FILTER_SHORTCUT: Shortcut = { keys: '/', action: 'Filter the list on screen', scope: 'Anywhere', matches: plainKey('/') };

export const SHORTCUTS: readonly Shortcut[] = [
  PALETTE_SHORTCUT,
  FILTER_SHORTCUT,
  SHEET_SHORTCUT,
  { keys: 'Tab', action: 'First Tab on the page: “Skip to main content”', scope: 'Anywhere' },
  { keys: '↓', action: 'From a list filter: into the list', scope: 'Lists (tools, prompts, resources)' },
  { keys: '↑ ↓ Home End', action: 'Move between items', scope: 'Lists (tools, prompts, resources)' },
  { keys: 'Enter', action: 'Open the item', scope: 'Lists (tools, prompts, resources)' },
  { keys: 'Ctrl+Enter', action: 'Call the tool / get the prompt', scope: 'Forms' },
  { keys: '↑ ↓ Enter', action: 'Move and choose', scope: 'Go to palette' },
  { keys: 'Esc', action: 'Close the palette or a dialog', scope: 'Dialogs' },
];
