// Tasks (protocol 2025-11-25, experimental): a requestor adds `task: {ttl}` to a request, the receiver
// answers at once with a CreateTaskResult and the requestor polls `tasks/get` and fetches the outcome
// with `tasks/result`. Either side can be the receiver. What the proxy and the UI both need to read
// tasks from the wire, defensively (a peer sends anything).
// https://modelcontextprotocol.io/specification/2025-11-25/basic/utilities/tasks

/** The statuses the spec defines; the last three are terminal. */
export const TASK_STATUSES = ['working', 'input_required', 'completed', 'failed', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** `_meta` key that ties a message (e.g. a `tasks/result` answer) to its task. */
export const RELATED_TASK_META_KEY = 'io.modelcontextprotocol/related-task';

/** The methods of the task utility, in either direction. */
export const TASK_METHODS = ['tasks/get', 'tasks/result', 'tasks/list', 'tasks/cancel'] as const;
export const TASK_STATUS_NOTIFICATION = 'notifications/tasks/status';

/** A task as it crosses the wire (the spec's `Task`). */
export interface WireTask {
  taskId: string;
  /** A status outside the spec is kept as sent, so the UI can flag it. */
  status: string;
  statusMessage?: string;
  /** ISO 8601. */
  createdAt?: string;
  lastUpdatedAt?: string;
  /** ms the receiver keeps the task from its creation; null means unlimited. */
  ttl?: number | null;
  /** ms the receiver suggests between two `tasks/get`. */
  pollInterval?: number;
}

export function isTerminalStatus(status: string): boolean {
  return status === 'completed' || status === 'failed' || status === 'cancelled';
}

const asRecord = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

/** Reads a task (a `tasks/get` result, a status notification's params, a `tasks/list` item); undefined if it is none. */
export function readWireTask(value: unknown): WireTask | undefined {
  const record = asRecord(value);
  if (!record || typeof record.taskId !== 'string' || typeof record.status !== 'string') return undefined;
  const task: WireTask = { taskId: record.taskId, status: record.status };
  if (typeof record.statusMessage === 'string') task.statusMessage = record.statusMessage;
  if (typeof record.createdAt === 'string') task.createdAt = record.createdAt;
  if (typeof record.lastUpdatedAt === 'string') task.lastUpdatedAt = record.lastUpdatedAt;
  if (typeof record.ttl === 'number' || record.ttl === null) task.ttl = record.ttl;
  if (typeof record.pollInterval === 'number') task.pollInterval = record.pollInterval;
  return task;
}

/** The task of a CreateTaskResult (`{task: {...}}`), or undefined when the result is an ordinary one. */
export function createdTaskOf(result: unknown): WireTask | undefined {
  return readWireTask(asRecord(result)?.task);
}

/** The `task` field of a task-augmented request's params, or undefined when the request is a plain one. */
export function taskAugmentation(params: unknown): { ttl?: number } | undefined {
  const task = asRecord(asRecord(params)?.task);
  if (!task) return undefined;
  return typeof task.ttl === 'number' ? { ttl: task.ttl } : {};
}
