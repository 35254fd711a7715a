// Which errors the form can show on a field, and which it cannot (the root object itself, an item or
// property that is not in the value): those are listed above the form so none is lost.
import { describeField, type JsonSchema, type JsonValue } from './describeSchema';
import { asObject, firstSegment, pickProperties, pointerOf, type FieldPath } from './formValue';
import type { SchemaError } from './validateAgainstSchema';

interface ShownFields {
  /** Pointers of fields that show their own errors. */
  fields: Set<string>;
  /** JSON editors, each telling whether it shows the errors at a pointer (those of its whole subtree). */
  jsonEditors: ((pointer: string) => boolean)[];
}

/** Whether `errorPath` is at or under a property of the object at `objectPointer` that the schema does not name. */
export function isUnderOtherProperty(errorPath: string, objectPointer: string, named: ReadonlySet<string>): boolean {
  return errorPath.startsWith(`${objectPointer}/`) && !named.has(firstSegment(errorPath.slice(objectPointer.length)));
}

/** Walks the schema the way the form renders it, noting every field that will be on screen. */
function collectShownFields(schema: JsonSchema, root: JsonSchema, value: JsonValue | undefined, path: FieldPath, depth: number, shown: ShownFields) {
  const { shape } = describeField(schema, root, depth);
  const pointer = pointerOf(path);
  if (path.length > 0 || shape.kind !== 'object') shown.fields.add(pointer);
  switch (shape.kind) {
    case 'json':
      shown.jsonEditors.push((errorPath) => errorPath.startsWith(`${pointer}/`));
      break;
    case 'nullable':
      collectShownFields(shape.inner, root, value === null ? undefined : value, path, depth + 1, shown);
      break;
    case 'object': {
      const named = new Set(shape.properties.map(([name]) => name));
      for (const [name, propertySchema] of shape.properties) {
        collectShownFields(propertySchema, root, asObject(value)?.[name], [...path, name], depth + 1, shown);
      }
      if (shape.invitesOtherProperties || Object.keys(pickProperties(value, named, false)).length > 0) {
        // The properties the schema does not name are edited, and their errors shown, in one JSON editor.
        shown.jsonEditors.push((errorPath) => isUnderOtherProperty(errorPath, pointer, named));
      }
      break;
    }
    case 'array':
      (Array.isArray(value) ? value : []).forEach((item, index) => collectShownFields(shape.items, root, item, [...path, index], depth + 1, shown));
      break;
  }
}

/** The errors that no field on screen will show. */
export function unplacedErrors(errors: readonly SchemaError[], schema: JsonSchema, value: JsonValue | undefined): SchemaError[] {
  if (errors.length === 0) return [];
  const shown: ShownFields = { fields: new Set(), jsonEditors: [] };
  collectShownFields(schema, schema, value, [], 0, shown);
  return errors.filter((error) => !shown.fields.has(error.path) && !shown.jsonEditors.some((showsError) => showsError(error.path)));
}
