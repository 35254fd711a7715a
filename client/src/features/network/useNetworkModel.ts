import { useMemo } from 'react';
import { oauthStepOfExchange, OAUTH_STEP_LABELS, type HttpExchange } from '../../../../shared/oauthSteps';
import { useConnectionLog } from '../../api/useConnectionLog';

/** One row of the Network tab: an HTTP exchange of the connection, with what it was for. */
export interface NetworkRow {
  seq: number;
  time: number;
  exchange: HttpExchange;
  /** "MCP", or the OAuth step the exchange belongs to. */
  purpose: string;
}

/** The Network tab's rows: the connection's `http` transport events, oldest first. */
export function useNetworkModel(connectionId: string): NetworkRow[] {
  const { entries, count, firstIndex } = useConnectionLog(connectionId);
  return useMemo(() => {
    const rows: NetworkRow[] = [];
    for (let index = firstIndex; index < count; index++) {
      const event = entries[index]?.event;
      if (!event || event.kind !== 'transport' || event.event.type !== 'http') continue;
      const step = oauthStepOfExchange(event.event);
      rows.push({ seq: event.seq, time: event.time, exchange: event.event, purpose: step ? `OAuth · ${OAUTH_STEP_LABELS[step]}` : 'MCP' });
    }
    return rows;
  }, [entries, count, firstIndex]);
}
