// One task: what it is, its latest status and message, ttl and poll interval, its status history,
// and (for a task the server runs) refresh, result and cancel; its result once fetched.
import type { ReactNode } from 'react';
import type { RequestOutcome } from '../../../../shared/inspectorProtocol';
import { isTerminalStatus } from '../../../../shared/tasks';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { formatTtl, statusBadge, taskTitle } from './taskFacts';
import { TaskHistoryView } from './TaskHistoryView';
import type { TaskRecord } from './taskLog';
import { TaskResultView } from './TaskResultView';
import { useTaskRequest } from './useTaskRequests';

export interface TaskDetailViewProps {
  connectionId: string;
  task: TaskRecord;
  connected: boolean;
  /** How to show the task's result (a tool call shows a tool result). */
  renderResult?: (outcome: RequestOutcome) => ReactNode;
}

function RequestError({ outcome }: { outcome: RequestOutcome | undefined }) {
  if (!outcome || outcome.ok) return null;
  return (
    <p role="alert" className="text-xs text-red-700 dark:text-red-400">
      {outcome.error.message} (code {outcome.error.code})
    </p>
  );
}

export function TaskDetailView({ connectionId, task, connected, renderResult }: TaskDetailViewProps) {
  const refresh = useTaskRequest(connectionId, 'tasks/get');
  const fetchResult = useTaskRequest(connectionId, 'tasks/result');
  const cancel = useTaskRequest(connectionId, 'tasks/cancel');
  const badge = statusBadge(task.latest.status);
  const terminal = isTerminalStatus(task.latest.status);
  const ours = task.receiver === 'server';
  return (
    <section aria-label={`Task ${task.taskId}`} className="flex flex-col gap-3">
      <header className="flex flex-wrap items-center gap-2">
        <h3 className="text-sm font-semibold">{taskTitle(task)}</h3>
        <span aria-label="Task status">
          <Badge tone={badge.tone} title={badge.title}>
            {badge.label}
          </Badge>
        </span>
        <Badge tone={ours ? 'accent' : 'info'} title={ours ? 'The server runs this task; the inspector polls it' : 'The inspector runs this task for the server'}>
          {ours ? 'run by the server' : 'run by the inspector'}
        </Badge>
      </header>
      {task.latest.statusMessage !== undefined && <p aria-label="Status message">{task.latest.statusMessage}</p>}
      <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-0.5 text-xs">
        <dt className="text-zinc-500">Task id</dt>
        <dd className="font-mono break-all">{task.taskId}</dd>
        <dt className="text-zinc-500">TTL</dt>
        <dd>{formatTtl(task.latest.ttl)}</dd>
        <dt className="text-zinc-500">Poll interval</dt>
        <dd>{task.latest.pollInterval === undefined ? 'not suggested' : `${task.latest.pollInterval} ms`}</dd>
        <dt className="text-zinc-500">Created</dt>
        <dd>{task.latest.createdAt ?? '—'}</dd>
        <dt className="text-zinc-500">Last updated</dt>
        <dd>{task.latest.lastUpdatedAt ?? '—'}</dd>
      </dl>
      <TaskHistoryView task={task} />
      {ours && (
        <div className="flex flex-wrap items-center gap-2">
          <Button className="h-6 text-xs" onClick={() => refresh.mutate(task.taskId)} disabled={!connected || refresh.isPending}>
            Refresh status
          </Button>
          <Button className="h-6 text-xs" onClick={() => fetchResult.mutate(task.taskId)} disabled={!connected || fetchResult.isPending}>
            {terminal ? 'Get result' : 'Wait for result'}
          </Button>
          <Button variant="danger" className="h-6 text-xs" onClick={() => cancel.mutate(task.taskId)} disabled={!connected || cancel.isPending || terminal}>
            Cancel task
          </Button>
        </div>
      )}
      {!ours && !terminal && <p className="text-xs text-zinc-500">The request waits for your answer in the inbox; the server polls this task until you answer.</p>}
      <RequestError outcome={refresh.data} />
      <RequestError outcome={cancel.data} />
      <RequestError outcome={fetchResult.data} />
      {task.resultSeq !== undefined && <TaskResultView connectionId={connectionId} task={task} render={renderResult} />}
    </section>
  );
}
