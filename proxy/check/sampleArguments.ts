// Arguments for calling a tool that `check --call-tools` can make up from its inputSchema: the schema's
// defaults and examples where it has them, otherwise the smallest valid value of each required property.
// Good enough to exercise a tool once. A schema is the server's input, so building never throws and
// never runs long: sizes, depth and work are capped, and a schema that asks for more than the caps, or
// for something nothing satisfies, gets a `problem` saying why (the tool is then not called).

type Schema = Record<string, unknown>;

/** What check is willing to build; a schema asking for more is reported, not obeyed. */
export const ARGUMENT_LIMITS = {
  /** Levels of nested values (and `$ref` hops): deeper required structure is a recursive schema. */
  maxDepth: 8,
  maxStringLength: 10_000,
  maxItems: 1_000,
  /** Characters of strings plus values built, over the whole arguments object. */
  maxTotalSize: 200_000,
  /** Schema nodes visited, alternatives tried included: bounds the work on a combinatorial schema. */
  maxSteps: 20_000,
} as const;

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

const TYPES = ['object', 'array', 'string', 'integer', 'number', 'boolean', 'null'] as const;

/** Thrown inside the builder only; `buildArguments` turns it into a `problem`. */
class Unbuildable extends Error {}
/** Out of work budget: no other alternative is tried either. */
class TooComplex extends Unbuildable {}

const asSchema = (value: unknown): Schema | undefined => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Schema) : undefined);
const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
const where = (path: string) => (path === '' ? 'the arguments' : `\`${path}\``);

/** Sets a property even when its name is `__proto__` (a tool may declare anything). */
function setProperty(target: Record<string, unknown>, name: string, value: unknown): void {
  Object.defineProperty(target, name, { value, enumerable: true, writable: true, configurable: true });
}

function declaredTypes(schema: Schema): string[] | undefined {
  if (typeof schema.type === 'string') return [schema.type];
  if (Array.isArray(schema.type)) return schema.type.filter((type): type is string => typeof type === 'string');
  return undefined;
}

/** One schema meaning "all of these": types intersected, bounds tightened, properties combined. */
function mergeAll(parts: Schema[], path: string): Schema {
  const merged: Schema = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      const current = merged[key];
      if (value === undefined) continue;
      if (current === undefined || key === 'allOf') merged[key] = value;
      else if (key === 'type') {
        const kept = intersectTypes(declaredTypes(merged) ?? [], declaredTypes(part) ?? []);
        if (kept.length === 0) throw new Unbuildable(`allOf at ${where(path)} asks for types that exclude each other`);
        merged.type = kept;
      } else if (['minimum', 'exclusiveMinimum', 'minLength', 'minItems'].includes(key)) merged[key] = Math.max(Number(current), Number(value));
      else if (['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties'].includes(key)) merged[key] = Math.min(Number(current), Number(value));
      else if (key === 'required' && Array.isArray(current) && Array.isArray(value)) merged.required = [...new Set([...current, ...value])];
      else if (key === 'properties' && asSchema(current) && asSchema(value)) merged.properties = mergeProperties(asSchema(current)!, asSchema(value)!);
      else if (key === 'const' && JSON.stringify(current) !== JSON.stringify(value)) throw new Unbuildable(`allOf at ${where(path)} asks for two different constants`);
      else if (key === 'enum' && Array.isArray(current) && Array.isArray(value)) merged.enum = current.filter((option) => value.some((other) => JSON.stringify(other) === JSON.stringify(option)));
    }
  }
  return merged;
}

/** Types both lists allow; an integer is also a number. */
function intersectTypes(first: string[], second: string[]): string[] {
  const kept = new Set<string>();
  for (const type of first) {
    if (second.includes(type)) kept.add(type);
    else if ((type === 'number' && second.includes('integer')) || (type === 'integer' && second.includes('number'))) kept.add('integer');
  }
  return [...kept];
}

function mergeProperties(first: Schema, second: Schema): Schema {
  const properties: Schema = { ...first };
  for (const [name, schema] of Object.entries(second)) setProperty(properties, name, name in first ? { allOf: [first[name], schema] } : schema);
  return properties;
}

