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
}

export function ComboboxInput({ id, value, onChange, suggestions, suggestionsLabel, onFocusChange, required, describedBy }: ComboboxInputProps) {
  const [open, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(-1);
  const listId = `${id}-suggestions`;
  const expanded = open && suggestions.length > 0;
  const active = expanded && activeIndex >= 0 && activeIndex < suggestions.length ? activeIndex : -1;

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
      <ul
        id={listId}
        role="listbox"
        aria-label={suggestionsLabel}
        hidden={!expanded}
        className="absolute z-10 mt-0.5 max-h-56 w-full overflow-auto rounded border border-zinc-300 bg-white py-0.5 text-xs shadow-md dark:border-zinc-600 dark:bg-zinc-900"
      >
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
    </div>
  );
}
