import type { InspectorClient } from '../api/inspectorClient';
import { AppProviders } from './AppProviders';
import { InspectorShell } from './InspectorShell';

export interface AppProps {
  /** The live proxy connection (or, later, a saved-session source with the same shape). */
  client: InspectorClient;
}

export function App({ client }: AppProps) {
  return (
    <AppProviders client={client}>
      <InspectorShell />
    </AppProviders>
  );
}
