// The elicitation ids the server reported finished (`notifications/elicitation/complete`), read from
// the connection's log so a reload or a second tab sees them too.
import { useMemo } from 'react';
import { useConnectionLog } from '../../api/useConnectionLog';

const COMPLETE = 'notifications/elicitation/complete';

export function useElicitationCompletions(connectionId: string): ReadonlySet<string> {
  const log = useConnectionLog(connectionId);
  return useMemo(() => {
    const ids = new Set<string>();
    for (let index = 0; index < log.count; index++) {
      const entry = log.entries[index];
      if (entry?.method !== COMPLETE || entry.kind !== 'notification' || entry.event.kind !== 'message') continue;
      const params = (entry.event.message as { params?: { elicitationId?: unknown } }).params;
      if (typeof params?.elicitationId === 'string') ids.add(params.elicitationId);
    }
    return ids;
  }, [log]);
}
