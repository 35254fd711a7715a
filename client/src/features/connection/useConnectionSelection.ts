import { useState } from 'react';
import type { ConnectionSummary } from '../../../../shared/connectionTypes';

/** What the main area shows: one connection, or the form for a new one. */
export type Selection = { kind: 'new' } | { kind: 'connection'; connectionId: string };

/**
 * The selected connection. Until the user picks one, and whenever the picked one disappears (removed,
 * or gone after a proxy restart), it falls back to the first connection, or the new-connection form.
 */
export function useConnectionSelection(connections: readonly ConnectionSummary[]) {
  const [chosen, setChosen] = useState<Selection | undefined>(undefined);
  const valid = chosen?.kind === 'new' || (chosen !== undefined && connections.some((c) => c.id === chosen.connectionId));
  const first = connections[0];
  const selection: Selection = valid && chosen ? chosen : first ? { kind: 'connection', connectionId: first.id } : { kind: 'new' };
  return {
    selection,
    selectConnection: (connectionId: string) => setChosen({ kind: 'connection', connectionId }),
    selectNew: () => setChosen({ kind: 'new' }),
  };
}
