import { useCallback, useSyncExternalStore } from 'react';
import type { InboxSnapshot } from './serverRequestsStore';
import { useInspectorClient } from './inspectorContext';

/** A connection's pending server requests and the recently ended ones. */
export function useServerRequests(connectionId: string): InboxSnapshot {
  const { serverRequests } = useInspectorClient();
  const subscribe = useCallback((listener: () => void) => serverRequests.subscribe(connectionId, listener), [serverRequests, connectionId]);
  const getSnapshot = useCallback(() => serverRequests.getSnapshot(connectionId), [serverRequests, connectionId]);
  return useSyncExternalStore(subscribe, getSnapshot);
}
