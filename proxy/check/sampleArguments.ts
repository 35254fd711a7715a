// Arguments for calling a tool that `check --call-tools` can make up from its inputSchema: the schema's
// defaults and examples where it has them, otherwise the smallest valid value of each required property.
// Good enough to exercise a tool once; a tool that rejects them answers with an error, which is no finding.

type Schema = Record<string, unknown>;

const FORMAT_SAMPLES: Record<string, string> = {
  uri: 'https://example.com/',
  'uri-reference': 'https://example.com/',
  url: 'https://example.com/',
  email: 'someone@example.com',
  'date-time': '2025-01-01T00:00:00Z',
  date: '2025-01-01',
  time: '00:00:00Z',
  uuid: '00000000-0000-4000-8000-000000000000',
  ipv4: '127.0.0.1',
  ipv6: '::1',
  hostname: 'example.com',
};

/** Bounds the recursion of self-referencing or very deep schemas. */
const MAX_DEPTH = 8;

const asSchema = (value: unknown): Schema | undefined => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Schema) : undefined);

function firstType(schema: Schema): string | undefined {
  if (typeof schema.type === 'string') return schema.type;
  if (Array.isArray(schema.type)) return schema.type.find((type): type is string => typeof type === 'string' && type !== 'null') ?? 'null';
  if (schema.properties !== undefined) return 'object';
  if (schema.items !== undefined) return 'array';
  return undefined;
}

function sampleNumber(schema: Schema, integer: boolean): number {
  const minimum = typeof schema.minimum === 'number' ? schema.minimum : typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum + (integer ? 1 : 0.5) : undefined;
  const maximum = typeof schema.maximum === 'number' ? schema.maximum : typeof schema.exclusiveMaximum === 'number' ? schema.exclusiveMaximum - (integer ? 1 : 0.5) : undefined;
  let value = minimum ?? (maximum !== undefined && maximum < 0 ? maximum : 0);
  if (integer) value = Math.ceil(value);
  const step = typeof schema.multipleOf === 'number' && schema.multipleOf > 0 ? schema.multipleOf : undefined;
  if (step !== undefined) value = Math.ceil(value / step) * step;
  return value;
}

function sampleString(schema: Schema): string {
  if (typeof schema.format === 'string' && FORMAT_SAMPLES[schema.format] !== undefined) return FORMAT_SAMPLES[schema.format]!;
  const minLength = typeof schema.minLength === 'number' ? schema.minLength : 0;
  return 'a'.repeat(Math.max(minLength, 1));
}

function sampleObject(schema: Schema, depth: number): Record<string, unknown> {
  const properties = asSchema(schema.properties) ?? {};
  const required = Array.isArray(schema.required) ? schema.required.filter((name): name is string => typeof name === 'string') : [];
  const value: Record<string, unknown> = {};
  for (const name of required) value[name] = sampleValue(asSchema(properties[name]) ?? {}, depth + 1);
  // Optional properties with a default are sent too: the author said what a typical call looks like.
  for (const [name, property] of Object.entries(properties)) {
    const defaulted = asSchema(property)?.default;
    if (!(name in value) && defaulted !== undefined) value[name] = defaulted;
  }
  return value;
}

/** A value that should satisfy `schema`. */
export function sampleValue(schema: Schema, depth = 0): unknown {
  if (depth > MAX_DEPTH) return null;
  if (schema.default !== undefined) return schema.default;
  if (schema.const !== undefined) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    const first = Array.isArray(schema[key]) ? asSchema(schema[key][0]) : undefined;
    if (first) return sampleValue({ ...schema, [key]: undefined, ...first }, depth + 1);
  }
  switch (firstType(schema)) {
    case 'object':
      return sampleObject(schema, depth);
    case 'array': {
      const minItems = typeof schema.minItems === 'number' ? schema.minItems : 0;
      return Array.from({ length: minItems }, () => sampleValue(asSchema(schema.items) ?? {}, depth + 1));
    }
    case 'string':
      return sampleString(schema);
    case 'integer':
      return sampleNumber(schema, true);
    case 'number':
      return sampleNumber(schema, false);
    case 'boolean':
      return false;
    case 'null':
      return null;
    default:
      return 'a';
  }
}

/** The arguments object for a tools/call of a tool with this inputSchema. */
export function sampleArguments(inputSchema: unknown): Record<string, unknown> {
  const schema = asSchema(inputSchema);
  if (!schema) return {};
  const value = sampleObject(schema, 0);
  return value;
}
