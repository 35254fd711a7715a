// One field of the form, whatever its schema: resolves `$ref`s, picks the widget for the schema's shape,
// and wires in the field's id, label and errors.
import type { ReactNode } from 'react';
import { ArrayField } from './ArrayField';
import { describeField, type JsonSchema, type JsonValue } from './describeSchema';
import { FieldFrame } from './FieldFrame';
import type { FieldPath } from './formValue';
import { JsonFallbackField } from './JsonFallbackField';
import { NullableField } from './NullableField';
import { ObjectField } from './ObjectField';
import { PrimitiveInput } from './PrimitiveInput';
import { errorMessagesAt, fieldId, useSchemaFormContext } from './schemaFormContext';

export interface SchemaFieldProps {
  schema: JsonSchema;
  path: FieldPath;
  /** The property name (or "Item N"), the label when the schema has no `title`. */
  name: string;
  required: boolean;
  value: JsonValue | undefined;
  /** Called with undefined when the field is emptied, so its parent can omit it. */
  onChange: (value: JsonValue | undefined) => void;
  /** For an array item, its 1-based number, appended to the label so every item's label is distinct. */
  itemNumber?: number;
  /** How many schemas deep this field is; stops runaway recursive `$ref`s. */
  depth: number;
  /** Shown beside the label (a nullable field's "null" toggle). */
  labelExtra?: ReactNode;
}

/** The field for any schema node. */
export function SchemaField(props: SchemaFieldProps) {
  const { root, idPrefix, errors } = useSchemaFormContext();
  const { schema, shape } = describeField(props.schema, root, props.depth);
  const { path, required, value, onChange, labelExtra } = props;
  const id = fieldId(idPrefix, path);
  const label = props.itemNumber === undefined ? (schema.title ?? props.name) : `${schema.title ?? props.name} ${props.itemNumber}`;
  // Array items are always required; a `*` on every one would be noise.
  const common = { id, label, required, markRequired: required && props.itemNumber === undefined, description: schema.description };

  switch (shape.kind) {
    case 'object':
      return <ObjectField {...props} {...common} schema={schema} shape={shape} errors={errorMessagesAt(errors, path)} />;
    case 'array':
      return <ArrayField {...props} {...common} schema={schema} shape={shape} errors={errorMessagesAt(errors, path)} />;
    case 'nullable':
      return <NullableField {...props} label={label} inner={shape.inner} />;
    case 'json':
      return <JsonFallbackField {...common} reason={shape.reason} errors={errorMessagesAt(errors, path, true)} value={value} onChange={onChange} />;
    default:
      return (
        <FieldFrame {...common} errors={errorMessagesAt(errors, path)} extra={labelExtra}>
          {(control) => <PrimitiveInput shape={shape} schema={schema} control={control} required={required} value={value} onChange={onChange} />}
        </FieldFrame>
      );
  }
}
