// A text input with a list of suggestions (the ARIA 1.2 combobox pattern): arrows move through the
// listbox, Enter or a click picks, Escape closes; typing reopens it.
import { useState, type KeyboardEvent } from 'react';

export interface ComboboxInputProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  suggestions: readonly string[];
  /** Where the suggestions come from, named in the listbox's label. */
  suggestionsLabel: string;
  onFocusChange?: (focused: boolean) => void;
  required?: boolean;
  describedBy?: string;
  /**
   * A line about the suggestions ("Asking the server…", "10 of 40 shown"), shown under them in the popup
   * while the input has focus. In the popup, not under the field: a line that came and went with focus
   * moved the next field under a click aimed at it.
   */
  status?: string;
}

export function ComboboxInput({ id, value, onChange, suggestions, suggestionsLabel, onFocusChange, required, describedBy, status }: ComboboxInputProps) {
  const [open, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(-1);
  const listId = `${id}-suggestions`;
  const expanded = open && suggestions.length > 0;
  const active = expanded && activeIndex >= 0 && activeIndex < suggestions.length ? activeIndex : -1;
  const showStatus = open && status !== undefined;

  const pick = (suggestion: string) => {
    onChange(suggestion);
    setOpen(false);
    setActiveIndex(-1);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!expanded) return setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActiveIndex((active + step + suggestions.length) % suggestions.length);
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      pick(suggestions[active]!);
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      setOpen(false);
    }
  };

  return (
    <div className="relative">
      <input
        id={id}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
          setOpen(true);
          setActiveIndex(-1);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => {
          setOpen(true);
          onFocusChange?.(true);
        }}
        onBlur={() => {
          setOpen(false);
          onFocusChange?.(false);
        }}
        className="h-7 w-full rounded border border-zinc-300 bg-white px-2 font-mono text-xs dark:border-zinc-600 dark:bg-zinc-800"
      />
      <div
        hidden={!expanded && !showStatus}
        className="absolute z-10 mt-0.5 w-full rounded border border-zinc-300 bg-white text-xs shadow-md dark:border-zinc-600 dark:bg-zinc-900"
      >
        <ul id={listId} role="listbox" aria-label={suggestionsLabel} hidden={!expanded} className="max-h-56 overflow-auto py-0.5">
          {suggestions.map((suggestion, index) => (
            <li
              key={suggestion}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              // mousedown would blur the input first and close the list before the click lands.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(suggestion)}
              className="cursor-pointer px-2 py-1 font-mono aria-selected:bg-sky-100 hover:bg-zinc-100 dark:aria-selected:bg-sky-900 dark:hover:bg-zinc-800"
            >
              {suggestion}
            </li>
          ))}
        </ul>
        {showStatus && <p className={`px-2 py-1 text-zinc-500 dark:text-zinc-400 ${expanded ? 'border-t border-zinc-200 dark:border-zinc-700' : ''}`}>{status}</p>}
      </div>
    </div>
  );
}
