// A recorded connection read as MCP exchanges: each request with the response, cancellation or end of
// transport that settled it and the notifications tied to it (progress by token, cancellation by id),
// and each notification tied to no request on its own. Pairing is shared/requestPairing's, so the
// exports pair exactly as the log and the diagnosis do. The OTLP export makes one span of each.
import { readEnvelope, type JsonRpcId } from '../jsonrpc';
import type { Direction, RecordedEvent } from '../recordedEvent';
import { cancelledRequestId, endsConnectionAttempt, RequestPairing, startsConnectionAttempt } from '../requestPairing';

/** A notification (or a second answer) that belongs to a request, at the time it was recorded. */
export interface ExchangeNote {
  seq: number;
  time: number;
  /** The notification's method, or `duplicate response` for a second answer to the request. */
  name: string;
  params: Record<string, unknown> | undefined;
}

/** How an exchange ended. */
export type ExchangeOutcome =
  | { kind: 'result'; result: unknown }
  | { kind: 'error'; code: unknown; message: string | undefined }
  /** Its sender cancelled it (notifications/cancelled) and no answer came after. */
  | { kind: 'cancelled'; reason: string | undefined }
  /** The transport ended, or the recording did, before an answer. */
  | { kind: 'unanswered' }
  | { kind: 'notification' };

/** One request with what settled it, or one notification on its own. */
export interface McpExchange {
  connectionId: string;
  /** Who sent the request or notification: `outgoing` is the inspector (the client), `incoming` the server. */
  direction: Direction;
  method: string;
  /** The request's id; absent for a notification. */
  id?: JsonRpcId;
  params: Record<string, unknown> | undefined;
  /** The envelope's `jsonrpc` member as sent. */
  jsonrpc: unknown;
  startSeq: number;
  startTime: number;
  /** When the answer came (or the cancellation, or the end); a notification's own time. */
  endTime: number;
  /** The seq of the answer (or the cancellation) that settled it, when one did. */
  endSeq?: number;
  outcome: ExchangeOutcome;
  notes: ExchangeNote[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function paramsOf(message: Record<string, unknown>): Record<string, unknown> | undefined {
  return isRecord(message.params) ? message.params : undefined;
}

/** The progress token a request asked for (`params._meta.progressToken`). */
function progressTokenOf(params: Record<string, unknown> | undefined): string | undefined {
  const meta = params?._meta;
  return isRecord(meta) ? progressKey(meta.progressToken) : undefined;
}

function progressKey(token: unknown): string | undefined {
  return typeof token === 'string' || typeof token === 'number' ? `${typeof token}:${token}` : undefined;
}

function errorOutcome(error: unknown): ExchangeOutcome {
  const { code, message } = isRecord(error) ? error : {};
  return { kind: 'error', code, message: typeof message === 'string' ? message : undefined };
}

/** Walks one connection's events in order. */
class ExchangeWalk {
  readonly exchanges: McpExchange[] = [];
  private pairing = new RequestPairing<McpExchange>();
  /** Open requests by the progress token they asked for, per direction of the request. */
  private readonly progress = new Map<string, McpExchange>();
  private lastTime = 0;

  event(event: RecordedEvent): void {
    this.lastTime = event.time;
    if (startsConnectionAttempt(event)) {
      this.endOpen(event.time);
      this.pairing = new RequestPairing<McpExchange>();
      this.progress.clear();
    } else if (endsConnectionAttempt(event)) this.endOpen(event.time);
    else if (event.kind === 'message') {
      // A JSON-RPC batch (allowed by MCP 2025-03-26) is its messages in order.
      for (const message of Array.isArray(event.message) ? event.message : [event.message]) this.message(event, message);
    }
  }

  /** The recording ended: what is still open was never answered. */
  finish(): McpExchange[] {
    this.endOpen(this.lastTime);
    return this.exchanges.sort((a, b) => a.startSeq - b.startSeq);
  }

  private message(event: RecordedEvent & { kind: 'message' }, message: unknown): void {
    const envelope = readEnvelope(message);
    if (!isRecord(message)) return;
    const { direction, seq, time, connectionId } = event;
    if (envelope.kind === 'request' && envelope.id !== undefined) {
      const params = paramsOf(message);
      const exchange: McpExchange = { connectionId, direction, method: envelope.method!, id: envelope.id, params, jsonrpc: message.jsonrpc, startSeq: seq, startTime: time, endTime: time, outcome: { kind: 'unanswered' }, notes: [] };
      this.exchanges.push(exchange);
      this.pairing.opened(direction, envelope.id, exchange);
      const token = progressTokenOf(params);
      if (token !== undefined) this.progress.set(`${direction} ${token}`, exchange);
    } else if ((envelope.kind === 'response' || envelope.kind === 'error') && envelope.id !== undefined) {
      this.answer(direction, envelope.id, seq, time, envelope.kind === 'response' ? { kind: 'result', result: message.result } : errorOutcome(message.error));
    } else if (envelope.kind === 'notification') this.notification(event, message, envelope.method!);
  }

  private answer(direction: Direction, id: JsonRpcId, seq: number, time: number, outcome: ExchangeOutcome): void {
    const pairing = this.pairing.answered(direction, id, seq);
    if (pairing.status === 'answers' || pairing.status === 'late') {
      pairing.request.endTime = time;
      pairing.request.endSeq = seq;
      pairing.request.outcome = outcome;
      this.forgetProgress(pairing.request);
    } else if (pairing.status === 'duplicate') pairing.request.notes.push({ seq, time, name: 'duplicate response', params: undefined });
  }

  private notification(event: RecordedEvent & { kind: 'message' }, message: Record<string, unknown>, method: string): void {
    const { direction, seq, time, connectionId } = event;
    const params = paramsOf(message);
    const note: ExchangeNote = { seq, time, name: method, params };
    // Progress travels opposite to the request it reports on; a cancellation comes from the request's sender.
    const token = method === 'notifications/progress' && params !== undefined ? progressKey(params.progressToken) : undefined;
    const progressed = token === undefined ? undefined : this.progress.get(`${direction === 'outgoing' ? 'incoming' : 'outgoing'} ${token}`);
    if (progressed) return void progressed.notes.push(note);
    const cancelledId = cancelledRequestId(message);
    const cancelled = cancelledId === undefined ? undefined : this.pairing.cancelled(direction, cancelledId);
    if (cancelled) {
      cancelled.notes.push(note);
      cancelled.endTime = time;
      cancelled.endSeq = seq;
      cancelled.outcome = { kind: 'cancelled', reason: typeof params?.reason === 'string' ? params.reason : undefined };
      return;
    }
    this.exchanges.push({ connectionId, direction, method, params, jsonrpc: message.jsonrpc, startSeq: seq, startTime: time, endTime: time, outcome: { kind: 'notification' }, notes: [] });
  }

  private forgetProgress(exchange: McpExchange): void {
    const token = progressTokenOf(exchange.params);
    if (token !== undefined && this.progress.get(`${exchange.direction} ${token}`) === exchange) this.progress.delete(`${exchange.direction} ${token}`);
  }

  /** Requests still open end here, unanswered; an answer that comes later (late) still settles them. */
  private endOpen(time: number): void {
    for (const direction of ['outgoing', 'incoming'] as const) {
      for (const exchange of this.pairing.openRequests(direction)) exchange.endTime = time;
    }
    this.pairing.abandonAll();
  }
}

/** The exchanges of one connection's events, in the order they started. */
export function mcpExchanges(events: readonly RecordedEvent[]): McpExchange[] {
  const walk = new ExchangeWalk();
  for (const event of events) walk.event(event);
  return walk.finish();
}