/** A value's JSON type, as `not` needs to compare it. */
function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** Whether `value` certainly matches a `not` schema (only the simple forms: everything, type, const, enum). */
function excludedBy(value: unknown, not: unknown): boolean {
  if (not === true) return true;
  const schema = asSchema(not);
  if (!schema) return false;
  const keys = Object.keys(schema);
  if (keys.length === 0) return true;
  const text = JSON.stringify(value);
  if ('const' in schema && JSON.stringify(schema.const) === text) return true;
  if (Array.isArray(schema.enum) && schema.enum.some((option) => JSON.stringify(option) === text)) return true;
  const types = declaredTypes(schema);
  if (types && keys.length === 1) return types.includes(typeOf(value)) || (typeOf(value) === 'integer' && types.includes('number'));
  return false;
}

class ArgumentBuilder {
  private size = 0;
  private steps = 0;

  constructor(private readonly root: Schema) {}

  value(input: unknown, depth: number, path: string): unknown {
    this.step();
    if (depth > ARGUMENT_LIMITS.maxDepth) throw new Unbuildable(`required values nest deeper than ${ARGUMENT_LIMITS.maxDepth} levels at ${where(path)} (a recursive schema?)`);
    if (input === false) throw new Unbuildable(`the schema of ${where(path)} is \`false\`: no value is valid`);
    let schema = asSchema(input) ?? {};
    if (typeof schema.$ref === 'string') {
      // The target's own $ref (a chain, or a loop) is followed next, one level deeper each time.
      const { $ref, ...own } = schema;
      return this.value({ ...this.resolve($ref, path), ...own }, depth + 1, path);
    }
    if (Array.isArray(schema.allOf) && schema.allOf.length > 0) {
      const parts = [{ ...schema, allOf: undefined }, ...schema.allOf.map((part) => this.inlined(part, path))];
      schema = mergeAll(parts, path);
    }
    const value = this.chosen(schema, depth, path);
    if ('not' in schema && excludedBy(value, schema.not)) throw new Unbuildable(`\`not\` at ${where(path)} excludes the value check would send`);
    this.grow(typeof value === 'string' ? value.length : 1);
    return value;
  }

  private chosen(schema: Schema, depth: number, path: string): unknown {
    if (schema.default !== undefined) return schema.default;
    if (schema.const !== undefined) return schema.const;
    if (Array.isArray(schema.enum)) {
      if (schema.enum.length === 0) throw new Unbuildable(`the enum of ${where(path)} is empty`);
      return schema.enum[0];
    }
    if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
    for (const key of ['anyOf', 'oneOf'] as const) if (Array.isArray(schema[key])) return this.firstAlternative(schema, key, depth, path);
    return this.ofType(schema, depth, path);
  }

  /** The first alternative that can be built (with the schema's own keywords applied to it). */
  private firstAlternative(schema: Schema, key: 'anyOf' | 'oneOf', depth: number, path: string): unknown {
    const alternatives = schema[key] as unknown[];
    const rest = { ...schema, [key]: undefined };
    let lastProblem = `${key} at ${where(path)} has no alternative`;
    for (const alternative of alternatives) {
      try {
        return this.value({ allOf: [rest, alternative] }, depth + 1, path);
      } catch (error) {
        if (!(error instanceof Unbuildable) || error instanceof TooComplex) throw error;
        lastProblem = error.message;
      }
    }
    throw new Unbuildable(lastProblem);
  }

  private ofType(schema: Schema, depth: number, path: string): unknown {
    const types = declaredTypes(schema);
    if (types && types.length === 0) throw new Unbuildable(`${where(path)} allows no type`);
    const type = types?.find((candidate) => candidate !== 'null') ?? types?.[0] ?? (schema.properties !== undefined ? 'object' : schema.items !== undefined ? 'array' : undefined);
    switch (type) {
      case 'object':
        return this.object(schema, depth, path);
      case 'array':
        return this.array(schema, depth, path);
      case 'string':
        return this.string(schema, path);
      case 'integer':
      case 'number':
        return this.number(schema, type === 'integer', path);
      case 'boolean':
        return false;
      case 'null':
        return null;
      default:
        if (type !== undefined && !(TYPES as readonly string[]).includes(type)) throw new Unbuildable(`${where(path)} has the unknown type "${type}"`);
        return 'a';
    }
  }

