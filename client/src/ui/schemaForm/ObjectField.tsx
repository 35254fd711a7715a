import type { ReactNode } from 'react';
import type { FieldShape, JsonSchema, JsonValue } from './describeSchema';
import { describedBy, FieldNotes, RequiredMark, type FieldLabelProps } from './FieldFrame';
import { asObject, pickProperties, pointerOf, withProperty, type FieldPath } from './formValue';
import { JsonFallbackField } from './JsonFallbackField';
import { isUnderOtherProperty } from './placeErrors';
import { SchemaField } from './SchemaField';
import { useSchemaFormContext } from './schemaFormContext';

export interface FieldsetFrameProps extends FieldLabelProps {
  /** The root object has no legend or border: its fields are the form. */
  isRoot: boolean;
  labelExtra?: ReactNode;
  children: ReactNode;
}

/** A group of fields (an object or an array) under a legend, with its description and errors. */
export function FieldsetFrame({ id, label, required, markRequired = required, description, errors, isRoot, labelExtra, children }: FieldsetFrameProps) {
  return (
    <fieldset
      id={id}
      aria-describedby={describedBy(id, description, errors)}
      className={`flex min-w-0 flex-col gap-2 ${isRoot ? '' : 'border-l-2 border-zinc-200 pl-2 dark:border-zinc-700'}`}
    >
      {isRoot ? (
        <legend className="sr-only">{label}</legend>
      ) : (
        <legend className="flex items-center gap-2 font-medium text-zinc-700 dark:text-zinc-300">
          <span>
            {label}
            <RequiredMark required={markRequired} />
          </span>
          {labelExtra}
        </legend>
      )}
      <FieldNotes id={id} description={description} errors={errors} />
      {children}
    </fieldset>
  );
}

/** The props of a field made of other fields (an object's properties, an array's items). */
export interface CompositeFieldProps<Kind extends FieldShape['kind']> extends FieldLabelProps {
  schema: JsonSchema;
  shape: Extract<FieldShape, { kind: Kind }>;
  path: FieldPath;
  value: JsonValue | undefined;
  onChange: (value: JsonValue | undefined) => void;
  depth: number;
  labelExtra?: ReactNode;
}

export type ObjectFieldProps = CompositeFieldProps<'object'>;

/** The fields of an object's named properties, and a JSON editor for any others it holds or invites. */
export function ObjectField({ shape, path, value, onChange, depth, ...frame }: ObjectFieldProps) {
  const { errors } = useSchemaFormContext();
  const object = asObject(value);
  const isRoot = path.length === 0;
  const named = new Set(shape.properties.map(([name]) => name));
  const others = pickProperties(object, named, false);
  const hasOthers = Object.keys(others).length > 0;
  const pointer = pointerOf(path);
  const othersErrors = errors
    .filter((error) => isUnderOtherProperty(error.path, pointer, named))
    .map((error) => `${error.path.slice(pointer.length)} ${error.message}`);

  const emit = (next: Record<string, JsonValue>) =>
    // An optional nested object left with nothing in it is omitted like any other empty optional field.
    onChange(Object.keys(next).length === 0 && !frame.required && !isRoot ? undefined : next);
  const setOthers = (next: JsonValue | undefined) => emit({ ...pickProperties(object, named, true), ...asObject(next) });

  return (
    <FieldsetFrame {...frame} isRoot={isRoot}>
      {shape.properties.map(([name, propertySchema]) => (
        <SchemaField
          key={name}
          schema={propertySchema}
          path={[...path, name]}
          name={name}
          required={shape.required.has(name)}
          value={object?.[name]}
          onChange={(propertyValue) => emit(withProperty(object, name, propertyValue))}
          depth={depth + 1}
        />
      ))}
      {(hasOthers || shape.invitesOtherProperties) && (
        <JsonFallbackField
          id={`${frame.id}-other`}
          label={isRoot ? 'Other properties' : `Other properties of ${frame.label}`}
          required={false}
          reason="properties the schema does not name"
          errors={othersErrors}
          value={hasOthers ? others : undefined}
          expectObject
          onChange={setOthers}
        />
      )}
    </FieldsetFrame>
  );
}
