// What every field of one form needs besides its own schema and value: the root schema (for `$ref`),
// the id prefix (so two forms on a page never share ids) and the errors to show.
import { createContext, useContext } from 'react';
import type { JsonSchema } from './describeSchema';
import { pointerOf, type FieldPath } from './formValue';
import type { SchemaError } from './validateAgainstSchema';

export interface SchemaFormContextValue {
  root: JsonSchema;
  idPrefix: string;
  errors: readonly SchemaError[];
  /** The caller lists the errors in one place of its own: fields are marked, their messages kept for screen readers only. */
  errorsListedByCaller: boolean;
  /** Every boolean is a checkbox, optional ones too (an answer form, where unticked means `false`). */
  booleansAsCheckboxes: boolean;
}

export const SchemaFormContext = createContext<SchemaFormContextValue>({ root: {}, idPrefix: 'schema-form', errors: [], errorsListedByCaller: false, booleansAsCheckboxes: false });

export function useSchemaFormContext(): SchemaFormContextValue {
  return useContext(SchemaFormContext);
}

/** A DOM id for the field at `path`, unique within the form. */
export function fieldId(idPrefix: string, path: FieldPath): string {
  return `${idPrefix}-root${pointerOf(path).replace(/[^A-Za-z0-9_-]/g, (char) => (char === '/' ? '-' : '_'))}`;
}

/** The messages of the errors at exactly `path`, or (for a JSON editor) anywhere beneath it too. */
export function errorMessagesAt(errors: readonly SchemaError[], path: FieldPath, includeDescendants = false): string[] {
  const pointer = pointerOf(path);
  return errors
    .filter((error) => error.path === pointer || (includeDescendants && error.path.startsWith(`${pointer}/`)))
    .map((error) => (includeDescendants && error.path !== pointer ? `${error.path.slice(pointer.length)} ${error.message}` : error.message));
}
