// The client-side task store: when a server sends a task-augmented sampling or elicitation request,
// the inspector is the task's receiver. The request waits in the inbox for the person as usual, and
// the server follows it with `tasks/get`, `tasks/result`, `tasks/list` and `tasks/cancel`, served from
// here. One store per connection attempt: a new session starts with no tasks.
// https://modelcontextprotocol.io/specification/2025-11-25/basic/utilities/tasks
import { randomUUID } from 'node:crypto';
import type { ServerRequestAnswer } from '../../../shared/serverRequests';
import { isTerminalStatus, RELATED_TASK_META_KEY, type TaskStatus } from '../../../shared/tasks';

/** The spec's code for an unknown task, a bad cursor, or cancelling a finished task. */
export const INVALID_PARAMS_CODE = -32602;
/** What the store suggests between two `tasks/get` of the server (ms). */
export const CLIENT_TASK_POLL_INTERVAL_MS = 1000;
/** Tasks listed per `tasks/list` page. */
export const TASKS_PAGE_SIZE = 50;
/** Ended tasks kept for late `tasks/get`/`tasks/result`; the oldest ended ones go first. */
const MAX_KEPT_TASKS = 500;

/** A task as the store serves it (the spec's `Task`, all fields set). */
export interface ClientTask {
  taskId: string;
  status: TaskStatus;
  statusMessage?: string;
  createdAt: string;
  lastUpdatedAt: string;
  ttl: number | null;
  pollInterval: number;
}

/** An error the SDK turns into the JSON-RPC error the server gets. */
export class TaskRequestError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

interface Entry {
  task: ClientTask;
  answer?: ServerRequestAnswer;
  /** `tasks/result` callers waiting for a terminal status. */
  waiters: ((answer: ServerRequestAnswer) => void)[];
  /** Aborted by `tasks/cancel`: the inbox stops waiting for the person. */
  controller: AbortController;
}

export interface ClientTaskStoreHooks {
  /** Called after every status change (the receiver may tell the requestor with `notifications/tasks/status`). */
  statusChanged?(task: ClientTask): void;
}

export class ClientTaskStore {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly hooks: ClientTaskStoreHooks = {},
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Creates a `working` task; its signal aborts when the server cancels it. */
  create(ttl: number | null): { task: ClientTask; signal: AbortSignal } {
    const at = this.now().toISOString();
    const task: ClientTask = { taskId: randomUUID(), status: 'working', createdAt: at, lastUpdatedAt: at, ttl, pollInterval: CLIENT_TASK_POLL_INTERVAL_MS };
    const entry: Entry = { task, waiters: [], controller: new AbortController() };
    this.entries.set(task.taskId, entry);
    this.forgetOldest();
    return { task: { ...task }, signal: entry.controller.signal };
  }

  /** The person's answer (or the inbox's error) ends the task: a result completes it, an error fails it. */
  finish(taskId: string, answer: ServerRequestAnswer): void {
    const entry = this.entries.get(taskId);
    if (!entry || isTerminalStatus(entry.task.status)) return;
    entry.answer = answer;
    if ('error' in answer) this.change(entry, 'failed', answer.error.message);
    else this.change(entry, 'completed');
    for (const waiter of entry.waiters.splice(0)) waiter(answer);
  }

  /** `tasks/get`. */
  get(taskId: string): ClientTask {
    return { ...this.entry(taskId).task };
  }

  /** `tasks/result`: waits for a terminal status, then the underlying request's result (or its error). */
  async result(taskId: string): Promise<Record<string, unknown>> {
    const entry = this.entry(taskId);
    const answer = entry.answer ?? (await new Promise<ServerRequestAnswer>((resolve) => entry.waiters.push(resolve)));
    if ('error' in answer) throw new TaskRequestError(answer.error.code, answer.error.message);
    const meta = typeof answer.result._meta === 'object' && answer.result._meta !== null ? answer.result._meta : {};
    return { ...answer.result, _meta: { ...meta, [RELATED_TASK_META_KEY]: { taskId } } };
  }

  /** `tasks/list`, oldest first; the cursor is the index to continue from. */
  list(cursor?: string): { tasks: ClientTask[]; nextCursor?: string } {
    const start = cursor === undefined ? 0 : Number(cursor);
    if (!Number.isInteger(start) || start < 0) throw new TaskRequestError(INVALID_PARAMS_CODE, `Invalid cursor: ${cursor}`);
    const all = [...this.entries.values()].map((entry) => ({ ...entry.task }));
    const end = start + TASKS_PAGE_SIZE;
    return { tasks: all.slice(start, end), ...(end < all.length ? { nextCursor: String(end) } : {}) };
  }

  /** `tasks/cancel`: a task already ended cannot be cancelled (the spec's -32602). */
  cancel(taskId: string): ClientTask {
    const entry = this.entry(taskId);
    if (isTerminalStatus(entry.task.status)) {
      throw new TaskRequestError(INVALID_PARAMS_CODE, `Cannot cancel task ${taskId}: it is already ${entry.task.status}`);
    }
    const answer: ServerRequestAnswer = { error: { code: INVALID_PARAMS_CODE, message: 'The task was cancelled' } };
    entry.answer = answer;
    this.change(entry, 'cancelled', 'Cancelled by the server (tasks/cancel)');
    entry.controller.abort('The server cancelled the task (tasks/cancel)');
    for (const waiter of entry.waiters.splice(0)) waiter(answer);
    return { ...entry.task };
  }

  private entry(taskId: string): Entry {
    const entry = this.entries.get(taskId);
    if (!entry) throw new TaskRequestError(INVALID_PARAMS_CODE, `Unknown task: ${taskId}`);
    return entry;
  }

  private change(entry: Entry, status: TaskStatus, statusMessage?: string): void {
    entry.task.status = status;
    entry.task.lastUpdatedAt = this.now().toISOString();
    if (statusMessage === undefined) delete entry.task.statusMessage;
    else entry.task.statusMessage = statusMessage;
    this.hooks.statusChanged?.({ ...entry.task });
  }

  private forgetOldest(): void {
    if (this.entries.size <= MAX_KEPT_TASKS) return;
    for (const [taskId, entry] of this.entries) {
      if (isTerminalStatus(entry.task.status)) {
        this.entries.delete(taskId);
        return;
      }
    }
  }
}
