import { useMutation } from '@tanstack/react-query';
import type { ConnectionSettings, ConnectionSummary, ConnectionTarget } from '../../../../shared/connectionTypes';
import { useInspectorClient } from '../../api/inspectorContext';

/** One thing the user can do to a connection. */
export type ConnectionAction =
  | { kind: 'connect'; target: ConnectionTarget; settings?: ConnectionSettings }
  | { kind: 'reconnect'; connectionId: string; target?: ConnectionTarget; settings?: ConnectionSettings }
  | { kind: 'disconnect'; connectionId: string }
  | { kind: 'remove'; connectionId: string };

/**
 * Runs connection actions against the proxy as one mutation (one pending flag, one error to show).
 * The proxy's answer is applied at once, ahead of the matching connectionChanged event.
 */
export function useConnectionActions(onConnected?: (connection: ConnectionSummary) => void) {
  const { api, connections } = useInspectorClient();
  return useMutation({
    mutationFn: async (action: ConnectionAction): Promise<ConnectionSummary | undefined> => {
      switch (action.kind) {
        case 'connect':
          return api.connect({ target: action.target, ...(action.settings ? { settings: action.settings } : {}) });
        case 'reconnect':
          return api.reconnect({
            connectionId: action.connectionId,
            ...(action.target ? { target: action.target } : {}),
            ...(action.settings ? { settings: action.settings } : {}),
          });
        case 'disconnect':
          return api.disconnect({ connectionId: action.connectionId });
        case 'remove':
          await api.removeConnection({ connectionId: action.connectionId });
          connections.remove(action.connectionId);
          return undefined;
      }
    },
    onSuccess: (summary, action) => {
      if (!summary) return;
      connections.upsert(summary);
      if (action.kind === 'connect') onConnected?.(summary);
    },
  });
}
