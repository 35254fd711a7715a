import type { CapabilityRow } from './capabilities';

export interface CapabilityListViewProps {
  /** The list's accessible name, e.g. "Server capabilities". */
  label: string;
  rows: readonly CapabilityRow[];
}

/** One line per capability: its name, an em dash, then its sub-flags (text "tools — listChanged"). */
export function CapabilityListView({ label, rows }: CapabilityListViewProps) {
  if (rows.length === 0) return <p className="text-zinc-500 dark:text-zinc-400">None declared.</p>;
  return (
    <ul aria-label={label} className="flex flex-col gap-0.5">
      {rows.map((row) => (
        <li key={row.name} className="flex flex-wrap items-baseline gap-x-1">
          <span className="font-mono font-semibold">{row.name}</span>
          {(row.flags.length > 0 || row.unexpected !== undefined) && <span className="text-zinc-400"> — </span>}
          {row.unexpected !== undefined ? (
            <span className="text-amber-700 dark:text-amber-400">unexpected value {row.unexpected}</span>
          ) : (
            row.flags.map((flag, index) => (
              <span key={flag} className="font-mono text-xs text-zinc-600 dark:text-zinc-300">
                {flag}
                {index < row.flags.length - 1 ? ', ' : ''}
              </span>
            ))
          )}
        </li>
      ))}
    </ul>
  );
}
