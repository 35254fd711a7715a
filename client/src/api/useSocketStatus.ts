import { useSyncExternalStore } from 'react';
import type { SocketStatus } from './InspectorSocket';
import { useInspectorClient } from './inspectorContext';

/** The state of the link to the proxy (connecting, attached, reconnecting). */
export function useSocketStatus(): SocketStatus {
  const client = useInspectorClient();
  return useSyncExternalStore(client.subscribeStatus, client.getStatus);
}