  object(schema: Schema, depth: number, path: string): Record<string, unknown> {
    const properties = asSchema(schema.properties) ?? {};
    const required = Array.isArray(schema.required) ? [...new Set(schema.required.filter((name): name is string => typeof name === 'string'))] : [];
    const maxProperties = num(schema.maxProperties);
    if (maxProperties !== undefined && required.length > maxProperties) throw new Unbuildable(`${where(path)} requires ${required.length} properties but allows at most ${maxProperties}`);
    const extra = schema.additionalProperties;
    const value: Record<string, unknown> = {};
    for (const name of required) {
      const own = Object.hasOwn(properties, name) ? properties[name] : extra === false ? false : extra;
      setProperty(value, name, this.value(own, depth + 1, path === '' ? name : `${path}.${name}`));
    }
    // Optional properties with a default are sent too: the author said what a typical call looks like.
    for (const [name, property] of Object.entries(properties)) {
      this.step();
      const defaulted = asSchema(property)?.default;
      if (!Object.hasOwn(value, name) && defaulted !== undefined) setProperty(value, name, defaulted);
    }
    return value;
  }

  private array(schema: Schema, depth: number, path: string): unknown[] {
    const minItems = Math.max(0, Math.ceil(num(schema.minItems) ?? 0));
    const maxItems = num(schema.maxItems);
    if (maxItems !== undefined && minItems > maxItems) throw new Unbuildable(`${where(path)} asks for at least ${minItems} items and at most ${maxItems}`);
    if (minItems > ARGUMENT_LIMITS.maxItems) throw new Unbuildable(`${where(path)} asks for at least ${minItems} items; check sends at most ${ARGUMENT_LIMITS.maxItems}`);
    // 2020-12 tuples are prefixItems + items; draft-07 tuples are an items array + additionalItems.
    const prefix = Array.isArray(schema.prefixItems) ? schema.prefixItems : Array.isArray(schema.items) ? schema.items : [];
    const rest = Array.isArray(schema.items) ? schema.additionalItems : schema.items;
    return Array.from({ length: minItems }, (_, index) => this.value(index < prefix.length ? prefix[index] : rest, depth + 1, `${path}[${index}]`));
  }

  private string(schema: Schema, path: string): string {
    const minLength = Math.max(0, Math.ceil(num(schema.minLength) ?? 0));
    const maxLength = num(schema.maxLength);
    if (maxLength !== undefined && minLength > maxLength) throw new Unbuildable(`${where(path)} asks for at least ${minLength} characters and at most ${maxLength}`);
    if (minLength > ARGUMENT_LIMITS.maxStringLength) throw new Unbuildable(`${where(path)} asks for at least ${minLength} characters; check sends at most ${ARGUMENT_LIMITS.maxStringLength}`);
    const formatted = typeof schema.format === 'string' ? FORMAT_SAMPLES[schema.format] : undefined;
    if (formatted !== undefined && formatted.length >= minLength && (maxLength === undefined || formatted.length <= maxLength)) return formatted;
    return 'a'.repeat(Math.max(minLength, maxLength === 0 ? 0 : 1));
  }

