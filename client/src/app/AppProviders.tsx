import { useState, type ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { InspectorClient } from '../api/inspectorClient';
import { InspectorProvider } from '../api/InspectorProvider';

export interface AppProvidersProps {
  client: InspectorClient;
  children: ReactNode;
}

/** TanStack Query (server data from request()) and the inspector client (socket + stores). */
export function AppProviders({ client, children }: AppProvidersProps) {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: Infinity } } }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <InspectorProvider client={client}>{children}</InspectorProvider>
    </QueryClientProvider>
  );
}
