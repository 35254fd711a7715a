import { useId, useMemo } from 'react';
import type { JsonSchema, JsonValue } from './describeSchema';
import { unplacedErrors } from './placeErrors';
import { SchemaField } from './SchemaField';
import { SchemaFormContext } from './schemaFormContext';
import type { SchemaError } from './validateAgainstSchema';

export interface SchemaFormProps {
  /** A JSON Schema (draft-07 or 2020-12), usually an object schema such as a tool's `inputSchema`. */
  schema: JsonSchema;
  /** The current value; the form is controlled and keeps no copy of it. */
  value: JsonValue | undefined;
  /** Called with the whole new value on every edit; empty optional fields are omitted from it. */
  onChange: (value: JsonValue | undefined) => void;
  /** Errors to show (e.g. from `validateAgainstSchema`), each on its field when the form shows one. */
  errors?: readonly SchemaError[];
  /** Prefix of every DOM id in the form; defaults to one unique on the page. */
  idPrefix?: string;
  /**
   * The caller shows every error in one list of its own (e.g. beside a send button): fields are then
   * only marked invalid, with their messages left to screen readers, and no "Other errors" list is drawn.
   */
  errorsListedByCaller?: boolean;
  /** The label of the root value when it is one field (e.g. a free-form object edited as JSON); defaults to the schema's title, else "Value". */
  rootLabel?: string;
  /**
   * Draw optional booleans as checkboxes too, not as a true / false / not-sent select: for a form that is
   * an answer (elicitation), where the caller seeds every boolean so an unticked box is sent as `false`.
   */
  booleansAsCheckboxes?: boolean;
}

const noErrors: readonly SchemaError[] = [];

/** A form for any JSON Schema: one field per property, JSON editors for what a form cannot show. */
export function SchemaForm({ schema, value, onChange, errors = noErrors, idPrefix, errorsListedByCaller = false, rootLabel, booleansAsCheckboxes = false }: SchemaFormProps) {
  const generatedPrefix = useId();
  const prefix = idPrefix ?? `schema-form${generatedPrefix.replace(/[^A-Za-z0-9_-]/g, '')}`;
  const context = useMemo(
    () => ({ root: schema, idPrefix: prefix, errors, errorsListedByCaller, booleansAsCheckboxes }),
    [schema, prefix, errors, errorsListedByCaller, booleansAsCheckboxes],
  );
  const otherErrors = errorsListedByCaller ? [] : unplacedErrors(errors, schema, value);

  return (
    <SchemaFormContext.Provider value={context}>
      <div className="flex min-w-0 flex-col gap-2 text-[13px]">
        {otherErrors.length > 0 && (
          <ul aria-label="Other errors" className="rounded border border-red-300 bg-red-50 px-2 py-1 text-xs text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-300">
            {otherErrors.map((error, index) => (
              <li key={index}>
                {error.path === '' ? 'The value' : <code className="font-mono">{error.path}</code>} {error.message}
              </li>
            ))}
          </ul>
        )}
        <SchemaField schema={schema} path={[]} name={schema.title ?? rootLabel ?? 'Value'} required value={value} onChange={onChange} depth={0} />
      </div>
    </SchemaFormContext.Provider>
  );
}
