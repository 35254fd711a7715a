import { useCallback, useSyncExternalStore } from 'react';
import type { FindingsSnapshot } from './findingsStore';
import { useInspectorClient } from './inspectorContext';

/** A connection's diagnosis findings, re-rendering at most once per animation frame as they arrive. */
export function useConnectionFindings(connectionId: string): FindingsSnapshot {
  const { findings } = useInspectorClient();
  const subscribe = useCallback((listener: () => void) => findings.subscribe(connectionId, listener), [findings, connectionId]);
  const getSnapshot = useCallback(() => findings.getSnapshot(connectionId), [findings, connectionId]);
  return useSyncExternalStore(subscribe, getSnapshot);
}
