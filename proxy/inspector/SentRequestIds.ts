// Which JSON-RPC id (and which recorded event) the SDK client gave a request the UI sent. The SDK numbers
// requests itself and writes each to the transport synchronously inside `client.request()`, where the tap
// records it; so the first outgoing request recorded after `watch()` (until the next turn) is that call's.
import { readEnvelope, type JsonRpcId } from '../../shared/jsonrpc';
import type { RecordedEvent } from '../../shared/recordedEvent';

/** One request as it went out: its JSON-RPC id and the seq it was recorded under. */
export interface SentRequest {
  id: JsonRpcId;
  seq: number;
}

export class SentRequestIds {
  private count = 0;
  private readonly sent: SentRequest[] = [];

  observe(event: RecordedEvent): void {
    if (event.kind !== 'message' || event.direction !== 'outgoing') return;
    const envelope = readEnvelope(event.message);
    if (envelope.kind !== 'request' || envelope.id === undefined) return;
    this.count++;
    this.sent.push({ id: envelope.id, seq: event.seq });
    if (this.sent.length > 64) this.sent.shift();
  }

  /** Call right before sending; `request()` then names the request sent by that call (if it was recorded). */
  watch(): { request(): SentRequest | undefined; id(): JsonRpcId | undefined } {
    const before = this.count;
    let captured: SentRequest | undefined;
    let settled = false;
    const latest = () => (this.count > before ? this.sent[this.sent.length - (this.count - before)] : undefined);
    // Read in the same turn: later requests (other calls) must not be mistaken for this one.
    queueMicrotask(() => {
      settled = true;
      captured = latest();
    });
    const request = () => (settled ? captured : latest());
    return { request, id: () => request()?.id };
  }
}
