import type { JsonSchema } from './describeSchema';
import { SchemaField, type SchemaFieldProps } from './SchemaField';

export interface NullableFieldProps extends SchemaFieldProps {
  label: string;
  /** The schema of the non-null alternative. */
  inner: JsonSchema;
}

/**
 * A field of a nullable union (`type: [X, 'null']` or `anyOf: [X, {type: 'null'}]`): the field for X, with a
 * "null" toggle beside its label. Null is sent only when the toggle is on; editing the field turns it off.
 */
export function NullableField({ label, inner, value, onChange, depth, itemNumber: _itemNumber, ...rest }: NullableFieldProps) {
  const toggle = (
    <label className="flex items-center gap-1 text-xs text-zinc-500 dark:text-zinc-400">
      <input
        type="checkbox"
        aria-label={`${label} is null`}
        checked={value === null}
        onChange={(event) => onChange(event.target.checked ? null : undefined)}
        className="h-3.5 w-3.5 accent-sky-600"
      />
      null
    </label>
  );
  return (
    <SchemaField
      {...rest}
      schema={{ ...inner, title: label }}
      value={value === null ? undefined : value}
      onChange={onChange}
      depth={depth + 1}
      labelExtra={toggle}
    />
  );
}
