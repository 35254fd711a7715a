// The work area with the wire pane docked under it; result views inside find "Show in log" through
// the context it provides. The workspace mounts it around its tabs.
import { useMemo, type ReactNode } from 'react';
import { useServerRequests } from '../../api/useServerRequests';
import { ShowInLogContext } from './showInLogContext';
import { WirePane } from './WirePane';

export interface WireFrameProps {
  connectionId: string;
  /** Switches to the Log with this event selected. */
  onShowInLog: (seq: number) => void;
  /** The Log tab is open: it shows the wire in full, so the pane steps aside (as it does for the dock). */
  logShown: boolean;
  children: ReactNode;
}

export function WireFrame({ connectionId, onShowInLog, logShown, children }: WireFrameProps) {
  // While the server waits for an answer the dock takes most of the height: the pane steps aside, so
  // the open tab keeps what room is left (as it steps aside for the Log, which shows the wire in full).
  const serverWaits = useServerRequests(connectionId).pending.length > 0;
  const showInLog = useMemo(() => ({ connectionId, showInLog: onShowInLog }), [connectionId, onShowInLog]);
  return (
    <ShowInLogContext.Provider value={showInLog}>
      <div className="flex min-h-0 flex-1 flex-col">
        <div className="min-h-0 flex-1">{children}</div>
        {!logShown && !serverWaits && <WirePane connectionId={connectionId} onShowInLog={onShowInLog} />}
      </div>
    </ShowInLogContext.Provider>
  );
}
