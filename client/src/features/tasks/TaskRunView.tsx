// A request that came back as a task (e.g. a task-augmented tools/call): the task followed to its end
// (polling `tasks/get` at the server's pace, then `tasks/result`), shown where the request was made.
import type { ReactNode } from 'react';
import type { RequestOutcome } from '../../../../shared/inspectorProtocol';
import type { WireTask } from '../../../../shared/tasks';
import { TaskDetailView } from './TaskDetailView';
import { useConnectionTask } from './useConnectionTasks';
import { useTaskFollower } from './useTaskFollower';

export interface TaskRunViewProps {
  connectionId: string;
  /** The task of the CreateTaskResult. */
  created: WireTask;
  connected: boolean;
  renderResult?: (outcome: RequestOutcome) => ReactNode;
}

export function TaskRunView({ connectionId, created, connected, renderResult }: TaskRunViewProps) {
  const task = useConnectionTask(connectionId, `server:${created.taskId}`);
  useTaskFollower(connectionId, task, connected);
  if (!task) return <p className="text-xs text-zinc-500">Task {created.taskId} created ({created.status}).</p>;
  return (
    <div className="rounded border border-violet-200 p-3 dark:border-violet-900">
      <TaskDetailView connectionId={connectionId} task={task} connected={connected} renderResult={renderResult} />
    </div>
  );
}
