// Turns one JSON Schema node into the shape of the field that shows it. Every construct the form has
// no widget for becomes `json` (a JSON text editor for that subtree), so nothing is silently dropped.

/** A JSON value as sent on the wire. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** A JSON Schema node (draft-07 or 2020-12); only the keywords the form reads are typed. */
export interface JsonSchema {
  $schema?: string;
  $ref?: string;
  type?: string | string[];
  title?: string;
  description?: string;
  default?: JsonValue;
  format?: string;
  enum?: JsonValue[];
  enumNames?: string[];
  const?: JsonValue;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema | JsonSchema[];
  minimum?: number;
  maximum?: number;
  [keyword: string]: unknown;
}

export interface EnumOption {
  value: JsonValue;
  label: string;
}

export type FieldShape =
  | { kind: 'string'; format?: string }
  | { kind: 'number'; integer: boolean }
  | { kind: 'boolean' }
  | { kind: 'null' }
  | { kind: 'enum'; options: EnumOption[] }
  | {
      kind: 'object';
      properties: [name: string, schema: JsonSchema][];
      required: ReadonlySet<string>;
      /** The schema invites properties beyond the named ones (`additionalProperties` true or a schema). */
      invitesOtherProperties: boolean;
    }
  | { kind: 'array'; items: JsonSchema }
  | { kind: 'nullable'; inner: JsonSchema }
  | { kind: 'json'; reason: string };

/** Keywords whose meaning the form cannot show as widgets; their subtree is edited as JSON. */
const unsupportedKeywords = ['allOf', 'not', 'if', 'patternProperties', 'prefixItems', 'dependentSchemas', '$dynamicRef'];

/** Deeper than this we stop expanding (recursive `$ref`s) and edit the rest as JSON. */
export const maxFormDepth = 12;

function decodePointerSegment(segment: string): string {
  return decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Follows local `$ref`s (`#/$defs/…`, `#/definitions/…`, any `#/…` pointer); keywords beside the ref
 * (title, description, default) win, as in 2020-12. Returns undefined for a ref it cannot follow. */
export function resolveRefs(schema: JsonSchema, root: JsonSchema): JsonSchema | undefined {
  let current = schema;
  const seen = new Set<string>();
  while (typeof current.$ref === 'string') {
    const ref = current.$ref;
    if (!ref.startsWith('#') || seen.has(ref)) return undefined;
    seen.add(ref);
    let target: unknown = root;
    for (const segment of ref.slice(1).split('/').filter(Boolean)) {
      target = target && typeof target === 'object' ? (target as Record<string, unknown>)[decodePointerSegment(segment)] : undefined;
    }
    if (!target || typeof target !== 'object') return undefined;
    const { $ref: _ref, ...siblings } = current;
    current = { ...(target as JsonSchema), ...siblings };
  }
  return current;
}

const isNullSchema = (schema: JsonSchema) => schema.type === 'null' || (schema.const === null && schema.type === undefined);

function titledEnumOptions(alternatives: JsonSchema[]): EnumOption[] | undefined {
  if (!alternatives.every((alternative) => 'const' in alternative)) return undefined;
  return alternatives.map((alternative) => ({
    value: alternative.const as JsonValue,
    label: alternative.title ?? JSON.stringify(alternative.const),
  }));
}

function enumOptions(schema: JsonSchema): EnumOption[] {
  const values = schema.enum ?? [];
  return values.map((value, index) => ({
    value,
    label: schema.enumNames?.[index] ?? (typeof value === 'string' ? value : JSON.stringify(value)),
  }));
}

/** `anyOf`/`oneOf`: titled enums, or `[X, {type: 'null'}]` (a nullable X); anything else is JSON. */
function describeAlternatives(schema: JsonSchema, alternatives: JsonSchema[]): FieldShape {
  const options = titledEnumOptions(alternatives);
  if (options) return { kind: 'enum', options };
  const nonNull = alternatives.filter((alternative) => !isNullSchema(alternative));
  if (nonNull.length === 1 && alternatives.length === 2) {
    const { anyOf: _anyOf, oneOf: _oneOf, ...outer } = schema;
    return { kind: 'nullable', inner: { ...nonNull[0], ...outer } };
  }
  return { kind: 'json', reason: 'a choice between schemas' };
}

function describeObject(schema: JsonSchema): FieldShape {
  const properties = Object.entries(schema.properties ?? {});
  if (properties.length === 0) return { kind: 'json', reason: 'an object with free-form keys' };
  const invitesOtherProperties = schema.additionalProperties === true || typeof schema.additionalProperties === 'object';
  return { kind: 'object', properties, required: new Set(schema.required ?? []), invitesOtherProperties };
}

function describeArray(schema: JsonSchema): FieldShape {
  if (!schema.items || Array.isArray(schema.items)) return { kind: 'json', reason: 'an array without one item schema' };
  return { kind: 'array', items: schema.items };
}

/** The field that shows `schema` (already ref-resolved); `json` when the form has no better widget. */
export function describeSchema(schema: JsonSchema): FieldShape {
  const unsupported = unsupportedKeywords.find((keyword) => keyword in schema);
  if (unsupported) return { kind: 'json', reason: `the "${unsupported}" keyword` };
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return describeAlternatives(schema, alternatives);
  if (schema.enum) return { kind: 'enum', options: enumOptions(schema) };
  if ('const' in schema) return { kind: 'enum', options: [{ value: schema.const as JsonValue, label: JSON.stringify(schema.const) }] };

  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length === 2 && types.includes('null')) {
    return { kind: 'nullable', inner: { ...schema, type: types.find((type) => type !== 'null') } };
  }
  if (types.length > 1) return { kind: 'json', reason: `a value of type ${types.join(' or ')}` };
  const type = types[0] ?? (schema.properties ? 'object' : schema.items ? 'array' : undefined);
  switch (type) {
    case 'string':
      return { kind: 'string', format: schema.format };
    case 'number':
    case 'integer':
      return { kind: 'number', integer: type === 'integer' };
    case 'boolean':
      return { kind: 'boolean' };
    case 'null':
      return { kind: 'null' };
    case 'object':
      return describeObject(schema);
    case 'array':
      return describeArray(schema);
    default:
      return { kind: 'json', reason: 'a value of any type' };
  }
}

/** Resolves refs, then describes; an unfollowable ref or too deep a nesting is edited as JSON. */
export function describeField(schema: JsonSchema, root: JsonSchema, depth: number): { schema: JsonSchema; shape: FieldShape } {
  const resolved = resolveRefs(schema, root);
  if (!resolved) return { schema, shape: { kind: 'json', reason: `the reference ${String(schema.$ref)}` } };
  if (depth > maxFormDepth) return { schema: resolved, shape: { kind: 'json', reason: 'nesting too deep for a form' } };
  return { schema: resolved, shape: describeSchema(resolved) };
}
