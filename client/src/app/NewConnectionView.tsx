import type { ConnectionSummary, ConnectionTarget } from '../../../shared/connectionTypes';
import { useEffect } from 'react';
import { ConnectionFormView } from '../features/connection/ConnectionFormView';
import { focusTargetField } from '../features/connection/editConnectionSettings';

export interface NewConnectionViewProps {
  launchTarget: ConnectionTarget | undefined;
  hasConnections: boolean;
  onConnected: (connection: ConnectionSummary) => void;
}

/** The main area while "New connection" is selected. */
export function NewConnectionView({ launchTarget, hasConnections, onConnected }: NewConnectionViewProps) {
  // Opened from "New connection": the caret waits in Command with its text selected, so typing replaces
  // it (one click less than placing it). A first screen with no connection leaves the focus alone.
  useEffect(() => {
    if (hasConnections) focusTargetField('New connection');
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the view opens
  }, []);
  return (
    <div className="h-full overflow-auto">
      <div className="mx-auto max-w-xl px-2 py-6">
        <h1 className="px-3 text-base font-semibold">New connection</h1>
        <p className="px-3 text-zinc-500 dark:text-zinc-400">
          {hasConnections
            ? 'Start another server, or connect to one over HTTP. Existing connections keep running.'
            : 'Start an MCP server as a child process (STDIO), or connect to one over Streamable HTTP or SSE.'}
        </p>
        <ConnectionFormView connection={undefined} launchTarget={launchTarget} onConnected={onConnected} />
      </div>
    </div>
  );
}
