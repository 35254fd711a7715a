import { describe, expect, it } from 'vitest';
import { RELATED_TASK_META_KEY } from '../../../shared/tasks';
import { ClientTaskStore, INVALID_PARAMS_CODE, TASKS_PAGE_SIZE, type ClientTask } from './ClientTaskStore';

function storeWithClock() {
  let now = Date.parse('2026-01-01T00:00:00Z');
  const changes: ClientTask[] = [];
  const store = new ClientTaskStore({ statusChanged: (task) => changes.push(task) }, () => new Date(now));
  return { store, changes, tick: (ms: number) => (now += ms) };
}

const reply = { role: 'assistant', content: { type: 'text', text: 'hi' }, model: 'person' };

describe('ClientTaskStore', () => {
  it('creates a working task with the ttl and a poll interval, and lists it', () => {
    const { store } = storeWithClock();
    const { task } = store.create(300_000);
    expect(task).toMatchObject({ status: 'working', ttl: 300_000, createdAt: '2026-01-01T00:00:00.000Z', lastUpdatedAt: '2026-01-01T00:00:00.000Z' });
    expect(task.pollInterval).toBeGreaterThan(0);
    expect(store.get(task.taskId)).toEqual(task);
    expect(store.list().tasks.map((t) => t.taskId)).toEqual([task.taskId]);
  });

  it('completes on the answer: tasks/result waits for it and carries the related-task _meta', async () => {
    const { store, changes, tick } = storeWithClock();
    const { task } = store.create(1000);
    const result = store.result(task.taskId);
    tick(5000);
    store.finish(task.taskId, { result: reply });
    await expect(result).resolves.toEqual({ ...reply, _meta: { [RELATED_TASK_META_KEY]: { taskId: task.taskId } } });
    expect(store.get(task.taskId)).toMatchObject({ status: 'completed', lastUpdatedAt: '2026-01-01T00:00:05.000Z' });
    expect(changes.map((t) => t.status)).toEqual(['completed']);
    // A result fetched after the end is the same; a second answer changes nothing.
    store.finish(task.taskId, { error: { code: -1, message: 'too late' } });
    await expect(store.result(task.taskId)).resolves.toMatchObject(reply);
    expect(changes).toHaveLength(1);
  });

  it('fails on an error answer (a rejection, or nobody answering): tasks/result gives that error', async () => {
    const { store } = storeWithClock();
    const { task } = store.create(1000);
    store.finish(task.taskId, { error: { code: -32001, message: 'Nobody answered within 1000 ms' } });
    expect(store.get(task.taskId)).toMatchObject({ status: 'failed', statusMessage: 'Nobody answered within 1000 ms' });
    await expect(store.result(task.taskId)).rejects.toMatchObject({ code: -32001, message: 'Nobody answered within 1000 ms' });
  });

  it('cancels a working task (aborting its wait) and refuses to cancel an ended one', async () => {
    const { store, changes } = storeWithClock();
    const { task, signal } = store.create(1000);
    const result = store.result(task.taskId);
    expect(store.cancel(task.taskId)).toMatchObject({ status: 'cancelled' });
    expect(signal.aborted).toBe(true);
    await expect(result).rejects.toMatchObject({ code: INVALID_PARAMS_CODE });
    expect(() => store.cancel(task.taskId)).toThrow(/already cancelled/);
    // The inbox's error answer arriving after the cancellation does not change the status.
    store.finish(task.taskId, { error: { code: -32800, message: 'Cancelled by the server' } });
    expect(store.get(task.taskId).status).toBe('cancelled');
    expect(changes.map((t) => t.status)).toEqual(['cancelled']);
  });

  it('answers an unknown task id and a bad cursor with invalid params', () => {
    const { store } = storeWithClock();
    expect(() => store.get('nope')).toThrow(expect.objectContaining({ code: INVALID_PARAMS_CODE }));
    expect(() => store.list('x')).toThrow(expect.objectContaining({ code: INVALID_PARAMS_CODE }));
  });

  it('pages tasks/list with a cursor that continues where the last page ended', () => {
    const { store } = storeWithClock();
    const ids = Array.from({ length: TASKS_PAGE_SIZE + 3 }, () => store.create(null).task.taskId);
    const first = store.list();
    expect(first.tasks).toHaveLength(TASKS_PAGE_SIZE);
    const second = store.list(first.nextCursor);
    expect(second.nextCursor).toBeUndefined();
    expect([...first.tasks, ...second.tasks].map((t) => t.taskId)).toEqual(ids);
  });
});
