// Which recorded event carries the answer to a request the UI sent, so the socket can point the page
// at that event instead of sending the same result a second time (a 5 MiB result crosses once).
import type { JsonRpcId } from '../../shared/jsonrpc';
import type { RecordedEvent, RecordedMessage } from '../../shared/recordedEvent';

export class AwaitedResponses {
  /** Ids the SDK sent for UI requests still waiting, with the response recorded for each (once it came). */
  private readonly byId = new Map<JsonRpcId, RecordedMessage | undefined>();

  /** Starts watching for the response to `id` (call it before the response can arrive). */
  expect(id: JsonRpcId): void {
    this.byId.set(id, undefined);
  }

  /** Notes an incoming response to an awaited id (everything else is ignored, cheaply). */
  observe(event: RecordedEvent): void {
    if (this.byId.size === 0 || event.kind !== 'message' || event.direction !== 'incoming') return;
    const message = event.message as { id?: unknown; result?: unknown } | null;
    if (typeof message !== 'object' || message === null || !('result' in message)) return;
    const id = message.id;
    if ((typeof id === 'string' || typeof id === 'number') && this.byId.has(id)) this.byId.set(id, event);
  }

  /**
   * The seq of the response whose `result` is exactly `result` (the same fields holding the same
   * values: the SDK hands on the parsed message's values), and stops watching `id`. Undefined when
   * no such response was recorded (the SDK built the result from several, or it came another way).
   */
  take(id: JsonRpcId, result: Record<string, unknown>): number | undefined {
    const event = this.byId.get(id);
    this.byId.delete(id);
    const recorded = (event?.message as { result?: unknown } | undefined)?.result;
    return typeof recorded === 'object' && recorded !== null && sameFields(recorded as Record<string, unknown>, result) ? event!.seq : undefined;
  }

  forget(id: JsonRpcId): void {
    this.byId.delete(id);
  }
}

function sameFields(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && a[key] === b[key]);
}
