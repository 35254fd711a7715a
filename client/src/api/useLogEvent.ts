import { useCallback, useSyncExternalStore } from 'react';
import type { RecordedEvent } from '../../../shared/recordedEvent';
import { useInspectorClient } from './inspectorContext';

/**
 * One recorded event by seq. Re-renders only when that event appears (not on every flush of the
 * connection's log), so views that need one message stay idle while the log streams.
 */
export function useLogEvent(connectionId: string, seq: number | undefined): RecordedEvent | undefined {
  const { log } = useInspectorClient();
  const subscribe = useCallback((listener: () => void) => log.subscribe(connectionId, listener), [log, connectionId]);
  const getSnapshot = useCallback(() => {
    if (seq === undefined) return undefined;
    const snapshot = log.getSnapshot(connectionId);
    const index = snapshot.indexOfSeq(seq);
    return index === undefined ? undefined : snapshot.entries[index]?.event;
  }, [log, connectionId, seq]);
  return useSyncExternalStore(subscribe, getSnapshot);
}
