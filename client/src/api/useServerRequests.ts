import type { InboxSnapshot } from './serverRequestsStore';
import { useInspectorClient } from './inspectorContext';
import { useKeyedSnapshot } from './useStoreSnapshot';

/** A connection's pending server requests and the recently ended ones. */
export function useServerRequests(connectionId: string): InboxSnapshot {
  return useKeyedSnapshot(useInspectorClient().serverRequests, connectionId);
}
