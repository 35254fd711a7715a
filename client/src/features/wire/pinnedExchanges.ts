// The rows a person pinned, per connection, for the page's lifetime: the wire pane keeps them on top and
// the Log marks them. Seqs name events of this proxy's stream, so pins are not kept across launches.
import { KeyedStore } from '../../api/keyedStore';
import { useKeyedSnapshot } from '../../api/useStoreSnapshot';

const pinsByConnection = new KeyedStore<string, ReadonlySet<number>>(new Set());

/** Pins the row of this seq, or unpins it when it was pinned. */
export function togglePin(connectionId: string, seq: number): void {
  pinsByConnection.update(connectionId, (pins) => {
    const next = new Set(pins);
    if (!next.delete(seq)) next.add(seq);
    return next;
  });
}

/** The pinned seqs of a connection; a new set after every change. */
export function usePinnedSeqs(connectionId: string): ReadonlySet<number> {
  return useKeyedSnapshot(pinsByConnection, connectionId);
}
