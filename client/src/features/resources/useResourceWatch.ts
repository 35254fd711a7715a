// The resource watch of a connection, folded incrementally over its log and cached per log, so
// opening the Resources tab again costs nothing and nothing is missed while it was closed.
import { useInspectorClient } from '../../api/inspectorContext';
import type { HeldLogEntries } from '../../api/logEntry';
import type { LogStore } from '../../api/logStore';
import { useKeyedSnapshot } from '../../api/useStoreSnapshot';
import { ResourceWatchFold, type ResourceWatch } from './resourceWatch';

interface FoldProgress {
  fold: ResourceWatchFold;
  count: number;
}

// Keyed by the log's entries array: a reset or removed log gets a new array, so a fresh fold.
const folds = new WeakMap<HeldLogEntries, FoldProgress>();

function readWatch(log: LogStore, connectionId: string): ResourceWatch {
  const snapshot = log.getSnapshot(connectionId);
  let progress = folds.get(snapshot.entries);
  if (!progress) folds.set(snapshot.entries, (progress = { fold: new ResourceWatchFold(), count: 0 }));
  if (snapshot.count > progress.count) {
    progress.fold.addAll(snapshot.entries, progress.count, snapshot.count);
    progress.count = snapshot.count;
  }
  return progress.fold.view;
}

export function useResourceWatch(connectionId: string): ResourceWatch {
  return useKeyedSnapshot(useInspectorClient().log, connectionId, readWatch);
}
