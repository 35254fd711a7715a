import { useSyncExternalStore } from 'react';
import { useInspectorClient } from './inspectorContext';
import type { SnapshotLoad } from './snapshotLoadStore';

/** How much of the attach snapshot's log has arrived; undefined once complete. */
export function useSnapshotLoad(): SnapshotLoad {
  const { snapshotLoad } = useInspectorClient();
  return useSyncExternalStore(snapshotLoad.subscribe, snapshotLoad.getSnapshot);
}
