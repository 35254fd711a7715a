import type { SocketStatus } from '../api/InspectorSocket';

/** Shown while the proxy is unreachable after having been attached: the data on screen may be stale. */
export function ProxyLostBanner({ status }: { status: SocketStatus }) {
  if (status.phase !== 'reconnecting') return null;
  return (
    <div role="alert" className="border-b border-amber-300 bg-amber-50 px-3 py-1 text-xs text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200">
      Lost the connection to the mcp-inspect proxy ({status.reason}); retrying. What is shown may be out of date. If you restarted
      mcp-inspect, open the new URL it printed.
    </div>
  );
}
