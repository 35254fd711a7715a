// The JSON editor as a plain textarea: shown while Monaco loads, and instead of it if it cannot load.
import type { KeyboardEvent } from 'react';
import type { JsonEditorProps } from './jsonEditorProps';

export function PlainJsonEditor({ label, value, onChange, readOnly, onSubmit, minLines = 8, describedBy, invalid }: JsonEditorProps) {
  const onKeyDown = (event: KeyboardEvent) => {
    if (onSubmit && event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onSubmit();
    }
  };
  return (
    <textarea
      aria-label={label}
      data-editor="plain"
      value={value}
      onChange={(event) => onChange?.(event.target.value)}
      onKeyDown={onKeyDown}
      readOnly={readOnly}
      rows={minLines}
      spellCheck={false}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      className="w-full rounded border border-zinc-300 bg-white p-2 font-mono text-xs font-normal text-zinc-900 aria-invalid:border-red-500 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100"
    />
  );
}
