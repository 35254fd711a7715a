// A `ui://` app resource seen in the Resources tab: rendered on demand as a live app, with no tool call
// behind it (the app gets no tool input or result), read-only in a reopened session.
import type { ConnectionSummary } from '../../../../shared/connectionTypes';
import { Disclosure } from '../../ui/Disclosure';
import { AppPanel } from './AppPanel';
import { useAppResource } from './useAppResource';

export interface ResourceAppViewProps {
  connection: ConnectionSummary;
  uri: string;
  /** The resources/read result. */
  result: unknown;
}

export function ResourceAppView({ connection, uri, result }: ResourceAppViewProps) {
  const parsed = useAppResource(connection, uri, result);
  if (!uri.startsWith('ui://') || 'problem' in parsed) return null;
  return (
    <Disclosure summary="Render as MCP App">
      <AppPanel connection={connection} app={parsed.app} readOnly={connection.state === 'recorded'} />
    </Disclosure>
  );
}
