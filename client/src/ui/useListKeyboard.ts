// Keyboard navigation for a list of buttons with a filter above it (tools, prompts, resources): ↓ in the
// filter enters the list, ↑/↓/Home/End move between rows (↑ on the first row goes back to the filter),
// Enter is the row button's own click. The selected row (aria-current) is scrolled into view whenever the
// selection changes, so a jump from the palette or a link shows where the item sits in the list.
import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';

/** The rows of a list: its items' first buttons. A container of several lists passes its own selector. */
const LIST_ROWS = ':scope > li > button';

export interface ListKeyboard<L extends HTMLElement> {
  /** Spread on the list element. */
  listProps: { ref: RefObject<L | null>; onKeyDown: (event: KeyboardEvent) => void };
  /** Spread on the SearchField above the list. */
  filterProps: { inputRef: RefObject<HTMLInputElement | null>; onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void };
}

export function useListKeyboard<L extends HTMLElement = HTMLUListElement>(selectedKey: string | undefined, rowSelector = LIST_ROWS): ListKeyboard<L> {
  const listRef = useRef<L>(null);
  const filterRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (selectedKey === undefined) return;
    listRef.current?.querySelector('[aria-current="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [selectedKey]);

  const rows = (): HTMLElement[] => Array.from(listRef.current?.querySelectorAll<HTMLElement>(rowSelector) ?? []);
  const focusRow = (row: HTMLElement | undefined) => {
    row?.focus();
    row?.scrollIntoView({ block: 'nearest' });
  };

  const onListKeyDown = (event: KeyboardEvent) => {
    const all = rows();
    const at = all.indexOf(document.activeElement as HTMLElement);
    if (at === -1) return;
    const targets: Record<string, number> = { ArrowDown: Math.min(at + 1, all.length - 1), ArrowUp: at - 1, Home: 0, End: all.length - 1 };
    const next = targets[event.key];
    if (next === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    if (next < 0) filterRef.current?.focus();
    else focusRow(all[next]);
  };

  const onFilterKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'ArrowDown') return;
    const all = rows();
    if (all.length === 0) return;
    event.preventDefault();
    focusRow(all.find((row) => row.getAttribute('aria-current') === 'true') ?? all[0]);
  };

  return { listProps: { ref: listRef, onKeyDown: onListKeyDown }, filterProps: { inputRef: filterRef, onKeyDown: onFilterKeyDown } };
}
