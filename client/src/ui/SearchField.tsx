// A compact search box for filtering a list in place. Marked as a list filter, so the `/` shortcut
// can find the one on screen.
import type { KeyboardEvent, Ref } from 'react';

export interface SearchFieldProps {
  /** The accessible name, e.g. "Filter tools". */
  label: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
  inputRef?: Ref<HTMLInputElement>;
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
}

/** The attribute that marks a list filter (see focusListFilter). */
export const LIST_FILTER_ATTRIBUTE = 'data-list-filter';

export function SearchField({ label, placeholder, value, onChange, inputRef, onKeyDown }: SearchFieldProps) {
  return (
    <div className="p-2">
      <input
        ref={inputRef}
        type="search"
        aria-label={label}
        placeholder={placeholder}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
        {...{ [LIST_FILTER_ATTRIBUTE]: '' }}
        className="h-7 w-full rounded border border-zinc-300 bg-white px-2 text-[13px] dark:border-zinc-600 dark:bg-zinc-900"
      />
    </div>
  );
}

/** Focuses the list filter on screen (the first visible one); false when there is none. */
export function focusListFilter(root: ParentNode = document): boolean {
  const filters = Array.from(root.querySelectorAll<HTMLInputElement>(`input[${LIST_FILTER_ATTRIBUTE}]`));
  const visible = filters.find((filter) => filter.getClientRects().length > 0);
  visible?.focus();
  visible?.select();
  return visible !== undefined;
}
