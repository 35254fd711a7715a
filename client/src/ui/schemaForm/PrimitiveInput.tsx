// The inputs of leaf fields. Each turns what the person typed into JSON: an emptied optional field
// reports undefined (so the property is omitted), never "" or null.
import type { EnumOption, FieldShape, JsonSchema, JsonValue } from './describeSchema';
import type { ControlAttributes } from './FieldFrame';
import { useSchemaFormContext } from './schemaFormContext';

export const inputClass =
  'h-7 min-w-0 rounded border border-zinc-300 bg-white px-2 font-mono text-xs dark:border-zinc-600 dark:bg-zinc-800 aria-[invalid=true]:border-red-500 disabled:opacity-60';

export interface PrimitiveInputProps {
  shape: Extract<FieldShape, { kind: 'string' | 'number' | 'boolean' | 'enum' | 'null' }>;
  schema: JsonSchema;
  control: ControlAttributes;
  required: boolean;
  value: JsonValue | undefined;
  onChange: (value: JsonValue | undefined) => void;
}

const inputTypeByFormat: Record<string, string> = { email: 'email', uri: 'url', url: 'url', date: 'date' };
const placeholderByFormat: Record<string, string> = { 'date-time': '2025-01-31T12:00:00Z', time: '12:00:00Z', uri: 'https://…' };

/** The default shown as a placeholder: the form does not inject it, the server applies it. */
function defaultHint(schema: JsonSchema): string | undefined {
  if (schema.default === undefined) return undefined;
  return typeof schema.default === 'string' ? schema.default : JSON.stringify(schema.default);
}

function StringInput({ shape, schema, control, required, value, onChange }: PrimitiveInputProps) {
  const format = shape.kind === 'string' ? shape.format : undefined;
  return (
    <input
      {...control}
      type={(format && inputTypeByFormat[format]) ?? 'text'}
      value={typeof value === 'string' ? value : ''}
      placeholder={defaultHint(schema) ?? (format ? placeholderByFormat[format] : undefined)}
      spellCheck={false}
      autoComplete="off"
      onChange={(event) => onChange(event.target.value === '' && !required ? undefined : event.target.value)}
      className={inputClass}
    />
  );
}

function NumberInput({ shape, schema, control, value, onChange }: PrimitiveInputProps) {
  const integer = shape.kind === 'number' && shape.integer;
  return (
    <input
      {...control}
      type="number"
      inputMode={integer ? 'numeric' : 'decimal'}
      step={integer ? 1 : 'any'}
      min={schema.minimum}
      max={schema.maximum}
      value={typeof value === 'number' ? value : ''}
      placeholder={defaultHint(schema)}
      onChange={(event) => onChange(event.target.value === '' ? undefined : Number(event.target.value))}
      className={inputClass}
    />
  );
}

/** A select whose options are JSON values; an empty choice is offered unless the field is required and set,
 * and a current value outside the options stays visible rather than being silently replaced. */
function OptionSelect({ options, control, required, value, onChange }: Omit<PrimitiveInputProps, 'shape' | 'schema'> & { options: EnumOption[] }) {
  const selected = value === undefined ? -1 : options.findIndex((option) => JSON.stringify(option.value) === JSON.stringify(value));
  const outside = value !== undefined && selected === -1;
  return (
    <select
      {...control}
      value={outside ? 'outside' : String(selected)}
      onChange={(event) => {
        const index = Number(event.target.value);
        if (event.target.value === 'outside') return;
        onChange(index < 0 ? undefined : options[index]?.value);
      }}
      className={inputClass}
    >
      {(!required || selected === -1) && <option value="-1">—</option>}
      {outside && (
        <option value="outside" disabled>
          {JSON.stringify(value)} (not an allowed value)
        </option>
      )}
      {options.map((option, index) => (
        <option key={index} value={String(index)}>
          {option.label}
        </option>
      ))}
    </select>
  );
}

const booleanOptions: EnumOption[] = [
  { value: true, label: 'true' },
  { value: false, label: 'false' },
];

/** Required booleans are a checkbox; optional ones a select, so "not sent" and `false` stay distinct
 * (unless the form draws every boolean as a checkbox). */
function BooleanInput(props: PrimitiveInputProps) {
  const { control, required, value, onChange } = props;
  const { booleansAsCheckboxes } = useSchemaFormContext();
  if (!required && !booleansAsCheckboxes) return <OptionSelect {...props} options={booleanOptions} />;
  return (
    <input
      {...control}
      type="checkbox"
      checked={value === true}
      onChange={(event) => onChange(event.target.checked)}
      className="h-4 w-4 self-start accent-sky-600"
    />
  );
}

/** The input for a leaf field of the given shape. */
export function PrimitiveInput(props: PrimitiveInputProps) {
  switch (props.shape.kind) {
    case 'string':
      return <StringInput {...props} />;
    case 'number':
      return <NumberInput {...props} />;
    case 'boolean':
      return <BooleanInput {...props} />;
    case 'enum':
      return <OptionSelect {...props} options={props.shape.options} />;
    case 'null':
      return <OptionSelect {...props} options={[{ value: null, label: 'null' }]} />;
  }
}
