// The Tasks tab: every task of the connection, in either direction (the server's, which we asked for;
// the inspector's, which the server asked for), with their status history, results and cancellation.
// Tasks the server runs are followed while this tab is open; `tasks/list` asks the server for its own.
import type { ConnectionSummary } from '../../../../shared/connectionTypes';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { MasterDetail } from '../../ui/MasterDetail';
import { SelectableList } from '../../ui/SelectableList';
import { statusBadge, taskTitle } from './taskFacts';
import { TaskDetailView } from './TaskDetailView';
import type { TaskRecord } from './taskLog';
import { useTaskFollower } from './useTaskFollower';
import { useTasksModel } from './useTasksModel';

/** Follows one task the server runs (a component, so each task gets its own hook). */
function TaskFollower({ connectionId, task, connected }: { connectionId: string; task: TaskRecord; connected: boolean }) {
  useTaskFollower(connectionId, task, connected && task.origin !== undefined);
  return null;
}

const taskKey = (task: TaskRecord) => task.key;

function taskRow(task: TaskRecord) {
  const badge = statusBadge(task.latest.status);
  return (
    <>
      <span className="flex items-center gap-2">
        <Badge tone={badge.tone}>{badge.label}</Badge>
        <span className="text-sm">{taskTitle(task)}</span>
      </span>
      <span className="font-mono text-[11px] text-zinc-500">{task.taskId}</span>
    </>
  );
}

export function TasksTab({ connection }: { connection: ConnectionSummary }) {
  const { tasks, selected, setSelectedKey, list, canList, connected } = useTasksModel(connection);
  return (
    <MasterDetail
      listWidth="wide"
      padDetail
      list={
        <>
          <div className="flex items-center gap-2 border-b border-zinc-200 p-2 dark:border-zinc-700">
            <Button
              className="h-6 text-xs"
              onClick={() => list.mutate()}
              disabled={!connected || !canList || list.isPending}
              title={canList ? 'Ask the server for its tasks (tasks/list)' : 'The server did not declare tasks.list'}
            >
              List server tasks
            </Button>
            {list.data !== undefined && <span className="text-xs text-zinc-500">{list.data} listed</span>}
          </div>
          {list.error && (
            <p role="alert" className="p-2 text-xs text-red-700 dark:text-red-400">
              {list.error.message}
            </p>
          )}
          <SelectableList
            label="Tasks"
            items={tasks}
            keyOf={taskKey}
            selectedKey={selected?.key}
            onSelect={setSelectedKey}
            renderRow={taskRow}
            renderAfterRow={(task) => <TaskFollower connectionId={connection.id} task={task} connected={connected} />}
            className="min-h-0 flex-1 overflow-auto"
          />
        </>
      }
      detail={
        selected ? (
          <TaskDetailView key={selected.key} connectionId={connection.id} task={selected} connected={connected} />
        ) : (
          <EmptyState title="No tasks yet">
            Call a tool that supports tasks with “Run as task”, or let the server send a task-augmented sampling or elicitation request.
            {canList ? ' “List server tasks” asks the server for the tasks it keeps.' : ''}
          </EmptyState>
        )
      }
    />
  );
}
