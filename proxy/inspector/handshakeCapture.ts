// The handshake as the wire showed it: read from the recorded `initialize` request and its response,
// not from the SDK's getters, so the UI shows exactly what each side said (and where, by seq).
import type { Handshake } from '../../shared/connectionTypes';
import { readEnvelope, type JsonRpcId } from '../../shared/jsonrpc';
import type { RecordedEvent, RecordedMessage } from '../../shared/recordedEvent';

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export class HandshakeCapture {
  private request: RecordedMessage | undefined;
  private requestId: JsonRpcId | undefined;
  private response: RecordedMessage | undefined;

  /** Feed every event of one connection attempt, in order, until the handshake is done. */
  observe(event: RecordedEvent): void {
    if (event.kind !== 'message') return;
    const envelope = readEnvelope(event.message);
    if (event.direction === 'outgoing' && envelope.kind === 'request' && envelope.method === 'initialize') {
      this.request = event;
      this.requestId = envelope.id;
      this.response = undefined;
    } else if (event.direction === 'incoming' && this.request && envelope.id === this.requestId) {
      if (envelope.kind === 'response' || envelope.kind === 'error') this.response = event;
    }
  }

  /** The handshake, once a successful `initialize` response was seen. */
  handshake(): Handshake | undefined {
    if (!this.request || !this.response) return undefined;
    const params = asRecord(asRecord(this.request.message).params);
    const result = asRecord(asRecord(this.response.message).result);
    if (!('result' in asRecord(this.response.message))) return undefined;
    return {
      protocolVersionOffered: String(params.protocolVersion ?? ''),
      protocolVersion: String(result.protocolVersion ?? ''),
      serverInfo: asRecord(result.serverInfo),
      serverCapabilities: asRecord(result.capabilities),
      clientInfo: asRecord(params.clientInfo),
      clientCapabilities: asRecord(params.capabilities),
      ...(typeof result.instructions === 'string' ? { instructions: result.instructions } : {}),
      requestSeq: this.request.seq,
      responseSeq: this.response.seq,
    };
  }
}
