// The responses a `request` answer may name instead of carrying their result (`resultSeq`): the proxy
// sends the response's event just before the answer, so the page keeps recent ones while it waits.
import type { RecordedEvent } from '../../../shared/recordedEvent';

/** A safety bound: answers follow their events within one flush, far fewer than this apart. */
const MAX_KEPT = 10_000;

export class AwaitedResults {
  private waiting = 0;
  private readonly responses = new Map<number, RecordedEvent>();

  /** A `request` was sent: keep responses until its answer came. */
  started(): void {
    this.waiting++;
  }

  /** Its answer came (or it failed): with nothing left to wait for, nothing is kept. */
  ended(): void {
    this.waiting = Math.max(0, this.waiting - 1);
    if (this.waiting === 0) this.responses.clear();
  }

  /** Keeps the incoming responses of a batch of recorded events while some `request` waits. */
  observe(events: readonly RecordedEvent[]): void {
    if (this.waiting === 0) return;
    for (const event of events) {
      if (event.kind !== 'message' || event.direction !== 'incoming') continue;
      const message = event.message as { result?: unknown } | null;
      if (typeof message !== 'object' || message === null || !('result' in message)) continue;
      this.responses.set(event.seq, event);
      if (this.responses.size > MAX_KEPT) this.responses.delete(this.responses.keys().next().value!);
    }
  }

  /** The response recorded with this seq, once. */
  take(seq: number): RecordedEvent | undefined {
    const event = this.responses.get(seq);
    this.responses.delete(seq);
    return event;
  }
}
