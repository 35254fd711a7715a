import type { ConnectionSummary } from '../../../shared/connectionTypes';
import type { ConnectionsSnapshot } from './connectionsStore';
import { useInspectorClient } from './inspectorContext';
import { useSnapshot } from './useStoreSnapshot';

/** Every connection plus the launch info, re-rendering when either changes. */
export function useConnections(): ConnectionsSnapshot {
  return useSnapshot(useInspectorClient().connections);
}

/** One connection by id, or undefined once it is gone. */
export function useConnection(connectionId: string | undefined): ConnectionSummary | undefined {
  const { list } = useConnections();
  return connectionId === undefined ? undefined : list.find((c) => c.id === connectionId);
}
