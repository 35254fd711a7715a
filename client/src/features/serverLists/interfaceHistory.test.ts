import { describe, expect, it } from 'vitest';
import type { RecordedEvent } from '../../../../shared/recordedEvent';
import { LogStore } from '../../api/logStore';
import { InterfaceHistory } from './interfaceHistory';

/** A connection's session as the log store pairs it, read by a history. */
function historyOf(build: (wire: Wire) => void) {
  const events: RecordedEvent[] = [];
  let nextId = 0;
  const push = (direction: 'outgoing' | 'incoming', message: unknown) =>
    events.push({ seq: events.length + 1, time: 1000 + events.length, connectionId: 'c1', kind: 'message', direction, message, size: 1 });
  const wire: Wire = {
    exchange(method, params, result) {
      const id = nextId++;
      push('outgoing', { jsonrpc: '2.0', id, method, params });
      push('incoming', { jsonrpc: '2.0', id, result });
    },
    notify: (method) => push('incoming', { jsonrpc: '2.0', method }),
    reconnect() {
      nextId = 0;
      events.push({ seq: events.length + 1, time: 1000 + events.length, connectionId: 'c1', kind: 'transport', event: { type: 'spawned', pid: 2, command: 'node' } });
    },
  };
  build(wire);
  const store = new LogStore(() => () => {});
  store.append(events);
  store.flush();
  const history = new InterfaceHistory();
  for (const entry of store.getSnapshot('c1').entries) if (entry) history.read(entry);
  return history.snapshot();
}

interface Wire {
  exchange(method: string, params: unknown, result: unknown): void;
  notify(method: string): void;
  reconnect(): void;
}

const tool = (name: string, description = `${name} does a thing`) => ({ name, description, inputSchema: { type: 'object' } });
const names = (definitions: ReadonlyMap<string, unknown> | undefined) => [...(definitions?.keys() ?? [])];

describe('InterfaceHistory', () => {
  it('keeps the first listing as the baseline, every page of it, and nothing listed after a list_changed', () => {
    const snapshot = historyOf((wire) => {
      wire.exchange('tools/list', {}, { tools: [tool('a'), tool('b')], nextCursor: 'p2' });
      wire.exchange('tools/list', { cursor: 'p2' }, { tools: [tool('c')] });
      wire.notify('notifications/tools/list_changed');
      wire.exchange('tools/list', {}, { tools: [tool('a', 'now something else'), tool('d')] });
    });
    expect(names(snapshot.baselines.tools?.definitions)).toEqual(['a', 'b', 'c']);
    expect(snapshot.baselines.tools?.definitions.get('a')).toMatchObject({ description: 'a does a thing' });
    expect(snapshot.baselines.tools?.complete).toBe(true);
  });

  it('says a baseline whose listing stopped before its last page is incomplete', () => {
    const snapshot = historyOf((wire) => wire.exchange('tools/list', {}, { tools: [tool('a')], nextCursor: 'p2' }));
    expect(snapshot.baselines.tools?.complete).toBe(false);
  });

  it('keeps the baseline across a reconnect of the same connection', () => {
    const snapshot = historyOf((wire) => {
      wire.exchange('prompts/list', {}, { prompts: [{ name: 'greet' }] });
      wire.reconnect();
      wire.exchange('prompts/list', {}, { prompts: [{ name: 'greet', description: 'restarted' }, { name: 'new' }] });
    });
    expect(names(snapshot.baselines.prompts?.definitions)).toEqual(['greet']);
  });

  it('settles resources and templates on resources/list_changed, and leaves tools open', () => {
    const snapshot = historyOf((wire) => {
      wire.exchange('resources/list', {}, { resources: [{ uri: 'a://1', name: 'one' }] });
      wire.exchange('resources/templates/list', {}, { resourceTemplates: [{ uriTemplate: 'a://{id}', name: 'by id' }] });
      wire.notify('notifications/resources/list_changed');
      wire.exchange('resources/list', {}, { resources: [{ uri: 'a://2', name: 'two' }] });
      wire.exchange('resources/templates/list', {}, { resourceTemplates: [{ uriTemplate: 'b://{id}', name: 'other' }] });
      wire.exchange('tools/list', {}, { tools: [tool('a')] });
    });
    expect(names(snapshot.baselines.resources?.definitions)).toEqual(['a://1']);
    expect(names(snapshot.baselines.resourceTemplates?.definitions)).toEqual(['a://{id}']);
    expect(names(snapshot.baselines.tools?.definitions)).toEqual(['a']);
  });

  it('has no baseline for a list never listed', () => {
    expect(historyOf((wire) => wire.notify('notifications/tools/list_changed')).baselines).toEqual({});
  });

  it('remembers for each called tool the definition listed when it was first called', () => {
    const snapshot = historyOf((wire) => {
      wire.exchange('tools/list', {}, { tools: [tool('a')] });
      wire.notify('notifications/tools/list_changed');
      wire.exchange('tools/list', {}, { tools: [tool('a', 'second wording')] });
      wire.exchange('tools/call', { name: 'a', arguments: {} }, { content: [] });
      wire.exchange('tools/list', {}, { tools: [tool('a', 'third wording')] });
      wire.exchange('tools/call', { name: 'a', arguments: {} }, { content: [] });
      wire.exchange('tools/call', { name: 'never-listed' }, { content: [] });
    });
    expect(snapshot.firstCalls.get('a')).toMatchObject({ description: 'second wording' });
    expect(snapshot.firstCalls.has('never-listed')).toBe(true);
    expect(snapshot.firstCalls.get('never-listed')).toBeUndefined();
  });

  it('gives the same snapshot until something it keeps changes', () => {
    const history = new InterfaceHistory();
    expect(history.snapshot()).toBe(history.snapshot());
  });
});
