import { useSyncExternalStore } from 'react';
import type { ConnectionSummary } from '../../../shared/connectionTypes';
import type { ConnectionsSnapshot } from './connectionsStore';
import { useInspectorClient } from './inspectorContext';

/** Every connection plus the launch info, re-rendering when either changes. */
export function useConnections(): ConnectionsSnapshot {
  const { connections } = useInspectorClient();
  return useSyncExternalStore(connections.subscribe, connections.getSnapshot);
}

/** One connection by id, or undefined once it is gone. */
export function useConnection(connectionId: string | undefined): ConnectionSummary | undefined {
  const { list } = useConnections();
  return connectionId === undefined ? undefined : list.find((c) => c.id === connectionId);
}
