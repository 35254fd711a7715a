import { describe, expect, it } from 'vitest';
import type { RecordedEvent } from '../../../shared/recordedEvent';
import { toLogEntry, type LogEntry } from './logEntry';
import { compileLogFilter, EMPTY_LOG_FILTER, isErrorEntry, mentionsPinned, tokenizeLogQuery, type LogFilter } from './logStoreQuery';
import { searchTextOf } from './logStoreView';

let seq = 0;
const message = (direction: 'outgoing' | 'incoming', body: unknown): LogEntry => {
  const event: RecordedEvent = { seq: ++seq, time: seq, connectionId: 'c', kind: 'message', direction, message: body, size: 10 };
  return toLogEntry(event);
};
const stderr = (text: string): LogEntry => toLogEntry({ seq: ++seq, time: seq, connectionId: 'c', kind: 'stderr', text });

const callEcho = message('outgoing', { jsonrpc: '2.0', id: 7, method: 'tools/call', params: { name: 'echo', arguments: { message: 'Hello' } } });
const listTools = message('outgoing', { jsonrpc: '2.0', id: 8, method: 'tools/list' });
const readResource = message('outgoing', { jsonrpc: '2.0', id: 70, method: 'resources/read', params: { uri: 'demo://x' } });
const failed = message('incoming', { jsonrpc: '2.0', id: 8, error: { code: -32601, message: 'Method not found' } });
const toolError = message('incoming', { jsonrpc: '2.0', id: 7, result: { content: [], isError: true } });
const progress = message('incoming', { jsonrpc: '2.0', method: 'notifications/progress', params: { progressToken: 1, progress: 2 } });
const warning = stderr('WARNING: disk almost full');
const all = [callEcho, listTools, readResource, failed, toolError, progress, warning];

function select(filter: Partial<LogFilter>): LogEntry[] {
  const compiled = compileLogFilter({ ...EMPTY_LOG_FILTER, ...filter });
  expect(compiled.errors).toEqual([]);
  return all.filter((entry) => compiled.matches(entry, searchTextOf));
}

describe('log query', () => {
  it('tokenizes keyed terms, negations and quoted phrases', () => {
    expect(tokenizeLogQuery(' method:tools/call  id:7 -kind:stderr "disk almost" method:"a b" ')).toEqual([
      'method:tools/call',
      'id:7',
      '-kind:stderr',
      'disk almost',
      'method:a b',
    ]);
  });

  it('lets everything through when empty', () => {
    expect(compileLogFilter(EMPTY_LOG_FILTER).matchesAll).toBe(true);
    expect(select({})).toHaveLength(all.length);
  });

  it('matches methods exactly or by * pattern, and ids as written', () => {
    expect(select({ query: 'method:tools/call' })).toEqual([callEcho]);
    expect(select({ query: 'method:tools/*' })).toEqual([callEcho, listTools]);
    expect(select({ query: 'id:7' })).toEqual([callEcho, toolError]);
    expect(select({ query: 'id:70' })).toEqual([readResource]);
  });

  it('ORs terms with the same key and ANDs different keys and words', () => {
    expect(select({ query: 'method:tools/list method:resources/read' })).toEqual([listTools, readResource]);
    expect(select({ query: 'method:tools/* id:8' })).toEqual([listTools]);
    expect(select({ query: 'kind:request hello' })).toEqual([callEcho]);
  });

  it('searches message JSON and stream text case-insensitively, and negates with -', () => {
    expect(select({ query: 'HELLO' })).toEqual([callEcho]);
    expect(select({ query: '"disk almost"' })).toEqual([warning]);
    expect(select({ query: '-kind:request -kind:stderr' })).toEqual([failed, toolError, progress]);
  });

  it('applies the toggles: errors only, direction and kinds', () => {
    expect(select({ errorsOnly: true })).toEqual([failed, toolError]);
    expect(select({ direction: 'incoming' })).toEqual([failed, toolError, progress, warning]);
    expect(select({ direction: 'outgoing', query: 'method:tools/list' })).toEqual([listTools]);
    expect(select({ kinds: ['notification', 'stderr'] })).toEqual([progress, warning]);
    expect(select({ query: 'is:error dir:in' })).toEqual([failed, toolError]);
  });

  it('matches pinned rows with is:pinned (and the rest with -is:pinned)', () => {
    // An exchange is pinned by its request: its answer matches too.
    const answer = { ...failed, pairSeq: listTools.seq };
    const entries = [...all, answer];
    const pinned = new Set([listTools.seq, warning.seq]);
    const matching = (query: string) => {
      const compiled = compileLogFilter({ ...EMPTY_LOG_FILTER, query }, pinned);
      return entries.filter((entry) => compiled.matches(entry, searchTextOf));
    };
    expect(matching('is:pinned')).toEqual([listTools, warning, answer]);
    expect(matching('is:pinned kind:stderr')).toEqual([warning]);
    expect(matching('-is:pinned')).toEqual(all.filter((entry) => !pinned.has(entry.seq)));
    expect(select({ query: 'is:pinned' })).toEqual([]);
    expect(mentionsPinned('method:tools/* -is:pinned')).toBe(true);
    expect(mentionsPinned('pinned is:error')).toBe(false);
  });

  it('finds MCP App traffic by kind:app, apart from the server\'s messages', () => {
    const appRow = toLogEntry({ seq: 900, time: 900, connectionId: 'c', kind: 'app', direction: 'from-app', resourceUri: 'ui://a', message: { jsonrpc: '2.0', id: 1, method: 'tools/call' }, size: 1 });
    const serverRow = toLogEntry({ seq: 901, time: 901, connectionId: 'c', kind: 'message', direction: 'outgoing', message: { jsonrpc: '2.0', id: 1, method: 'tools/call' }, size: 1 });
    const { matches, errors } = compileLogFilter({ ...EMPTY_LOG_FILTER, query: 'kind:app' });
    expect(errors).toEqual([]);
    expect([appRow, serverRow].filter((entry) => matches(entry, searchTextOf))).toEqual([appRow]);
  });

  it('names what it does not understand and then matches nothing', () => {
    const compiled = compileLogFilter({ ...EMPTY_LOG_FILTER, query: 'kind:bogus dir:up is:odd' });
    expect(compiled.errors).toEqual([
      'Unknown kind "bogus" (one of request, response, error, notification, invalid, stderr, stdout, transport, fault, app)',
      'Unknown direction "up" (in or out)',
      'Unknown "is:odd" (is:error, is:pending or is:pinned)',
    ]);
    expect(all.some((entry) => compiled.matches(entry, searchTextOf))).toBe(false);
  });

  it('treats an unknown prefix as text, so URIs can be searched', () => {
    expect(select({ query: 'demo://x' })).toEqual([readResource]);
  });

  it('counts failed transport events and tool results as errors', () => {
    const exited = toLogEntry({ seq: 1, time: 1, connectionId: 'c', kind: 'transport', event: { type: 'exited', code: 1, signal: null } });
    const cleanExit = toLogEntry({ seq: 1, time: 1, connectionId: 'c', kind: 'transport', event: { type: 'exited', code: 0, signal: null } });
    expect([isErrorEntry(exited), isErrorEntry(cleanExit), isErrorEntry(toolError), isErrorEntry(progress)]).toEqual([true, false, true, false]);
  });
});
