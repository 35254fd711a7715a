// Pairs JSON-RPC responses with the requests they answer: the one implementation the log store, the
// diagnosis, the replay plan and recorded connections all use, so they can never disagree on which
// response answers which request. Ids live per direction and per connection attempt (a new attempt's
// client numbers from 0 again); a response travels the opposite way to its request. Answered,
// cancelled and abandoned requests are remembered in a bounded window, so a duplicate or late answer
// can be told apart from an answer to an id never sent.
import { requestKey, type JsonRpcId } from './jsonrpc';
import type { Direction, RecordedEvent } from './recordedEvent';
import { stableJson } from './stableJson';
import { withoutVolatile, type IgnoreRule } from './replay/ignoreRules';

/**
 * How a response's id relates to the requests sent the other way. A settled request is remembered in
 * its settled form `S` (by default the request itself): what a late or duplicate answer is told about.
 */
export type Pairing<T, S = T> =
  | { status: 'answers'; request: T }
  /** The request was answered before: this is a second response to it. */
  | { status: 'duplicate'; request: S; firstResponseSeq: number }
  /** Answers a request that was cancelled or abandoned (its transport ended): allowed by the spec. */
  | { status: 'late'; request: S }
  | { status: 'unknown' };

/** The way the answer to a request sent in `direction` travels. */
export function oppositeDirection(direction: Direction): Direction {
  return direction === 'outgoing' ? 'incoming' : 'outgoing';
}

/**
 * True for the transport event that starts a new connection attempt: request ids start again after it.
 * (`spawned` also counts, for sessions recorded before `connecting` was an event.)
 */
export function startsConnectionAttempt(event: RecordedEvent): boolean {
  return event.kind === 'transport' && (event.event.type === 'connecting' || event.event.type === 'spawned');
}

/**
 * Whether an event ends a connection attempt: its server exited, or the connection was closed (by the
 * server or the inspector). What is still open then is never answered: a new attempt numbers anew.
 */
export function endsConnectionAttempt(event: RecordedEvent): boolean {
  return event.kind === 'transport' && (event.event.type === 'closed' || event.event.type === 'exited');
}

/** The id a `notifications/cancelled` message names, if it is one. */
export function cancelledRequestId(message: unknown): JsonRpcId | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { method, params } = message as { method?: unknown; params?: unknown };
  if (method !== 'notifications/cancelled' || typeof params !== 'object' || params === null) return undefined;
  const requestId = (params as { requestId?: unknown }).requestId;
  return typeof requestId === 'string' || typeof requestId === 'number' ? requestId : undefined;
}

interface SettledRequest<T> {
  request: T;
  /** The seq of the response that answered it; absent when it was cancelled or abandoned. */
  responseSeq?: number;
}

export interface RequestPairingLimits {
  /** Settled requests remembered per direction, to tell late and duplicate answers apart. */
  settledWindow?: number;
  /** Open requests kept per direction; the oldest is abandoned beyond it (a peer that never answers). */
  maxOpen?: number;
}

class DirectionBook<T, S> {
  readonly open = new Map<string, T>();
  private readonly settled = new Map<string, SettledRequest<S>>();

  constructor(
    private readonly limits: Required<RequestPairingLimits>,
    private readonly settledForm: (request: T) => S,
  ) {}

  add(key: string, request: T): void {
    this.open.delete(key);
    this.open.set(key, request);
    if (this.open.size > this.limits.maxOpen) this.settle(this.open.keys().next().value as string);
  }

  answer(key: string, responseSeq: number): Pairing<T, S> {
    const request = this.open.get(key);
    if (request !== undefined) {
      this.settle(key, responseSeq);
      return { status: 'answers', request };
    }
    const settled = this.settled.get(key);
    if (!settled) return { status: 'unknown' };
    if (settled.responseSeq === undefined) return { status: 'late', request: settled.request };
    return { status: 'duplicate', request: settled.request, firstResponseSeq: settled.responseSeq };
  }

  settle(key: string, responseSeq?: number): T | undefined {
    const request = this.open.get(key);
    if (request === undefined) return undefined;
    this.open.delete(key);
    this.settled.delete(key);
    this.settled.set(key, { request: this.settledForm(request), responseSeq });
    if (this.settled.size > this.limits.settledWindow) this.settled.delete(this.settled.keys().next().value as string);
    return request;
  }

  abandonAll(): void {
    for (const key of [...this.open.keys()]) this.settle(key);
  }

  clear(): void {
    this.open.clear();
    this.settled.clear();
  }
}

/** The open and recently settled requests of one connection attempt, in both directions. */
export class RequestPairing<T, S = T> {
  private readonly books: Record<Direction, DirectionBook<T, S>>;

  /**
   * `settledForm` is what a settled request is remembered as, for as long as the settled window keeps
   * it: a consumer whose requests carry their params (a 5 MiB tool argument) keeps only what a late or
   * duplicate answer needs, so the window does not hold the last 512 requests' payloads.
   */
  constructor(limits: RequestPairingLimits = {}, settledForm: (request: T) => S = (request) => request as unknown as S) {
    const resolved = { settledWindow: limits.settledWindow ?? 512, maxOpen: limits.maxOpen ?? 2048 };
    this.books = { outgoing: new DirectionBook(resolved, settledForm), incoming: new DirectionBook(resolved, settledForm) };
  }

  /** A request was sent in `direction`; a later one with the same id replaces it. */
  opened(direction: Direction, id: JsonRpcId, request: T): void {
    this.books[direction].add(requestKey(id), request);
  }

  /** A response travelling in `responseDirection` with this id: which request it answers, if any. */
  answered(responseDirection: Direction, id: JsonRpcId, responseSeq: number): Pairing<T, S> {
    return this.books[oppositeDirection(responseDirection)].answer(requestKey(id), responseSeq);
  }

  /** The request sent in `direction` with this id, while it is still open. */
  openRequest(direction: Direction, id: JsonRpcId): T | undefined {
    return this.books[direction].open.get(requestKey(id));
  }

  /** The request was cancelled by its sender: an answer may still come, and is then late. */
  cancelled(direction: Direction, id: JsonRpcId): T | undefined {
    return this.books[direction].settle(requestKey(id));
  }

  /** Requests still open, in the order they were sent (per direction). */
  openRequests(direction: Direction): T[] {
    return [...this.books[direction].open.values()];
  }

  /** The transport ended: open requests will never be answered, and answers that still come are late. */
  abandonAll(): void {
    this.books.outgoing.abandonAll();
    this.books.incoming.abandonAll();
  }

  /** A new connection attempt: ids start again, nothing earlier can be answered. */
  clear(): void {
    this.books.outgoing.clear();
    this.books.incoming.clear();
  }
}

/**
 * A request's identity for matching a recorded answer to a request made again: method and params, with
 * `_meta` (progress tokens, era metadata) left out, key order ignored. With `volatile` rules (replay's
 * ignore rules), what they set aside in the params does not count either: a looser key, for when the
 * exact one finds nothing.
 */
export function requestMatchKey(method: string, params: Record<string, unknown> | undefined, volatile?: readonly IgnoreRule[]): string {
  const { _meta: _ignored, ...rest } = params ?? {};
  return `${method} ${stableJson(volatile ? withoutVolatile(rest, volatile) : rest)}`;
}
