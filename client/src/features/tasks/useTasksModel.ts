// The Tasks tab's state: the connection's tasks in both directions, the selected one (the first listed
// until a person picks another), and asking the server for its own with tasks/list when it offers that.
import { useState } from 'react';
import { canSend, type ConnectionSummary } from '../../../../shared/connectionTypes';
import { useConnectionTasks } from './useConnectionTasks';
import { useListServerTasks } from './useTaskRequests';

function declaresTaskList(connection: ConnectionSummary): boolean {
  const tasks = connection.handshake?.serverCapabilities.tasks;
  return typeof tasks === 'object' && tasks !== null && 'list' in tasks;
}

export function useTasksModel(connection: ConnectionSummary) {
  const tasks = useConnectionTasks(connection.id);
  const [selectedKey, setSelectedKey] = useState<string>();
  const list = useListServerTasks(connection.id);
  return {
    tasks,
    selected: tasks.find((task) => task.key === selectedKey) ?? tasks[0],
    setSelectedKey,
    list,
    canList: declaresTaskList(connection),
    connected: canSend(connection),
  };
}
