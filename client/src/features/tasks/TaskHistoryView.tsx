// A task's status over time: every change of status or status message, when it was recorded and
// which message said so.
import { Badge } from '../../ui/Badge';
import { formatClockTime } from '../../ui/formatTime';
import { statusBadge } from './taskFacts';
import type { TaskRecord } from './taskLog';

const SOURCE_WORDS: Record<string, string> = {
  created: 'CreateTaskResult',
  'tasks/get': 'tasks/get',
  'tasks/list': 'tasks/list',
  'tasks/cancel': 'tasks/cancel',
  notification: 'notifications/tasks/status',
};

export function TaskHistoryView({ task }: { task: TaskRecord }) {
  return (
    <ol aria-label="Status history" className="flex flex-col gap-1 text-xs">
      {task.history.map((change) => {
        const badge = statusBadge(change.status);
        return (
          <li key={change.seq} className="flex flex-wrap items-center gap-2">
            <time className="font-mono text-zinc-500 tabular-nums">{formatClockTime(change.time)}</time>
            <Badge tone={badge.tone} title={badge.title}>
              {badge.label}
            </Badge>
            {change.statusMessage !== undefined && <span>{change.statusMessage}</span>}
            <span className="text-zinc-400">via {SOURCE_WORDS[change.source]}</span>
          </li>
        );
      })}
    </ol>
  );
}
