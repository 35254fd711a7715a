// Follows a task the server runs for us until it ends: `tasks/get` every `pollInterval` (what the
// server suggests, within sane bounds), at once on a status notification, then `tasks/result` once
// (or as soon as the task needs input).
// Runs while a view showing the task is visible; what it learns lands in the log, and so in the fold.
import { useEffect } from 'react';
import { isTerminalStatus } from '../../../../shared/tasks';
import { useInspectorApi } from '../../api/useInspectorApi';
import type { TaskRecord } from './taskLog';

/** Bounds on the server's suggested poll interval (ms): never hammer it, never look stuck. */
export const MIN_POLL_MS = 250;
export const MAX_POLL_MS = 10_000;
export const DEFAULT_POLL_MS = 1000;

/** The wait before the next `tasks/get`, honouring the server's `pollInterval`. */
export function pollDelay(pollInterval: number | undefined): number {
  if (pollInterval === undefined || !Number.isFinite(pollInterval)) return DEFAULT_POLL_MS;
  return Math.min(MAX_POLL_MS, Math.max(MIN_POLL_MS, pollInterval));
}

// One `tasks/result` per task, phase and page, whichever view asks first (several may show the same task).
const resultRequested = new Set<string>();
// Tasks whose `tasks/result` is still open: the answer to that one call brings the result.
const resultOpen = new Set<string>();

export function useTaskFollower(connectionId: string, task: TaskRecord | undefined, enabled: boolean): void {
  const api = useInspectorApi();
  const follow = enabled && task !== undefined && task.receiver === 'server';
  const status = task?.latest.status;
  const reportedSeq = task?.reportedSeq;
  const terminal = status !== undefined && isTerminalStatus(status);
  // A cancelled task has no result worth fetching; a failed one has its error. A task that needs input
  // gets its `tasks/result` at once: the spec's receiver sends its own requests (e.g. an elicitation)
  // while that call is open, and answers it when the task ends.
  const fetchPhase = status === 'completed' || status === 'failed' ? 'final' : status === 'input_required' ? 'input' : undefined;
  const taskId = task?.taskId;
  const pollInterval = task?.latest.pollInterval;
  const hasResult = task?.resultSeq !== undefined;

  useEffect(() => {
    if (!follow || taskId === undefined || terminal) return;
    // Re-armed by every change the log shows (a poll's answer, a notification), so one poll at a time.
    const timer = setTimeout(() => void api.request({ connectionId, method: 'tasks/get', params: { taskId } }), pollDelay(pollInterval));
    return () => clearTimeout(timer);
  }, [api, connectionId, follow, taskId, terminal, pollInterval, reportedSeq, status]);

  useEffect(() => {
    if (!follow || taskId === undefined || fetchPhase === undefined || hasResult) return;
    const task = `${connectionId}:${taskId}`;
    const key = `${task}:${fetchPhase}`;
    if (resultRequested.has(key) || resultOpen.has(task)) return;
    resultRequested.add(key);
    resultOpen.add(task);
    void api.request({ connectionId, method: 'tasks/result', params: { taskId } }).finally(() => resultOpen.delete(task));
  }, [api, connectionId, follow, taskId, fetchPhase, hasResult]);
}
