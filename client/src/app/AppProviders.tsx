import { useState, type ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { InspectorClient } from '../api/inspectorClient';
import { InspectorProvider } from '../api/InspectorProvider';
import { ThemeProvider } from '../ui/ThemeProvider';

export interface AppProvidersProps {
  client: InspectorClient;
  children: ReactNode;
}

/** TanStack Query (server data from request()), the inspector client (socket + stores) and the theme. */
export function AppProviders({ client, children }: AppProvidersProps) {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: Infinity } } }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <InspectorProvider client={client}>
        <ThemeProvider>{children}</ThemeProvider>
      </InspectorProvider>
    </QueryClientProvider>
  );
}
