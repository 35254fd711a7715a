// The tasks of a connection, folded incrementally over its log and cached per log (as the resource
// watch is), so every view of them shares one fold and nothing is missed while a tab was hidden.
import { useMemo } from 'react';
import { isTerminalStatus } from '../../../../shared/tasks';
import { useInspectorClient } from '../../api/inspectorContext';
import type { HeldLogEntries } from '../../api/logEntry';
import type { LogStore } from '../../api/logStore';
import { useKeyedSnapshot } from '../../api/useStoreSnapshot';
import { TaskLogFold, type TaskRecord } from './taskLog';

interface FoldProgress {
  fold: TaskLogFold;
  count: number;
}

// Keyed by the log's entries array: a reset or removed log gets a new array, so a fresh fold.
const folds = new WeakMap<HeldLogEntries, FoldProgress>();

function readTasks(log: LogStore, connectionId: string): readonly TaskRecord[] {
  const snapshot = log.getSnapshot(connectionId);
  let progress = folds.get(snapshot.entries);
  if (!progress) folds.set(snapshot.entries, (progress = { fold: new TaskLogFold(), count: 0 }));
  if (snapshot.count > progress.count) {
    progress.fold.addAll(snapshot.entries, progress.count, snapshot.count);
    progress.count = snapshot.count;
  }
  return progress.fold.tasks;
}

export function useConnectionTasks(connectionId: string): readonly TaskRecord[] {
  return useKeyedSnapshot(useInspectorClient().log, connectionId, readTasks);
}

/** One task of the connection, by its key (`receiver:taskId`). */
export function useConnectionTask(connectionId: string, key: string | undefined): TaskRecord | undefined {
  return useConnectionTasks(connectionId).find((task) => task.key === key);
}

/** How many tasks of the connection have not ended (for the tab's label). */
export function useActiveTaskCount(connectionId: string): number {
  const tasks = useConnectionTasks(connectionId);
  return useMemo(() => tasks.filter((task) => !isTerminalStatus(task.latest.status)).length, [tasks]);
}
