// A compact search box for filtering a list in place.

export interface SearchFieldProps {
  /** The accessible name, e.g. "Filter tools". */
  label: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
}

export function SearchField({ label, placeholder, value, onChange }: SearchFieldProps) {
  return (
    <div className="p-2">
      <input
        type="search"
        aria-label={label}
        placeholder={placeholder}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className="h-7 w-full rounded border border-zinc-300 bg-white px-2 text-[13px] dark:border-zinc-600 dark:bg-zinc-900"
      />
    </div>
  );
}