  private number(schema: Schema, integer: boolean, path: string): number {
    const exclusiveMinimum = num(schema.exclusiveMinimum);
    const exclusiveMaximum = num(schema.exclusiveMaximum);
    const minimum = num(schema.minimum) ?? (exclusiveMinimum === undefined ? undefined : exclusiveMinimum + (integer ? 1 : 0.5));
    const maximum = num(schema.maximum) ?? (exclusiveMaximum === undefined ? undefined : exclusiveMaximum - (integer ? 1 : 0.5));
    let value = minimum ?? (maximum !== undefined && maximum < 0 ? maximum : 0);
    if (integer) value = Math.ceil(value);
    const step = num(schema.multipleOf);
    if (step !== undefined && step > 0) value = Math.ceil(value / step) * step;
    if ((maximum !== undefined && value > maximum) || !Number.isFinite(value)) {
      throw new Unbuildable(`no ${integer ? 'integer' : 'number'} fits the bounds of ${where(path)} (minimum ${minimum ?? 'none'}, maximum ${maximum ?? 'none'}${step === undefined ? '' : `, multipleOf ${step}`})`);
    }
    return value;
  }

  /** The schema a `$ref` points at: only local ones (`#` and JSON pointers below it) are followed. */
  private resolve(ref: string, path: string): Schema {
    if (ref !== '#' && !ref.startsWith('#/')) throw new Unbuildable(`${where(path)} refers to ${ref}, which check does not fetch`);
    let target: unknown = this.root;
    for (const token of ref.slice(2).split('/').filter((part) => part !== '')) {
      const key = decodeURIComponent(token).replaceAll('~1', '/').replaceAll('~0', '~');
      const container = asSchema(target) ?? (Array.isArray(target) ? (target as unknown as Schema) : undefined);
      target = container && Object.hasOwn(container, key) ? container[key] : undefined;
    }
    const schema = target === true ? {} : asSchema(target);
    if (!schema) throw new Unbuildable(`the $ref ${ref} at ${where(path)} points at no schema`);
    return schema;
  }

  /** An allOf part with its own `$ref` followed, so merging sees its keywords. */
  private inlined(part: unknown, path: string): Schema {
    if (part === false) throw new Unbuildable(`allOf at ${where(path)} contains \`false\`: no value is valid`);
    let schema = asSchema(part) ?? {};
    for (let hops = 0; typeof schema.$ref === 'string'; hops++) {
      if (hops >= ARGUMENT_LIMITS.maxDepth) throw new Unbuildable(`the $ref chain at ${where(path)} does not end`);
      const { $ref, ...own } = schema;
      schema = { ...this.resolve($ref as string, path), ...own };
    }
    return schema;
  }

  private step(): void {
    if (++this.steps > ARGUMENT_LIMITS.maxSteps) throw new TooComplex(`the inputSchema is too complex (over ${ARGUMENT_LIMITS.maxSteps} steps to build the arguments)`);
  }

  private grow(amount: number): void {
    this.size += amount;
    if (this.size > ARGUMENT_LIMITS.maxTotalSize) throw new Unbuildable(`the arguments would exceed ${ARGUMENT_LIMITS.maxTotalSize} characters`);
  }
}

/** The arguments object for a tools/call of a tool with this inputSchema, or why check cannot make one. */
export type BuiltArguments = { ok: true; arguments: Record<string, unknown> } | { ok: false; problem: string };

/** Builds arguments for a tool; never throws, and returns quickly whatever the schema says. */
export function buildArguments(inputSchema: unknown): BuiltArguments {
  const schema = asSchema(inputSchema);
  if (!schema) return { ok: true, arguments: {} };
  try {
    // The arguments are always an object: a top-level default or example is not taken for them.
    const value = new ArgumentBuilder(schema).value({ ...schema, type: 'object', default: undefined, const: undefined, enum: undefined, examples: undefined }, 0, '');
    const record = asSchema(value);
    if (!record) return { ok: false, problem: `the inputSchema's default or constant is not an object (${JSON.stringify(value)?.slice(0, 80)})` };
    return { ok: true, arguments: record };
  } catch (error) {
    if (error instanceof Unbuildable) return { ok: false, problem: error.message };
    // A RangeError (stack, string length) from a schema no cap foresaw is still the schema's problem.
    return { ok: false, problem: `the inputSchema could not be read: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** The arguments for a tools/call; `{}` when none can be built (see buildArguments for why). */
export function sampleArguments(inputSchema: unknown): Record<string, unknown> {
  const built = buildArguments(inputSchema);
  return built.ok ? built.arguments : {};
}
