import { useEffect, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { InspectorClient } from './inspectorClient';
import { InspectorContext } from './inspectorContext';
import { queryKeys } from './queryKeys';

export interface InspectorProviderProps {
  client: InspectorClient;
  children: ReactNode;
}

/** Provides the client and drops cached server data when a snapshot replaces the state. */
export function InspectorProvider({ client, children }: InspectorProviderProps) {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      client.onReset((removedConnectionId) => {
        if (removedConnectionId === undefined) void queryClient.invalidateQueries({ queryKey: queryKeys.all });
        else queryClient.removeQueries({ queryKey: queryKeys.connection(removedConnectionId) });
      }),
    [client, queryClient],
  );
  return <InspectorContext.Provider value={client}>{children}</InspectorContext.Provider>;
}
