// The Log tab's own state per connection (filter, scope, clear mark), kept for the page's lifetime so
// that switching tabs or connections does not lose a filter the user typed.
import { useState } from 'react';
import { EMPTY_LOG_FILTER, type LogFilter } from '../../api/logStoreQuery';

export interface LogViewState {
  filter: LogFilter;
  /** Show every connection's events merged, instead of only this connection's. */
  allConnections: boolean;
  /** "Clear view" hides the rows up to this seq; -1 hides nothing. */
  hiddenThroughSeq: number;
}

const INITIAL: LogViewState = { filter: EMPTY_LOG_FILTER, allConnections: false, hiddenThroughSeq: -1 };
const remembered = new Map<string, LogViewState>();

export function useLogViewState(connectionId: string) {
  const [byConnection, setByConnection] = useState<Readonly<Record<string, LogViewState>>>({});
  const state = byConnection[connectionId] ?? remembered.get(connectionId) ?? INITIAL;
  const update = (patch: Partial<LogViewState>) => {
    const next = { ...state, ...patch };
    remembered.set(connectionId, next);
    setByConnection({ ...byConnection, [connectionId]: next });
  };
  return {
    state,
    setFilter: (filter: Partial<LogFilter>) => update({ filter: { ...state.filter, ...filter } }),
    setAllConnections: (allConnections: boolean) => update({ allConnections }),
    hideThrough: (hiddenThroughSeq: number) => update({ hiddenThroughSeq }),
  };
}
