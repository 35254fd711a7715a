// Plain facts about a task for the views: the tone of its status, its outcome read from the log, and
// how its times and durations read.
import type { RequestOutcome } from '../../../../shared/inspectorProtocol';
import type { RecordedEvent } from '../../../../shared/recordedEvent';
import { TASK_STATUSES } from '../../../../shared/tasks';
import type { BadgeTone } from '../../ui/Badge';
import type { TaskRecord } from './taskLog';

const TONES: Record<string, BadgeTone> = { working: 'info', input_required: 'warning', completed: 'success', failed: 'danger', cancelled: 'neutral' };

/** The badge of a status; one outside the spec is flagged rather than passed off as known. */
export function statusBadge(status: string): { label: string; tone: BadgeTone; title?: string } {
  if ((TASK_STATUSES as readonly string[]).includes(status)) return { label: status, tone: TONES[status] ?? 'neutral' };
  return { label: `${status}?`, tone: 'warning', title: `"${status}" is not a task status of the spec (${TASK_STATUSES.join(', ')})` };
}

/** The `tasks/result` answer recorded in the log, as the outcome of the original request. */
export function outcomeOfResult(event: RecordedEvent | undefined, createdAt: number | undefined): RequestOutcome | undefined {
  if (event?.kind !== 'message') return undefined;
  const message = event.message as { result?: unknown; error?: { code?: unknown; message?: unknown; data?: unknown } };
  const durationMs = createdAt === undefined ? 0 : Math.max(0, event.time - createdAt);
  if (message.error !== undefined) {
    const { code, message: text, data } = message.error;
    return { ok: false, error: { code: typeof code === 'number' ? code : 0, message: typeof text === 'string' ? text : '(no message)', ...(data === undefined ? {} : { data }) }, durationMs };
  }
  return { ok: true, result: message.result, durationMs };
}

/** "60 s", "5 min", "unlimited": how long the receiver keeps the task. */
export function formatTtl(ttl: number | null | undefined): string {
  if (ttl === null) return 'unlimited';
  if (ttl === undefined) return 'not stated';
  if (ttl % 60_000 === 0 && ttl >= 60_000) return `${ttl / 60_000} min`;
  return ttl >= 1000 ? `${(ttl / 1000).toFixed(ttl % 1000 === 0 ? 0 : 1)} s` : `${ttl} ms`;
}

/** What the task is, in a few words. */
export function taskTitle(task: TaskRecord): string {
  if (task.origin?.toolName !== undefined) return `${task.origin.toolName} (tools/call)`;
  if (task.origin) return task.origin.method;
  return task.receiver === 'server' ? 'Listed by the server' : 'Client-side task';
}
