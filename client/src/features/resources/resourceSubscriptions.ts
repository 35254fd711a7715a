// Whether the server lets clients subscribe to resources, and the subscribe/unsubscribe requests.
import { useMutation } from '@tanstack/react-query';
import type { ConnectionSummary } from '../../../../shared/connectionTypes';
import { requestResult } from '../../api/mcpRequest';
import { useInspectorApi } from '../../api/useInspectorApi';

/** `resources.subscribe: true` in the server's capabilities. */
export function supportsSubscriptions(connection: ConnectionSummary): boolean {
  const resources = connection.handshake?.serverCapabilities.resources;
  return typeof resources === 'object' && resources !== null && (resources as { subscribe?: unknown }).subscribe === true;
}

/** Sends resources/subscribe or resources/unsubscribe; the watch reads the outcome from the log. */
export function useSubscriptionToggle(connection: ConnectionSummary, uri: string) {
  const api = useInspectorApi();
  return useMutation<unknown, Error, boolean>({
    mutationKey: ['resources/subscribe', connection.id, uri],
    mutationFn: (subscribe) =>
      requestResult(api, { connectionId: connection.id, method: subscribe ? 'resources/subscribe' : 'resources/unsubscribe', params: { uri } }),
  });
}
