import { useCallback, useSyncExternalStore } from 'react';
import type { LogSnapshot } from './logStore';
import { useInspectorClient } from './inspectorContext';

/** A connection's log, re-rendering at most once per animation frame while events stream in. */
export function useConnectionLog(connectionId: string): LogSnapshot {
  const { log } = useInspectorClient();
  const subscribe = useCallback((listener: () => void) => log.subscribe(connectionId, listener), [log, connectionId]);
  const getSnapshot = useCallback(() => log.getSnapshot(connectionId), [log, connectionId]);
  return useSyncExternalStore(subscribe, getSnapshot);
}
