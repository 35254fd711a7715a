// A form of named string arguments (prompt arguments, resource template variables), each with the
// server's suggestions as you type. Both are plain strings by the spec, so this is a row of
// comboboxes rather than the JSON Schema form.
import { useId, useState } from 'react';
import type { ConnectionSummary } from '../../../../shared/connectionTypes';
import { ComboboxInput } from './ComboboxInput';
import { earlierArguments, supportsCompletions, type CompletionRef } from './completionRequest';
import { useCompletion } from './useCompletion';

/** One argument as the form shows it. */
export interface ArgumentSpec {
  name: string;
  title?: string;
  description?: string;
  required: boolean;
  /** A short note on how the value is used (e.g. a template operator). */
  hint?: string;
}

export interface ArgumentsFormProps {
  connection: ConnectionSummary;
  completionRef: CompletionRef;
  specs: readonly ArgumentSpec[];
  values: Readonly<Record<string, string>>;
  onChange: (values: Record<string, string>) => void;
  /** Names the form for assistive technology, e.g. "Prompt arguments". */
  label: string;
}

interface ArgumentFieldProps {
  connection: ConnectionSummary;
  completionRef: CompletionRef;
  spec: ArgumentSpec;
  value: string;
  context: Record<string, string>;
  onChange: (value: string) => void;
}

function ArgumentField({ connection, completionRef, spec, value, context, onChange }: ArgumentFieldProps) {
  const id = useId();
  const [focused, setFocused] = useState(false);
  const { completion, isFetching, error } = useCompletion(connection, { ref: completionRef, argumentName: spec.name, value, context, active: focused });
  const described = [spec.description ? `${id}-description` : undefined, spec.hint ? `${id}-hint` : undefined].filter(Boolean).join(' ');
  const more = completion && (completion.hasMore || (completion.total ?? 0) > completion.values.length);
  const status = error ? undefined : isFetching ? 'Asking the server for suggestions…' : more ? `${completion.values.length} of ${completion.total ?? 'more'} suggestions shown` : undefined;
  return (
    <div className="flex flex-col gap-0.5 text-xs">
      <label htmlFor={id} className="font-medium text-zinc-700 dark:text-zinc-300">
        {spec.title ?? spec.name}
        {spec.required && (
          <span aria-hidden className="ml-0.5 text-red-600">
            *
          </span>
        )}
        {spec.title && <span className="ml-2 font-mono font-normal text-zinc-500">{spec.name}</span>}
      </label>
      <ComboboxInput
        id={id}
        value={value}
        onChange={onChange}
        suggestions={completion?.values ?? []}
        suggestionsLabel={`Suggestions for ${spec.title ?? spec.name}`}
        onFocusChange={setFocused}
        required={spec.required}
        describedBy={described || undefined}
        status={status}
      />
      {spec.description && (
        <p id={`${id}-description`} className="text-zinc-500 dark:text-zinc-400">
          {spec.description}
        </p>
      )}
      {spec.hint && (
        <p id={`${id}-hint`} className="text-zinc-500 dark:text-zinc-400">
          {spec.hint}
        </p>
      )}
      {/* Always mounted, so screen readers announce what it says; the visible line is in the popup. */}
      <p aria-live="polite" className="sr-only">
        {focused ? status : undefined}
      </p>
      {error && (
        <p role="alert" className="text-red-700 dark:text-red-400">
          {error.message}
        </p>
      )}
    </div>
  );
}

export function ArgumentsForm({ connection, completionRef, specs, values, onChange, label }: ArgumentsFormProps) {
  const order = specs.map((spec) => spec.name);
  const completions = supportsCompletions(connection.handshake?.serverCapabilities);
  return (
    <fieldset aria-label={label} className="flex flex-col gap-2">
      {!completions && connection.handshake && (
        <p className="text-xs text-zinc-500 dark:text-zinc-400">This server declares no completions capability, so no suggestions are offered.</p>
      )}
      {specs.map((spec) => (
        <ArgumentField
          key={spec.name}
          connection={connection}
          completionRef={completionRef}
          spec={spec}
          value={values[spec.name] ?? ''}
          context={earlierArguments(order, values, spec.name)}
          onChange={(value) => onChange({ ...values, [spec.name]: value })}
        />
      ))}
    </fieldset>
  );
}
