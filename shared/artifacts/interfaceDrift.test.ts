// Drift classification on server-everything's real tool list (from a recorded session), changed the
// way new builds change it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSession, sessionConnections } from '../session';
import { interfaceDrift, type Definition, type ServerInterface } from './interfaceDrift';

const recording = path.resolve(import.meta.dirname, '../../e2e/assets/everything.session.jsonl');
const [connection] = sessionConnections(readSession(readFileSync(recording, 'utf8')).entries);
const listed = connection!.events.flatMap((event) => {
  const tools = event.kind === 'message' ? (event.message as { result?: { tools?: Definition[] } }).result?.tools : undefined;
  return tools ?? [];
});
const realTools: Definition[] = structuredClone(listed);
const base: ServerInterface = { tools: realTools, prompts: [{ name: 'greet', arguments: [{ name: 'who', required: false }] }], resources: [{ uri: 'demo://a', name: 'a', mimeType: 'text/plain' }], resourceTemplates: [] };
const withTools = (change: (tools: Definition[]) => Definition[]): ServerInterface => ({ ...base, tools: change(structuredClone(realTools)) });
const echo = (tools: Definition[]) => tools.find((tool) => tool.name === 'echo')!;

describe('interface drift', () => {
  it('finds nothing between a server and itself', () => {
    expect(realTools.length).toBeGreaterThan(5);
    expect(interfaceDrift(base, structuredClone(base))).toEqual([]);
  });

  it('calls a removed tool breaking and an added one not', () => {
    const drift = interfaceDrift(base, withTools((tools) => [...tools.filter((tool) => tool.name !== 'echo'), { name: 'shout', inputSchema: { type: 'object' } }]));
    expect(drift.map(({ kind, key, change, breaking }) => [kind, key, change, breaking])).toEqual([
      ['tool', 'echo', 'removed', true],
      ['tool', 'shout', 'added', false],
    ]);
  });

  it('calls a new required argument and a narrowed type breaking; a new optional one and a new description not', () => {
    const drift = interfaceDrift(
      base,
      withTools((tools) => {
        const schema = echo(tools).inputSchema as { properties: Record<string, Record<string, unknown>>; required?: string[] };
        schema.properties.loud = { type: 'boolean' };
        schema.properties.times = { type: 'integer' };
        schema.required = [...(schema.required ?? []), 'times'];
        echo(tools).description = 'Echoes back, now louder';
        return tools;
      }),
    );
    expect(drift).toHaveLength(1);
    expect(drift[0]).toMatchObject({ kind: 'tool', key: 'echo', change: 'changed', breaking: true });
    expect(drift[0]!.details.map(({ path, what, breaking }) => [path, what, breaking])).toEqual([
      ['description', 'description changed', false],
      ['inputSchema.properties.loud', 'optional property added', false],
      ['inputSchema.properties.times', 'required property added', true],
    ]);
    const narrowed = interfaceDrift(
      { ...base, tools: [{ name: 't', inputSchema: { type: 'object', properties: { n: { type: ['string', 'number'] }, mode: { enum: ['a', 'b'] } } } }] },
      { ...base, tools: [{ name: 't', inputSchema: { type: 'object', properties: { n: { type: 'string' }, mode: { enum: ['a', 'b', 'c'] } } } }] },
    );
    expect(narrowed[0]!.details.map(({ path, what, breaking }) => [path, what, breaking])).toEqual([
      ['inputSchema.properties.n.type', 'type narrowed from string|number to string', true],
      ['inputSchema.properties.mode.enum', 'allowed values widened', false],
    ]);
  });

  it('judges an output schema from the reader: a field removed or made optional breaks, one added does not', () => {
    const output = (properties: Record<string, unknown>, required: string[]) => ({ ...base, tools: [{ name: 't', inputSchema: { type: 'object' }, outputSchema: { type: 'object', properties, required } }] });
    const drift = interfaceDrift(output({ a: { type: 'string' }, b: { type: 'number' } }, ['a', 'b']), output({ a: { type: 'string' }, c: { type: 'number' } }, ['a']));
    expect(drift[0]!.details.map(({ path, what, breaking }) => [path, what, breaking])).toEqual([
      ['outputSchema.properties.b', 'property removed (it was required)', true],
      ['outputSchema.properties.c', 'optional property added', false],
    ]);
  });

  it('judges prompts by their arguments and resources by their MIME type', () => {
    const drift = interfaceDrift(base, {
      ...base,
      prompts: [{ name: 'greet', arguments: [{ name: 'who', required: true }] }],
      resources: [{ uri: 'demo://a', name: 'A', mimeType: 'application/json' }],
    });
    expect(drift.map(({ kind, key, breaking, details }) => [kind, key, breaking, details.map((detail) => detail.what)])).toEqual([
      ['prompt', 'greet', true, ['became required']],
      ['resource', 'demo://a', true, ['mimeType changed', 'name changed']],
    ]);
  });
});
