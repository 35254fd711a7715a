// The answer a server sent to a request after we cancelled it, found in the connection's log by the
// request's JSON-RPC id (the log store marks such answers `lateAfterCancel`).
import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { JsonRpcId } from '../../../../shared/jsonrpc';
import { useInspectorClient } from '../../api/inspectorContext';
import type { LogEntry, HeldLogEntries } from '../../api/logEntry';

export function useLateResponse(connectionId: string, jsonRpcId: JsonRpcId | undefined): LogEntry | undefined {
  const { log } = useInspectorClient();
  // Only entries appended since the last look are scanned.
  const scan = useRef<{ entries: HeldLogEntries; count: number; found?: LogEntry }>(undefined);
  const subscribe = useCallback((listener: () => void) => log.subscribe(connectionId, listener), [log, connectionId]);
  const getSnapshot = useCallback(() => {
    if (jsonRpcId === undefined) return undefined;
    const snapshot = log.getSnapshot(connectionId);
    if (scan.current?.entries !== snapshot.entries) scan.current = { entries: snapshot.entries, count: 0 };
    const state = scan.current;
    for (; !state.found && state.count < snapshot.count; state.count++) {
      const entry = snapshot.entries[state.count];
      if (entry?.lateAfterCancel && entry.direction === 'incoming' && entry.id === jsonRpcId) state.found = entry;
    }
    return state.found;
  }, [log, connectionId, jsonRpcId]);
  return useSyncExternalStore(subscribe, getSnapshot);
}
