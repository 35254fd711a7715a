// How a JSON Schema changed, property by property, judged from the side that must keep working:
// for an input schema the client that sends values, for an output schema the client that reads them.
// A change is breaking when a value valid before may be refused now (input), or when a value a
// client relied on may be missing or of another type now (output). Covers what tool schemas use:
// `type`, `properties`, `required`, `enum`/`const`, `items`, and nesting through them.

export type SchemaRole = 'input' | 'output';

export interface SchemaChange {
  /** Where, as `inputSchema.properties.city`. */
  path: string;
  /** In words: "required property added", "type narrowed from string|number to string". */
  what: string;
  breaking: boolean;
  before?: unknown;
  after?: unknown;
}

const asRecord = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

/** The types a schema allows, or undefined when it does not say (any). `integer` is within `number`. */
function typesOf(schema: Record<string, unknown>): Set<string> | undefined {
  const { type } = schema;
  if (typeof type === 'string') return new Set([type]);
  if (Array.isArray(type)) return new Set(type.filter((entry): entry is string => typeof entry === 'string'));
  return undefined;
}

const allows = (types: Set<string> | undefined, type: string) => types === undefined || types.has(type) || (type === 'integer' && types.has('number'));
const sayTypes = (types: Set<string> | undefined) => (types === undefined ? 'any' : [...types].join('|'));
const stringsOf = (value: unknown) => (Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : []);
const enumOf = (schema: Record<string, unknown>): unknown[] | undefined => (Array.isArray(schema.enum) ? schema.enum : 'const' in schema ? [schema.const] : undefined);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
/** The keywords read above; a change to any other one is reported as such. */
const COMPARED = new Set(['type', 'enum', 'const', 'properties', 'required', 'items']);
const pick = (schema: Record<string, unknown>, keywords: readonly string[]) => Object.fromEntries(keywords.filter((keyword) => keyword in schema).map((keyword) => [keyword, schema[keyword]]));

function typeChange(path: string, before: Record<string, unknown>, after: Record<string, unknown>, role: SchemaRole): SchemaChange[] {
  const was = typesOf(before);
  const now = typesOf(after);
  if (sayTypes(was) === sayTypes(now)) return [];
  // Input: every type accepted before must still be; output: every type sent now must have been expected.
  const narrowed = was === undefined ? now !== undefined : [...was].some((type) => !allows(now, type));
  const widened = now === undefined ? was !== undefined : [...now].some((type) => !allows(was, type));
  const breaking = role === 'input' ? narrowed : widened;
  const word = narrowed && widened ? 'changed' : narrowed ? 'narrowed' : 'widened';
  return [{ path: `${path}.type`, what: `type ${word} from ${sayTypes(was)} to ${sayTypes(now)}`, breaking, before: before.type, after: after.type }];
}

function enumChange(path: string, before: Record<string, unknown>, after: Record<string, unknown>, role: SchemaRole): SchemaChange[] {
  const was = enumOf(before);
  const now = enumOf(after);
  if (same(was, now)) return [];
  const removed = was === undefined ? now !== undefined : was.some((value) => now !== undefined && !now.some((candidate) => same(candidate, value)));
  const added = now === undefined ? was !== undefined : now.some((value) => was !== undefined && !was.some((candidate) => same(candidate, value)));
  const breaking = role === 'input' ? removed : added;
  return [{ path: `${path}.enum`, what: `allowed values ${removed && added ? 'changed' : removed ? 'narrowed' : 'widened'}`, breaking, before: was, after: now }];
}

function propertyChanges(path: string, before: Record<string, unknown>, after: Record<string, unknown>, role: SchemaRole): SchemaChange[] {
  const was = asRecord(before.properties) ?? {};
  const now = asRecord(after.properties) ?? {};
  const requiredBefore = new Set(stringsOf(before.required));
  const requiredAfter = new Set(stringsOf(after.required));
  const changes: SchemaChange[] = [];
  for (const name of new Set([...Object.keys(was), ...Object.keys(now)])) {
    const at = `${path}.properties.${name}`;
    if (!(name in now)) {
      // Input: a client that sends it may be refused. Output: a client that reads it finds nothing.
      changes.push({ path: at, what: `property removed${requiredBefore.has(name) ? ' (it was required)' : ''}`, breaking: role === 'output' || requiredBefore.has(name) || after.additionalProperties === false, before: was[name] });
      continue;
    }
    if (!(name in was)) {
      const required = requiredAfter.has(name);
      changes.push({ path: at, what: required ? 'required property added' : 'optional property added', breaking: role === 'input' && required, after: now[name] });
      continue;
    }
    if (requiredBefore.has(name) !== requiredAfter.has(name)) {
      const nowRequired = requiredAfter.has(name);
      // Input: newly required breaks callers that left it out. Output: no longer required may be missing.
      changes.push({ path: at, what: nowRequired ? 'became required' : 'became optional', breaking: role === 'input' ? nowRequired : !nowRequired });
    }
    changes.push(...schemaDrift(at, asRecord(was[name]) ?? {}, asRecord(now[name]) ?? {}, role));
  }
  return changes;
}

/** Every change between two schemas at `path`, each judged breaking or not for `role`. */
export function schemaDrift(path: string, before: Record<string, unknown>, after: Record<string, unknown>, role: SchemaRole): SchemaChange[] {
  const changes = [...typeChange(path, before, after, role), ...enumChange(path, before, after, role), ...propertyChanges(path, before, after, role)];
  const itemsBefore = asRecord(before.items);
  const itemsAfter = asRecord(after.items);
  if (itemsBefore || itemsAfter) changes.push(...schemaDrift(`${path}.items`, itemsBefore ?? {}, itemsAfter ?? {}, role));
  // Anything else (a description, a pattern, a bound, a format, a $ref): reported by keyword for a
  // person to judge, not called breaking — which way a constraint moved is not read here.
  const others = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((keyword) => !COMPARED.has(keyword) && !same(before[keyword], after[keyword]));
  if (others.length > 0) changes.push({ path, what: `${others.join(', ')} changed`, breaking: false, before: pick(before, others), after: pick(after, others) });
  return changes;
}
