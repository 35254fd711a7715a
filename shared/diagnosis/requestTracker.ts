// The diagnosis's view of request pairing for one connection attempt: requests and cancellations are
// recorded, responses are paired (shared/requestPairing.ts does the pairing for every consumer).
import type { MessageEnvelope } from '../jsonrpc';
import { cancelledRequestId, RequestPairing } from '../requestPairing';
import type { Direction } from '../recordedEvent';
import { asRecord, settledTrackedRequest, type Correlation, type Sender, type SettledTrackedRequest, type TrackedRequest } from './rule';

const DIRECTION_OF: Record<Sender, Direction> = { client: 'outgoing', server: 'incoming' };

/** Tracks the requests of both senders of one connection attempt. */
export class RequestTracker {
  private readonly pairing = new RequestPairing<TrackedRequest, SettledTrackedRequest>({}, settledTrackedRequest);

  /** Records a request or cancellation, or pairs a response with its request. */
  observe(sender: Sender, raw: unknown, envelope: MessageEnvelope, seq: number): Correlation | undefined {
    const direction = DIRECTION_OF[sender];
    if (envelope.kind === 'request' && envelope.method !== undefined && envelope.id !== undefined) {
      this.pairing.opened(direction, envelope.id, { id: envelope.id, method: envelope.method, params: asRecord(asRecord(raw)?.params), seq, sender });
      return undefined;
    }
    if (envelope.kind === 'notification') {
      const requestId = cancelledRequestId(raw);
      if (requestId !== undefined) this.pairing.cancelled(direction, requestId);
      return undefined;
    }
    if ((envelope.kind === 'response' || envelope.kind === 'error') && envelope.id !== undefined) {
      return this.pairing.answered(direction, envelope.id, seq);
    }
    return undefined;
  }

  /** Requests in flight from both senders, oldest first. */
  pendingRequests(): TrackedRequest[] {
    return [...this.pairing.openRequests('outgoing'), ...this.pairing.openRequests('incoming')].sort((a, b) => a.seq - b.seq);
  }

  /** The transport ended: requests in flight will never be answered; late answers are not errors. */
  abandonAll(): void {
    this.pairing.abandonAll();
  }
}
