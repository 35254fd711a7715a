import { describe, expect, it } from 'vitest';
import { LogStore } from '../../api/logStore';
import type { Direction, RecordedEvent } from '../../../../shared/recordedEvent';
import { TaskLogFold } from './taskLog';

/** A log fed message by message, and the fold over it. */
function logOf() {
  const store = new LogStore((flush) => {
    flush();
    return () => {};
  });
  let seq = 0;
  const fold = new TaskLogFold();
  let folded = 0;
  const send = (direction: Direction, message: Record<string, unknown>) => {
    seq++;
    const event: RecordedEvent = { seq, time: seq * 1000, connectionId: 'c1', kind: 'message', direction, message: { jsonrpc: '2.0', ...message }, size: 1 };
    store.append([event]);
    const snapshot = store.getSnapshot('c1');
    fold.addAll(snapshot.entries, folded, snapshot.count);
    folded = snapshot.count;
  };
  return { send, fold, connecting: () => store.append([{ seq: ++seq, time: 0, connectionId: 'c1', kind: 'transport', event: { type: 'connecting', transport: 'stdio' } }]) };
}

const task = (status: string, statusMessage?: string) => ({ taskId: 't1', status, ttl: 60000, createdAt: '2026-01-01T00:00:00Z', lastUpdatedAt: '2026-01-01T00:00:00Z', pollInterval: 500, ...(statusMessage ? { statusMessage } : {}) });

describe('TaskLogFold', () => {
  it('follows a task-augmented tools/call from its CreateTaskResult through polls to its result', () => {
    const { send, fold } = logOf();
    send('outgoing', { id: 1, method: 'tools/call', params: { name: 'research', arguments: {}, task: { ttl: 60000 } } });
    send('incoming', { id: 1, result: { task: task('working', 'Gathering') } });
    send('outgoing', { id: 2, method: 'tasks/get', params: { taskId: 't1' } });
    send('incoming', { id: 2, result: task('working', 'Gathering') });
    send('incoming', { method: 'notifications/tasks/status', params: task('working', 'Writing') });
    send('outgoing', { id: 3, method: 'tasks/get', params: { taskId: 't1' } });
    send('incoming', { id: 3, result: task('completed', 'Writing') });
    send('outgoing', { id: 4, method: 'tasks/result', params: { taskId: 't1' } });
    send('incoming', { id: 4, result: { content: [] } });
    expect(fold.tasks).toHaveLength(1);
    const [record] = fold.tasks;
    expect(record).toMatchObject({ key: 'server:t1', receiver: 'server', origin: { method: 'tools/call', toolName: 'research', requestSeq: 1 }, resultSeq: 9 });
    expect(record!.latest).toMatchObject({ status: 'completed', ttl: 60000, pollInterval: 500 });
    // An unchanged poll adds no history; a new message or status does.
    expect(record!.history.map((h) => [h.status, h.statusMessage, h.source, h.time])).toEqual([
      ['working', 'Gathering', 'created', 2000],
      ['working', 'Writing', 'notification', 5000],
      ['completed', 'Writing', 'tasks/get', 7000],
    ]);
  });

  it('sees the inspector as the receiver of a task-augmented request from the server', () => {
    const { send, fold } = logOf();
    send('incoming', { id: 'a', method: 'sampling/createMessage', params: { messages: [], maxTokens: 5, task: { ttl: 1000 } } });
    send('outgoing', { id: 'a', result: { task: task('working') } });
    send('incoming', { id: 'b', method: 'tasks/get', params: { taskId: 't1' } });
    send('outgoing', { id: 'b', result: task('working') });
    send('outgoing', { method: 'notifications/tasks/status', params: task('completed') });
    expect(fold.tasks.map((t) => [t.key, t.origin?.method, t.latest.status])).toEqual([['client:t1', 'sampling/createMessage', 'completed']]);
  });

  it('lists tasks the server reports in tasks/list, cancels, and forgets them on a new attempt', () => {
    const { send, fold, connecting } = logOf();
    send('outgoing', { id: 1, method: 'tasks/list', params: {} });
    send('incoming', { id: 1, result: { tasks: [task('working'), { ...task('failed'), taskId: 't2' }, { nonsense: true }] } });
    expect(fold.tasks.map((t) => t.taskId).sort()).toEqual(['t1', 't2']);
    send('outgoing', { id: 2, method: 'tasks/cancel', params: { taskId: 't1' } });
    send('incoming', { id: 2, result: task('cancelled') });
    expect(fold.tasks.find((t) => t.taskId === 't1')?.history.map((h) => h.status)).toEqual(['working', 'cancelled']);
    connecting();
    send('outgoing', { id: 1, method: 'ping' });
    expect(fold.tasks).toEqual([]);
  });

  it('ignores ordinary results and errors of task requests', () => {
    const { send, fold } = logOf();
    send('outgoing', { id: 1, method: 'tools/call', params: { name: 'echo', arguments: {} } });
    send('incoming', { id: 1, result: { content: [] } });
    send('outgoing', { id: 2, method: 'tasks/get', params: { taskId: 'nope' } });
    send('incoming', { id: 2, error: { code: -32602, message: 'Unknown task' } });
    expect(fold.tasks).toEqual([]);
  });
});
