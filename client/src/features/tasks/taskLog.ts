// Every task of a connection, folded from its log (what crossed the wire), in either direction: tasks
// the server runs for us (a task-augmented `tools/call`) and tasks the inspector runs for the server
// (task-augmented sampling or elicitation). Status history comes from CreateTaskResults, `tasks/get`,
// `tasks/list`, `tasks/cancel` answers and `notifications/tasks/status`, each stamped with the time it
// was recorded, so the view survives tab switches and reloads and is the same in a reopened session.
// https://modelcontextprotocol.io/specification/2025-11-25/basic/utilities/tasks
import type { LogEntry, HeldLogEntries } from '../../api/logEntry';
import { createdTaskOf, readWireTask, TASK_STATUS_NOTIFICATION, taskAugmentation, type WireTask } from '../../../../shared/tasks';

/** Who runs the task: the server (we asked) or the inspector (the server asked). */
export type TaskReceiver = 'server' | 'client';

/** Where a status came from. */
export type TaskStatusSource = 'created' | 'tasks/get' | 'tasks/list' | 'tasks/cancel' | 'notification';

export interface TaskStatusChange {
  status: string;
  statusMessage?: string;
  /** When the inspector recorded it (ms), and the log event that said so. */
  time: number;
  seq: number;
  source: TaskStatusSource;
}

export interface TaskRecord {
  /** `receiver:taskId`, unique within the connection. */
  key: string;
  taskId: string;
  receiver: TaskReceiver;
  /** The task-augmented request that created it, when it is in the log. */
  origin?: { method: string; toolName?: string; requestSeq: number };
  /** The task as last reported. */
  latest: WireTask;
  /** One entry per change of status or status message, oldest first. */
  history: TaskStatusChange[];
  /** The seq of the last message that reported the task (changed or not): a poll was answered. */
  reportedSeq: number;
  /** The seq of the last `tasks/result` answer (result or error). */
  resultSeq?: number;
}

/** What the fold keeps of a request until its answer arrives. */
interface OpenRequest {
  method: string;
  params: Record<string, unknown>;
}

const asRecord = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

const TRACKED_METHODS = new Set(['tasks/get', 'tasks/result', 'tasks/list', 'tasks/cancel']);

/** Folds log entries one by one; `tasks` is a new array only after an entry that changed it. */
export class TaskLogFold {
  private readonly records = new Map<string, TaskRecord>();
  private readonly openRequests = new Map<number, OpenRequest>();
  tasks: readonly TaskRecord[] = [];

  /** Adds the entries from `from` up to `to`; returns whether the tasks changed. */
  addAll(entries: HeldLogEntries, from: number, to: number): boolean {
    let changed = false;
    for (let i = from; i < to; i++) {
      const entry = entries[i];
      if (entry && this.add(entry)) changed = true;
    }
    // Newest first.
    if (changed) this.tasks = [...this.records.values()].reverse();
    return changed;
  }

  private add(entry: LogEntry): boolean {
    const { event } = entry;
    if (event.kind === 'transport' && event.event.type === 'connecting') return this.reset();
    if (event.kind !== 'message' || entry.direction === undefined) return false;
    const message = asRecord(event.message) ?? {};
    // Requests we sent are answered by the server (it is the receiver), and the other way round.
    const receiver: TaskReceiver = (entry.kind === 'request') === (entry.direction === 'outgoing') ? 'server' : 'client';
    if (entry.kind === 'request' && entry.method !== undefined) {
      const params = asRecord(message.params) ?? {};
      if (TRACKED_METHODS.has(entry.method) || taskAugmentation(params)) this.openRequests.set(entry.seq, { method: entry.method, params });
      return false;
    }
    if (entry.kind === 'notification' && entry.method === TASK_STATUS_NOTIFICATION) {
      const task = readWireTask(message.params);
      return task ? this.report(receiver, task, entry, 'notification') : false;
    }
    if ((entry.kind !== 'response' && entry.kind !== 'error') || entry.pairSeq === undefined) return false;
    const request = this.openRequests.get(entry.pairSeq);
    if (!request) return false;
    this.openRequests.delete(entry.pairSeq);
    return this.answer(receiver, request, entry, entry.pairSeq, entry.kind === 'response' ? message.result : undefined);
  }

  private answer(receiver: TaskReceiver, request: OpenRequest, entry: LogEntry, requestSeq: number, result: unknown): boolean {
    switch (request.method) {
      case 'tasks/result': {
        const record = typeof request.params.taskId === 'string' ? this.records.get(`${receiver}:${request.params.taskId}`) : undefined;
        if (!record) return false;
        record.resultSeq = entry.seq;
        return true;
      }
      case 'tasks/list': {
        const listed = Array.isArray(asRecord(result)?.tasks) ? (asRecord(result)?.tasks as unknown[]) : [];
        let changed = false;
        for (const item of listed) {
          const task = readWireTask(item);
          if (task && this.report(receiver, task, entry, 'tasks/list')) changed = true;
        }
        return changed;
      }
      case 'tasks/get':
      case 'tasks/cancel': {
        const task = readWireTask(result);
        return task ? this.report(receiver, task, entry, request.method) : false;
      }
      default: {
        const task = createdTaskOf(result);
        if (!task) return false;
        const toolName = request.method === 'tools/call' && typeof request.params.name === 'string' ? request.params.name : undefined;
        return this.report(receiver, task, entry, 'created', { method: request.method, ...(toolName === undefined ? {} : { toolName }), requestSeq });
      }
    }
  }

  /** Records what a message said of a task; a change of status or message extends its history. */
  private report(receiver: TaskReceiver, task: WireTask, entry: LogEntry, source: TaskStatusSource, origin?: TaskRecord['origin']): boolean {
    const key = `${receiver}:${task.taskId}`;
    const change: TaskStatusChange = {
      status: task.status,
      ...(task.statusMessage === undefined ? {} : { statusMessage: task.statusMessage }),
      time: entry.time,
      seq: entry.seq,
      source,
    };
    const record = this.records.get(key);
    if (!record) {
      this.records.set(key, { key, taskId: task.taskId, receiver, ...(origin ? { origin } : {}), latest: task, history: [change], reportedSeq: entry.seq });
      return true;
    }
    const last = record.history.at(-1);
    record.latest = { ...record.latest, ...task };
    if (origin && !record.origin) record.origin = origin;
    if (!last || last.status !== change.status || last.statusMessage !== change.statusMessage) record.history = [...record.history, change];
    this.records.set(key, { ...record, reportedSeq: entry.seq });
    return true;
  }

  /** A new connection attempt is a new session: its tasks are not the old ones. */
  private reset(): boolean {
    const had = this.records.size > 0;
    this.records.clear();
    this.openRequests.clear();
    return had;
  }
}
