import { useId } from 'react';

export interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  placeholder?: string;
  hint?: string;
  /** Monospace input, for commands, paths and URLs. */
  mono?: boolean;
  type?: 'text' | 'url' | 'password';
}

/** A labelled single-line input with its validation error shown (and announced) beneath it. */
export function TextField({ label, value, onChange, error, placeholder, hint, mono = true, type = 'text' }: TextFieldProps) {
  const id = useId();
  const described = [error ? `${id}-error` : undefined, hint ? `${id}-hint` : undefined].filter(Boolean).join(' ');
  return (
    <div className="flex min-w-0 flex-col gap-0.5">
      <label htmlFor={id} className="font-medium text-zinc-700 dark:text-zinc-300">
        {label}
      </label>
      <input
        id={id}
        type={type}
        value={value}
        placeholder={placeholder}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        onChange={(event) => onChange(event.target.value)}
        className={`h-7 min-w-0 rounded border border-zinc-300 bg-white px-2 dark:border-zinc-600 dark:bg-zinc-800 aria-[invalid=true]:border-red-500 ${mono ? 'font-mono text-xs' : ''}`}
      />
      {hint && !error && (
        <p id={`${id}-hint`} className="text-xs text-zinc-500 dark:text-zinc-400">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-xs text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}
