import { useMemo } from 'react';
import type { ConnectionSummary } from '../../../../shared/connectionTypes';
import type { RecordedEvent } from '../../../../shared/recordedEvent';
import { useLogEvent } from '../../api/useLogEvent';
import { CLIENT_CAPABILITY_ORDER, SERVER_CAPABILITY_ORDER, describeCapabilities } from './capabilities';
import { readIdentity } from './serverIdentity';

/** A recorded message of the initialize exchange, found in the log by seq. */
export interface RawExchangeMessage {
  seq: number;
  /** Undefined while the log has not received that event yet. */
  message: unknown;
  found: boolean;
}

function rawMessage(seq: number | undefined, event: RecordedEvent | undefined): RawExchangeMessage | undefined {
  if (seq === undefined) return undefined;
  return { seq, message: event?.kind === 'message' ? event.message : undefined, found: event?.kind === 'message' };
}

/** What the Handshake tab shows, shaped from the connection summary and its log. */
export function useHandshakeModel(connection: ConnectionSummary) {
  const handshake = connection.handshake;
  const requestEvent = useLogEvent(connection.id, handshake?.requestSeq);
  const responseEvent = useLogEvent(connection.id, handshake?.responseSeq);
  const shaped = useMemo(() => {
    if (!handshake) return undefined;
    return {
      server: readIdentity(handshake.serverInfo),
      client: readIdentity(handshake.clientInfo),
      offered: handshake.protocolVersionOffered,
      negotiated: handshake.protocolVersion,
      versionsDiffer: handshake.protocolVersionOffered !== handshake.protocolVersion,
      instructions: handshake.instructions,
      serverCapabilities: describeCapabilities(handshake.serverCapabilities, SERVER_CAPABILITY_ORDER),
      clientCapabilities: describeCapabilities(handshake.clientCapabilities, CLIENT_CAPABILITY_ORDER),
      /** The request the handshake was: a modern connection has no initialize, only server/discover. */
      exchange: handshake.negotiation?.era === 'modern' ? 'server/discover' : 'initialize',
    };
  }, [handshake]);
  if (!shaped || !handshake) return { ready: false as const, state: connection.state };
  return {
    ready: true as const,
    ...shaped,
    request: rawMessage(handshake.requestSeq, requestEvent),
    response: rawMessage(handshake.responseSeq, responseEvent),
  };
}

export type HandshakeModel = ReturnType<typeof useHandshakeModel>;
