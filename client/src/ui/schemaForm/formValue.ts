// How the form shapes the JSON value it produces: an optional field left empty is omitted (never "" or
// null), defaults are applied only when asked, and new array items start from a value of their type.
import { describeField, type JsonSchema, type JsonValue } from './describeSchema';

/** Where a field sits in the value: property names and array indexes from the root. */
export type FieldPath = readonly (string | number)[];

/** The JSON Pointer (RFC 6901) of a path, as validation errors report it. */
export function pointerOf(path: FieldPath): string {
  return path.map((segment) => `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** The unescaped first property name of a pointer such as "/a~1b/0". */
export function firstSegment(pointer: string): string {
  return (pointer.split('/')[1] ?? '').replace(/~1/g, '/').replace(/~0/g, '~');
}

/** A plain JSON object, or undefined for anything else (arrays, primitives, null). */
export function asObject(value: unknown): Record<string, JsonValue> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, JsonValue>) : undefined;
}

/** A copy of `object` with `name` set, or removed when `value` is undefined (an empty optional field). */
export function withProperty(object: unknown, name: string, value: JsonValue | undefined): Record<string, JsonValue> {
  const current = asObject(object) ?? {};
  if (value !== undefined) return { ...current, [name]: value }; // an existing key keeps its place
  const { [name]: _removed, ...rest } = current;
  return rest;
}

/** The part of an object whose keys are (or with `named: false`, are not) among `names`. */
export function pickProperties(object: unknown, names: ReadonlySet<string>, named: boolean): Record<string, JsonValue> {
  return Object.fromEntries(Object.entries(asObject(object) ?? {}).filter(([name]) => names.has(name) === named));
}

/** A copy of `items` with `index` set; JSON arrays have no holes, so an emptied item becomes null. */
export function withItem(items: readonly JsonValue[], index: number, value: JsonValue | undefined): JsonValue[] {
  return items.map((item, at) => (at === index ? (value ?? null) : item));
}

/** A copy of `items` with the item at `from` moved to `to`. */
export function withItemMoved(items: readonly JsonValue[], from: number, to: number): JsonValue[] {
  const next = [...items];
  const [moved] = next.splice(from, 1);
  if (moved !== undefined) next.splice(to, 0, moved);
  return next;
}

/** The value an "Add item" press starts with: the item schema's default, else an empty value of its type. */
export function newItemValue(itemSchema: JsonSchema, root: JsonSchema): JsonValue {
  const { schema, shape } = describeField(itemSchema, root, 0);
  if (schema.default !== undefined) return schema.default;
  switch (shape.kind) {
    case 'string':
      return '';
    case 'number':
      return typeof schema.minimum === 'number' ? schema.minimum : 0;
    case 'boolean':
      return false;
    case 'enum':
      return shape.options[0]?.value ?? null;
    case 'object':
      return initialValueFor(schema, root) ?? {};
    case 'array':
      return [];
    default:
      return null;
  }
}

/**
 * A starting value that holds every `default` the schema declares (in nested objects too), for a caller
 * to seed the form with. The form itself never injects defaults, so what is sent is what is shown.
 * A required boolean without a default starts as `false`: it is drawn as a checkbox, and an unticked
 * box must mean `false`, not "missing" (else `false` could never be sent).
 */
export function initialValueFor(schema: JsonSchema, root: JsonSchema = schema, depth = 0): JsonValue | undefined {
  const { schema: resolved, shape } = describeField(schema, root, depth);
  if (resolved.default !== undefined) return resolved.default;
  if (shape.kind !== 'object') return undefined;
  let value: Record<string, JsonValue> = {};
  for (const [name, propertySchema] of shape.properties) {
    const initial = initialValueFor(propertySchema, root, depth + 1);
    const uncheckedBox = initial === undefined && shape.required.has(name) && describeField(propertySchema, root, depth + 1).shape.kind === 'boolean';
    value = withProperty(value, name, uncheckedBox ? false : initial);
  }
  return Object.keys(value).length > 0 || depth === 0 ? value : undefined;
}
