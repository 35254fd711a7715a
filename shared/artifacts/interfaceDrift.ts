// Interface drift between two snapshots of a server's interface (its tools, prompts, resources and
// resource templates): what was added, removed or changed, each change classified breaking or not for
// a client built against the first. Pure: `mcp-inspect diff` compares session files or a live server
// with it, and the UI marks what a `list_changed` re-fetch changed.
import { schemaDrift, type SchemaChange } from './schemaDrift';

export type Definition = Record<string, unknown>;

/** What a server offers, as its list results give it. */
export interface ServerInterface {
  tools: Definition[];
  prompts: Definition[];
  resources: Definition[];
  resourceTemplates: Definition[];
}

export type InterfaceKind = 'tool' | 'prompt' | 'resource' | 'resourceTemplate';

export interface DefinitionDrift {
  kind: InterfaceKind;
  /** The tool or prompt name, the resource URI, the template's uriTemplate. */
  key: string;
  change: 'added' | 'removed' | 'changed';
  breaking: boolean;
  /** For `changed`: each difference, with its own verdict. */
  details: SchemaChange[];
}

const KINDS: readonly { kind: InterfaceKind; list: keyof ServerInterface; key: string }[] = [
  { kind: 'tool', list: 'tools', key: 'name' },
  { kind: 'prompt', list: 'prompts', key: 'name' },
  { kind: 'resource', list: 'resources', key: 'uri' },
  { kind: 'resourceTemplate', list: 'resourceTemplates', key: 'uriTemplate' },
];

const asRecord = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Fields a person reads but no client logic depends on: a change is reported, never breaking. */
function wordingChanges(before: Definition, after: Definition, fields: readonly string[]): SchemaChange[] {
  return fields.filter((field) => !same(before[field], after[field])).map((field) => ({ path: field, what: `${field} changed`, breaking: false, before: before[field], after: after[field] }));
}

function promptArgumentChanges(before: Definition, after: Definition): SchemaChange[] {
  const byName = (definition: Definition) => new Map((Array.isArray(definition.arguments) ? definition.arguments : []).flatMap((argument) => (typeof asRecord(argument)?.name === 'string' ? [[asRecord(argument)!.name as string, asRecord(argument)!] as const] : [])));
  const was = byName(before);
  const now = byName(after);
  const changes: SchemaChange[] = [];
  for (const name of new Set([...was.keys(), ...now.keys()])) {
    const path = `arguments.${name}`;
    const wasRequired = was.get(name)?.required === true;
    const nowRequired = now.get(name)?.required === true;
    if (!now.has(name)) changes.push({ path, what: 'argument removed', breaking: true, before: was.get(name) });
    else if (!was.has(name)) changes.push({ path, what: nowRequired ? 'required argument added' : 'optional argument added', breaking: nowRequired, after: now.get(name) });
    else if (wasRequired !== nowRequired) changes.push({ path, what: nowRequired ? 'became required' : 'became optional', breaking: nowRequired });
    else changes.push(...wordingChanges(was.get(name)!, now.get(name)!, ['description', 'title']).map((change) => ({ ...change, path: `${path}.${change.path}` })));
  }
  return changes;
}

function schemaChanges(field: 'inputSchema' | 'outputSchema', before: Definition, after: Definition): SchemaChange[] {
  const was = asRecord(before[field]);
  const now = asRecord(after[field]);
  if (!was && !now) return [];
  const role = field === 'inputSchema' ? 'input' : 'output';
  // An output schema withdrawn leaves clients that read structuredContent with no contract.
  if (!now) return [{ path: field, what: `${field} removed`, breaking: role === 'output', before: was }];
  if (!was) return [{ path: field, what: `${field} added`, breaking: role === 'input' && (Array.isArray(now.required) && now.required.length > 0), after: now }];
  return schemaDrift(field, was, now, role);
}

/** The changes of one definition kept under the same key. */
export function definitionChanges(kind: InterfaceKind, before: Definition, after: Definition): SchemaChange[] {
  switch (kind) {
    case 'tool':
      return [...wordingChanges(before, after, ['title', 'description', 'annotations', 'icons', '_meta']), ...schemaChanges('inputSchema', before, after), ...schemaChanges('outputSchema', before, after)];
    case 'prompt':
      return [...wordingChanges(before, after, ['title', 'description', 'icons', '_meta']), ...promptArgumentChanges(before, after)];
    case 'resource':
    case 'resourceTemplate': {
      const mime = same(before.mimeType, after.mimeType) ? [] : [{ path: 'mimeType', what: 'mimeType changed', breaking: true, before: before.mimeType, after: after.mimeType }];
      return [...mime, ...wordingChanges(before, after, ['name', 'title', 'description', 'annotations', 'size', 'icons', '_meta'])];
    }
  }
}

/** Definitions by key; a key listed twice keeps its first definition, as a client would see first. */
function keyed(definitions: readonly Definition[], key: string): Map<string, Definition> {
  const map = new Map<string, Definition>();
  for (const definition of definitions) if (typeof definition[key] === 'string' && !map.has(definition[key])) map.set(definition[key], definition);
  return map;
}

/** Everything that differs from `before` to `after`, in list order (kinds as above, then key). */
export function interfaceDrift(before: ServerInterface, after: ServerInterface): DefinitionDrift[] {
  const drift: DefinitionDrift[] = [];
  for (const { kind, list, key } of KINDS) {
    const was = keyed(before[list], key);
    const now = keyed(after[list], key);
    for (const name of [...new Set([...was.keys(), ...now.keys()])].sort()) {
      const old = was.get(name);
      const current = now.get(name);
      if (!current) drift.push({ kind, key: name, change: 'removed', breaking: true, details: [] });
      else if (!old) drift.push({ kind, key: name, change: 'added', breaking: false, details: [] });
      else {
        const details = definitionChanges(kind, old, current);
        if (details.length > 0) drift.push({ kind, key: name, change: 'changed', breaking: details.some((detail) => detail.breaking), details });
      }
    }
  }
  return drift;
}
