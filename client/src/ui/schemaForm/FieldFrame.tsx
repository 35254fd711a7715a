import type { ReactNode } from 'react';
import { useSchemaFormContext } from './schemaFormContext';

/** The attributes that tie an input to its label, description and errors. */
export interface ControlAttributes {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  'aria-required'?: true;
}

/** What every field shows around its input: label, required mark, description, errors. */
export interface FieldLabelProps {
  id: string;
  label: string;
  required: boolean;
  /** Show the `*` (default: when required). */
  markRequired?: boolean;
  description?: string;
  errors: readonly string[];
  /** Problems the field found itself (text that does not parse): always shown, whoever lists the others. */
  ownErrors?: readonly string[];
}

export interface FieldFrameProps extends FieldLabelProps {
  /** Renders the input with the attributes that make it accessible. */
  children: (control: ControlAttributes) => ReactNode;
  /** Shown on the label's line, after it (e.g. a nullable field's "null" toggle). */
  extra?: ReactNode;
}

/** The ids of a field's description and error texts, for `aria-describedby`. */
export function describedBy(id: string, description: string | undefined, errors: readonly string[]): string | undefined {
  return [description ? `${id}-description` : undefined, errors.length > 0 ? `${id}-errors` : undefined].filter(Boolean).join(' ') || undefined;
}

/** Required `*` after a label; hidden from screen readers, which hear `aria-required` instead. */
export function RequiredMark({ required }: { required: boolean }) {
  return required ? (
    <span aria-hidden className="ml-0.5 text-red-600 dark:text-red-400">
      *
    </span>
  ) : null;
}

/** A field's description and errors, with the ids `describedBy` points at. */
export function FieldNotes({ id, description, errors, ownErrors = [] }: { id: string; description?: string; errors: readonly string[]; ownErrors?: readonly string[] }) {
  const { errorsListedByCaller } = useSchemaFormContext();
  const errorClass = 'text-red-700 dark:text-red-400';
  return (
    <>
      {description && (
        <p id={`${id}-description`} className="text-xs text-zinc-500 dark:text-zinc-400">
          {description}
        </p>
      )}
      {errors.length + ownErrors.length > 0 && (
        <ul id={`${id}-errors`} className="text-xs">
          {ownErrors.map((message) => (
            <li key={`own:${message}`} className={errorClass}>
              {message}
            </li>
          ))}
          {errors.map((message) => (
            <li key={message} className={errorsListedByCaller ? 'sr-only' : errorClass}>
              {message}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** A labelled leaf field: label (with required mark), the input, its description and its errors. */
export function FieldFrame({ id, label, required, markRequired = required, description, errors, ownErrors = [], children, extra }: FieldFrameProps) {
  const allErrors = [...ownErrors, ...errors];
  const control: ControlAttributes = {
    id,
    'aria-describedby': describedBy(id, description, allErrors),
    'aria-invalid': allErrors.length > 0 ? true : undefined,
    'aria-required': required ? true : undefined,
  };
  return (
    <div className="flex min-w-0 flex-col gap-0.5">
      <div className="flex items-center gap-2">
        <label htmlFor={id} className="font-medium text-zinc-700 dark:text-zinc-300">
          {label}
          <RequiredMark required={markRequired} />
        </label>
        {extra}
      </div>
      {children(control)}
      <FieldNotes id={id} description={description} errors={errors} ownErrors={ownErrors} />
    </div>
  );
}
