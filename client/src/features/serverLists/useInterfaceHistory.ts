// A connection's interface history (see interfaceHistory), read from its log as entries arrive: each
// entry is read once, and the whole log again only when it is replaced (a re-attach).
import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { HeldLogEntries } from '../../api/logEntry';
import { useInspectorClient } from '../../api/inspectorContext';
import { InterfaceHistory, type InterfaceHistorySnapshot } from './interfaceHistory';

export function useInterfaceHistory(connectionId: string): InterfaceHistorySnapshot {
  const { log } = useInspectorClient();
  const reader = useRef({ history: new InterfaceHistory(), entries: undefined as HeldLogEntries | undefined, read: 0 }).current;
  const subscribe = useCallback((listener: () => void) => log.subscribe(connectionId, listener), [log, connectionId]);
  const getSnapshot = useCallback(() => {
    const { entries, count } = log.getSnapshot(connectionId);
    // The store appends to one array per log; a new array is another log (another connection, a re-attach).
    if (entries !== reader.entries || count < reader.read) Object.assign(reader, { history: new InterfaceHistory(), entries, read: 0 });
    for (; reader.read < count; reader.read++) {
      const entry = entries[reader.read];
      if (entry) reader.history.read(entry);
    }
    return reader.history.snapshot();
  }, [log, connectionId, reader]);
  return useSyncExternalStore(subscribe, getSnapshot);
}
