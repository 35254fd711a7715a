// Pairs responses with the requests they answer, per direction of one connection attempt. Answered,
// cancelled and abandoned requests are remembered in a bounded window so duplicates and late answers
// can be told apart from responses to ids never sent.
import { requestKey, type MessageEnvelope } from '../jsonrpc';
import { asRecord, type Correlation, type Sender, type TrackedRequest } from './rule';

/** How many settled requests per sender are remembered; older ones are forgotten to bound memory. */
const SETTLED_WINDOW = 512;
/** A peer that never answers must not grow memory without limit. */
const MAX_PENDING = 2048;

interface SettledRequest {
  request: TrackedRequest;
  /** The seq of the response that answered it; absent when it was cancelled or abandoned. */
  responseSeq?: number;
}

class RequestBook {
  readonly pending = new Map<string, TrackedRequest>();
  private readonly settled = new Map<string, SettledRequest>();

  add(request: TrackedRequest): void {
    const key = requestKey(request.id);
    this.pending.delete(key);
    this.pending.set(key, request);
    if (this.pending.size > MAX_PENDING) this.settle(this.pending.keys().next().value as string);
  }

  answer(key: string, responseSeq: number): Correlation {
    const request = this.pending.get(key);
    if (request) {
      this.settle(key, responseSeq);
      return { status: 'answers', request };
    }
    const settled = this.settled.get(key);
    if (!settled) return { status: 'unknown' };
    if (settled.responseSeq === undefined) return { status: 'late', request: settled.request };
    return { status: 'duplicate', request: settled.request, firstResponseSeq: settled.responseSeq };
  }

  settle(key: string, responseSeq?: number): void {
    const request = this.pending.get(key);
    if (!request) return;
    this.pending.delete(key);
    this.settled.delete(key);
    this.settled.set(key, { request, responseSeq });
    if (this.settled.size > SETTLED_WINDOW) this.settled.delete(this.settled.keys().next().value as string);
  }

  abandonAll(): void {
    for (const key of [...this.pending.keys()]) this.settle(key);
  }
}

/** Tracks the requests of both senders of one connection attempt. */
export class RequestTracker {
  private readonly books: Record<Sender, RequestBook> = { client: new RequestBook(), server: new RequestBook() };

  /**
   * Records a request or cancellation, or pairs a response with its request. Responses travel the
   * opposite way to their requests, so a server's response is looked up among the client's requests.
   */
  observe(sender: Sender, raw: unknown, envelope: MessageEnvelope, seq: number): Correlation | undefined {
    const message = asRecord(raw);
    if (envelope.kind === 'request' && envelope.method !== undefined && envelope.id !== undefined) {
      this.books[sender].add({ id: envelope.id, method: envelope.method, params: asRecord(message?.params), seq, sender });
      return undefined;
    }
    if (envelope.kind === 'notification' && envelope.method === 'notifications/cancelled') {
      const requestId = asRecord(message?.params)?.requestId;
      if (typeof requestId === 'string' || typeof requestId === 'number') this.books[sender].settle(requestKey(requestId));
      return undefined;
    }
    if ((envelope.kind === 'response' || envelope.kind === 'error') && envelope.id !== undefined) {
      return this.books[sender === 'client' ? 'server' : 'client'].answer(requestKey(envelope.id), seq);
    }
    return undefined;
  }

  /** Requests in flight from both senders, oldest first. */
  pendingRequests(): TrackedRequest[] {
    return [...this.books.client.pending.values(), ...this.books.server.pending.values()].sort((a, b) => a.seq - b.seq);
  }

  /** The transport ended: requests in flight will never be answered; late answers are not errors. */
  abandonAll(): void {
    this.books.client.abandonAll();
    this.books.server.abandonAll();
  }
}
