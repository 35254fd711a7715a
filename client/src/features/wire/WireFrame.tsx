// The work area with the wire pane docked under it; result views inside find "Show in log" through
// the context it provides. The workspace mounts it around its tabs.
import { useMemo, type ReactNode } from 'react';
import { ShowInLogContext } from './showInLogContext';
import { WirePane } from './WirePane';

export interface WireFrameProps {
  connectionId: string;
  /** Switches to the Log with this event selected. */
  onShowInLog: (seq: number) => void;
  /** The Log tab is open: it shows the wire in full, so the pane steps aside. */
  logShown: boolean;
  children: ReactNode;
}

export function WireFrame({ connectionId, onShowInLog, logShown, children }: WireFrameProps) {
  const showInLog = useMemo(() => ({ connectionId, showInLog: onShowInLog }), [connectionId, onShowInLog]);
  return (
    <ShowInLogContext.Provider value={showInLog}>
      {/* Clipped, not hidden: a list scrolling its row into view must not scroll this frame. */}
      <div className="flex min-h-0 flex-1 flex-col overflow-clip">
        {/* The tab strip and a little of the view stay when the dock takes the height: the wire pane gives way first. */}
        <div className="min-h-18 flex-1 overflow-clip">{children}</div>
        {!logShown && <WirePane connectionId={connectionId} onShowInLog={onShowInLog} />}
      </div>
    </ShowInLogContext.Provider>
  );
}
