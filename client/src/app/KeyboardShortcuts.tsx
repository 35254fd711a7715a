// The page-wide shortcuts that do not belong to one view: "?" opens the shortcut sheet, "/" focuses
// the list filter on screen. Also the skip link, the first thing a keyboard reaches on the page.
import { useState, type MouseEvent } from 'react';
import { focusListFilter } from '../ui/SearchField';
import { ShortcutSheet } from '../ui/ShortcutSheet';
import { useHotkey } from '../ui/useHotkey';
import { FILTER_SHORTCUT, SHEET_SHORTCUT, SHORTCUTS } from './shortcuts';

const matchesSheet = SHEET_SHORTCUT.matches ?? (() => false);
const matchesFilter = FILTER_SHORTCUT.matches ?? (() => false);

export function KeyboardShortcuts() {
  const [sheetOpen, setSheetOpen] = useState(false);
  useHotkey(matchesSheet, () => setSheetOpen(true));
  useHotkey(matchesFilter, () => void focusListFilter());
  return sheetOpen ? <ShortcutSheet shortcuts={SHORTCUTS} onClose={() => setSheetOpen(false)} /> : null;
}

/** "Skip to main content": visible only when focused; moves focus to the visible <main>. */
export function SkipLink() {
  const skip = (event: MouseEvent) => {
    event.preventDefault();
    const main = Array.from(document.querySelectorAll<HTMLElement>('main')).find((element) => element.getClientRects().length > 0);
    main?.setAttribute('tabindex', '-1');
    main?.focus();
  };
  return (
    <a
      href="#main"
      onClick={skip}
      className="sr-only rounded bg-white px-3 py-1.5 text-sm font-medium text-sky-800 focus:not-sr-only focus:absolute focus:top-1 focus:left-1 focus:z-50 focus:ring-2 focus:ring-sky-600 dark:bg-zinc-900 dark:text-sky-300"
    >
      Skip to main content
    </a>
  );
}
