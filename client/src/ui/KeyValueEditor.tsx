import { useState } from 'react';
import { Button } from './Button';

export interface KeyValueRow {
  /** Stable identity for React; not shown. */
  id: string;
  name: string;
  value: string;
}

let lastRowId = 0;
/** A fresh row id, unique within this page. */
export function newRowId(): string {
  return `kv-${++lastRowId}`;
}

export interface KeyValueEditorProps {
  /** The legend of the fieldset, e.g. "Environment variables". */
  legend: string;
  /** The name of one row, e.g. "Environment variable": rows are groups named "<item> 1", "<item> 2", … */
  itemLabel: string;
  rows: readonly KeyValueRow[];
  onChange: (rows: KeyValueRow[]) => void;
  /** Mask values (secrets) until their row's "Show value" is pressed. */
  masked?: boolean;
  namePlaceholder?: string;
  error?: string;
  errorId?: string;
}

const inputClass =
  'h-7 min-w-0 rounded border border-zinc-300 bg-white px-2 font-mono text-xs dark:border-zinc-600 dark:bg-zinc-800 aria-[invalid=true]:border-red-500';

/** Rows of name / value pairs with add, remove and (for secrets) show/hide of each value. */
export function KeyValueEditor(props: KeyValueEditorProps) {
  const { legend, itemLabel, rows, onChange, masked = false, namePlaceholder, error, errorId } = props;
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(new Set());
  const update = (id: string, patch: Partial<KeyValueRow>) => onChange(rows.map((row) => (row.id === id ? { ...row, ...patch } : row)));
  const toggle = (id: string) => {
    const next = new Set(revealed);
    if (!next.delete(id)) next.add(id);
    setRevealed(next);
  };

  return (
    <fieldset aria-describedby={error ? errorId : undefined} className="min-w-0">
      <legend className="mb-1 font-medium text-zinc-700 dark:text-zinc-300">{legend}</legend>
      <div className="flex flex-col gap-1">
        {rows.map((row, index) => {
          const hidden = masked && !revealed.has(row.id);
          return (
            <div key={row.id} role="group" aria-label={`${itemLabel} ${index + 1}`} className="flex items-center gap-1">
              <input
                aria-label="Name"
                value={row.name}
                placeholder={namePlaceholder}
                spellCheck={false}
                autoComplete="off"
                aria-invalid={error ? true : undefined}
                onChange={(event) => update(row.id, { name: event.target.value })}
                className={`${inputClass} w-2/5`}
              />
              <input
                aria-label="Value"
                value={row.value}
                spellCheck={false}
                autoComplete="off"
                onChange={(event) => update(row.id, { value: event.target.value })}
                className={`${inputClass} flex-1 ${hidden ? '[-webkit-text-security:disc]' : ''}`}
              />
              {masked && (
                <Button variant="ghost" className="h-7 px-1.5 text-xs" aria-label="Show value" aria-pressed={!hidden} onClick={() => toggle(row.id)}>
                  {hidden ? 'Show' : 'Hide'}
                </Button>
              )}
              <Button variant="ghost" className="h-7 px-1.5 text-xs" aria-label="Remove" title={`Remove ${itemLabel.toLowerCase()}`} onClick={() => onChange(rows.filter((r) => r.id !== row.id))}>
                ✕
              </Button>
            </div>
          );
        })}
        <div>
          <Button variant="ghost" className="h-6 px-1.5 text-xs" onClick={() => onChange([...rows, { id: newRowId(), name: '', value: '' }])}>
            <span aria-hidden>+</span> Add {itemLabel.toLowerCase()}
          </Button>
        </div>
      </div>
      {error && (
        <p id={errorId} className="mt-1 text-xs text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </fieldset>
  );
}
