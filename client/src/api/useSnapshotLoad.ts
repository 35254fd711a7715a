import { useInspectorClient } from './inspectorContext';
import type { SnapshotLoad } from './snapshotLoadStore';
import { useSnapshot } from './useStoreSnapshot';

/** How much of the attach snapshot's log has arrived; undefined once complete. */
export function useSnapshotLoad(): SnapshotLoad {
  return useSnapshot(useInspectorClient().snapshotLoad);
}
