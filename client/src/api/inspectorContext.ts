import { createContext, useContext } from 'react';
import type { InspectorClient } from './inspectorClient';

export const InspectorContext = createContext<InspectorClient | null>(null);

/** The inspector client provided at the root; throws outside the provider (a wiring bug). */
export function useInspectorClient(): InspectorClient {
  const client = useContext(InspectorContext);
  if (!client) throw new Error('useInspectorClient must be used inside <InspectorProvider>');
  return client;
}
