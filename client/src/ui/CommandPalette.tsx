// A modal picker: type to filter (fuzzy), arrows to move, Enter to choose (before the lists have loaded,
// the first match once they have), Esc to close. WAI-ARIA:
// a modal dialog holding a combobox input that controls a listbox; the active option is announced
// through aria-activedescendant while focus stays in the input.
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { rankByQuery } from './fuzzyMatch';
import { HighlightedText } from './HighlightedText';

export interface PaletteEntry {
  id: string;
  /** The text shown and matched first (a tool name, a tab label …). */
  label: string;
  /** What kind of thing it is ("Tool", "View" …). */
  group: string;
  /** Also matched, at a lower score, and shown dimmed (a title, a URI …). */
  details?: readonly string[];
}

export interface CommandPaletteProps<Entry extends PaletteEntry> {
  /** The dialog's accessible name. */
  label: string;
  entries: readonly Entry[];
  onChoose: (entry: Entry) => void;
  onClose: () => void;
  placeholder?: string;
  /** A line under the list (e.g. what was searched). */
  footer?: ReactNode;
}

interface PaletteOptionProps {
  id: string;
  index: number;
  entry: PaletteEntry;
  indices: readonly number[];
  active: boolean;
  onHover: (index: number) => void;
  onChoose: (index: number) => void;
}

function PaletteOption({ id, index, entry, indices, active, onHover, onChoose }: PaletteOptionProps) {
  return (
    <li
      id={id}
      data-index={index}
      role="option"
      aria-selected={active}
      // Keep focus in the input: a click chooses, it does not move focus.
      onMouseDown={(event) => event.preventDefault()}
      onMouseMove={() => !active && onHover(index)}
      onClick={() => onChoose(index)}
      className="flex cursor-pointer items-baseline gap-2 px-3 py-1 aria-selected:bg-sky-100 dark:aria-selected:bg-sky-950"
    >
      <span className="w-20 shrink-0 text-xs text-zinc-500 dark:text-zinc-400">{entry.group}</span>
      <HighlightedText text={entry.label} indices={indices} className="font-mono text-[13px]" />
      {entry.details?.[0] && <span className="truncate text-xs text-zinc-500 dark:text-zinc-400">{entry.details[0]}</span>}
    </li>
  );
}

/** How many options are rendered at most; typing narrows the rest. */
const MAX_SHOWN = 100;

function PaletteFooter({ matchCount, extra }: { matchCount: number; extra: ReactNode }) {
  return (
    <div className="flex gap-3 border-t border-zinc-200 px-3 py-1.5 text-xs whitespace-nowrap text-zinc-500 dark:border-zinc-700 dark:text-zinc-400">
      <span>{matchCount > MAX_SHOWN ? `${MAX_SHOWN} of ${matchCount} shown` : `${matchCount} ${matchCount === 1 ? 'match' : 'matches'}`}</span>
      <span>↑↓ move · Enter open · Esc close</span>
      {extra && <span className="ml-auto truncate">{extra}</span>}
    </div>
  );
}

/**
 * Enter pressed before anything matched (the lists were still loading): the first match is chosen as
 * soon as one arrives, unless the person typed on meanwhile.
 */
function useChooseFirstMatchWhenItArrives<Entry>(firstMatch: Entry | undefined, onChoose: (entry: Entry) => void) {
  const waiting = useRef(false);
  useEffect(() => {
    if (!waiting.current || firstMatch === undefined) return;
    waiting.current = false;
    onChoose(firstMatch);
  }, [firstMatch, onChoose]);
  return {
    wait: () => {
      waiting.current = true;
    },
    cancel: () => {
      waiting.current = false;
    },
  };
}

export function CommandPalette<Entry extends PaletteEntry>({ label, entries, onChoose, onClose, placeholder, footer }: CommandPaletteProps<Entry>) {
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const ranked = useMemo(() => rankByQuery(entries, query, (entry) => entry.label, (entry) => entry.details ?? []), [entries, query]);
  const shown = ranked.slice(0, MAX_SHOWN);
  const activeIndex = Math.min(active, shown.length - 1);
  const optionId = (index: number) => `${id}-option-${index}`;

  // Modal: focus is trapped inside and the page behind is inert; closing gives focus back.
  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  useEffect(() => {
    listRef.current?.querySelector(`[data-index="${activeIndex}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [activeIndex]);

  const choose = (index: number) => {
    const entry = shown[index]?.item;
    if (entry) onChoose(entry);
  };
  const enterBeforeMatches = useChooseFirstMatchWhenItArrives(shown[0]?.item, onChoose);
  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowDown: activeIndex + 1, ArrowUp: activeIndex - 1, Home: 0, End: shown.length - 1, PageDown: activeIndex + 10, PageUp: activeIndex - 10 };
    const next = moves[event.key];
    if (next !== undefined && shown.length > 0) {
      event.preventDefault();
      const wraps = event.key === 'ArrowDown' || event.key === 'ArrowUp';
      setActive(wraps ? (next + shown.length) % shown.length : Math.max(0, Math.min(shown.length - 1, next)));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (shown.length === 0) enterBeforeMatches.wait();
      else choose(activeIndex);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };

  return (
    <dialog
      ref={dialogRef}
      aria-label={label}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => event.target === dialogRef.current && onClose()}
      className="mx-auto mt-[12vh] w-[min(40rem,calc(100vw-2rem))] overflow-hidden rounded-lg border border-zinc-300 bg-white p-0 text-zinc-800 shadow-2xl backdrop:bg-zinc-950/40 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-200"
    >
      <input
        role="combobox"
        aria-label={label}
        aria-expanded="true"
        aria-controls={`${id}-listbox`}
        aria-autocomplete="list"
        aria-activedescendant={shown.length > 0 ? optionId(activeIndex) : undefined}
        autoFocus
        value={query}
        placeholder={placeholder}
        spellCheck={false}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          enterBeforeMatches.cancel();
        }}
        onKeyDown={onKeyDown}
        className="w-full border-b border-zinc-200 bg-transparent px-3 py-2.5 text-sm outline-none dark:border-zinc-700"
      />
      <ul ref={listRef} id={`${id}-listbox`} role="listbox" aria-label="Matches" className="max-h-[50vh] overflow-auto py-1">
        {shown.map(({ item, match }, index) => (
          <PaletteOption key={item.id} id={optionId(index)} index={index} entry={item} indices={match.indices} active={index === activeIndex} onHover={setActive} onChoose={choose} />
        ))}
      </ul>
      {shown.length === 0 && <p className="px-3 py-2 text-xs text-zinc-500">Nothing matches “{query}”.</p>}
      <PaletteFooter matchCount={ranked.length} extra={footer} />
    </dialog>
  );
}
