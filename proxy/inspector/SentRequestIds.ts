// Which JSON-RPC id the SDK client gave a request the UI sent. The SDK numbers requests itself and
// writes each to the transport synchronously inside `client.request()`, where the tap records it; so
// the first outgoing request recorded after `watch()` (until the next turn) is that call's.
import { readEnvelope, type JsonRpcId } from '../../shared/jsonrpc';
import type { RecordedEvent } from '../../shared/recordedEvent';

export class SentRequestIds {
  private count = 0;
  private readonly ids: JsonRpcId[] = [];

  observe(event: RecordedEvent): void {
    if (event.kind !== 'message' || event.direction !== 'outgoing') return;
    const envelope = readEnvelope(event.message);
    if (envelope.kind !== 'request' || envelope.id === undefined) return;
    this.count++;
    this.ids.push(envelope.id);
    if (this.ids.length > 64) this.ids.shift();
  }

  /** Call right before sending; `id()` then names the request sent by that call (if it was recorded). */
  watch(): { id(): JsonRpcId | undefined } {
    const before = this.count;
    let captured: JsonRpcId | undefined;
    let settled = false;
    // Read in the same turn: later requests (other calls) must not be mistaken for this one.
    queueMicrotask(() => {
      settled = true;
      if (this.count > before) captured = this.ids[this.ids.length - (this.count - before)];
    });
    return {
      id: () => {
        if (!settled && this.count > before) return this.ids[this.ids.length - (this.count - before)];
        return captured;
      },
    };
  }
}
