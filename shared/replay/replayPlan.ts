// What a replay sends, read from a recorded connection's events: the client's requests in the order
// they were sent, each with the answer the recording holds, and the answers the client gave to the
// server's own requests (sampling, elicitation), to give them again when the server asks the same.
import { readEnvelope } from '../jsonrpc';
import type { FaultEvent } from '../faults/faultEvent';
import type { RecordedEvent } from '../recordedEvent';
import type { SessionConnection } from '../session/sessionEntries';
import type { ReplayAnswer } from './replayReport';
import { RequestPairing, requestMatchKey, startsConnectionAttempt } from '../requestPairing';

type Params = Record<string, unknown> | undefined;

/** One recorded request of the client and the answer it got. */
export interface RecordedExchange {
  seq: number;
  method: string;
  params: Params;
  recorded: ReplayAnswer;
  /**
   * Set when an injected fault kept the server from answering in the recording (an `error` answered in
   * its place, a dropped or corrupted request): `recorded` is then `none`, never the injected answer.
   */
  injectedBy?: string;
}

/** What the client answered a server request with: a result or an error. */
export type RecordedServerAnswer = { result: Record<string, unknown> } | { error: { code: number; message: string; data?: unknown } };

export interface ReplayPlan {
  exchanges: RecordedExchange[];
  /** The client's answers to the server's requests, by `requestMatchKey`; the first answer wins. */
  serverAnswers: Map<string, RecordedServerAnswer>;
  /** The capabilities the client declared in its recorded `initialize` (undefined if not recorded). */
  clientCapabilities: Record<string, unknown> | undefined;
  /** The server's first successful `initialize` result (protocolVersion, capabilities, serverInfo, instructions). */
  initializeResult: Record<string, unknown> | undefined;
}

/** The SDK client does the handshake itself on connect: these are not replayed as requests. */
const HANDSHAKE_METHODS = new Set(['initialize']);

const asRecord = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

function answerOf(message: Record<string, unknown>): ReplayAnswer {
  if ('result' in message) return { kind: 'result', result: message.result };
  const error = asRecord(message.error) ?? {};
  return { kind: 'error', error: { code: Number(error.code ?? 0), message: String(error.message ?? ''), ...(error.data === undefined ? {} : { data: error.data }) } };
}

function paramsWithoutProgressToken(params: Params): Params {
  const meta = asRecord(params?._meta);
  if (!params || !meta || !('progressToken' in meta)) return params;
  const { progressToken: _token, ...restMeta } = meta;
  const { _meta: _old, ...rest } = params;
  return Object.keys(restMeta).length > 0 ? { ...rest, _meta: restMeta } : rest;
}

/** Faults after which the server's recorded answer (if any) is not the answer to the request as sent. */
const ANSWER_REPLACING_FAULTS = new Set(['error', 'drop', 'corrupt', 'status', 'expire-session']);

/** The fault follows the message it acted on: the exchange it names is among the last ones. */
function markInjected(exchanges: RecordedExchange[], fault: FaultEvent): void {
  if (fault.direction !== 'outgoing' || fault.targetSeq === undefined || !ANSWER_REPLACING_FAULTS.has(fault.action)) return;
  const exchange = exchanges.findLast((candidate) => candidate.seq === fault.targetSeq);
  if (exchange) exchange.injectedBy = `fault "${fault.rule}": ${fault.detail}`;
}

/**
 * Reads one connection's events. Request ids are only unique within one attempt (a reconnect starts a
 * new client), so the open requests are forgotten when a new attempt starts.
 */
export function replayPlan(events: readonly RecordedEvent[]): ReplayPlan {
  const exchanges: RecordedExchange[] = [];
  // The client's open requests pair with their recorded exchange; the server's with their match key.
  const pairing = new RequestPairing<{ exchange?: RecordedExchange; serverRequestKey?: string; handshake?: true }>({ maxOpen: Number.POSITIVE_INFINITY });
  const serverAnswers = new Map<string, RecordedServerAnswer>();
  let clientCapabilities: Record<string, unknown> | undefined;
  let initializeResult: Record<string, unknown> | undefined;
  for (const event of events) {
    if (startsConnectionAttempt(event)) pairing.clear();
    if (event.kind === 'fault') {
      markInjected(exchanges, event.fault);
      continue;
    }
    if (event.kind !== 'message') continue;
    const message = asRecord(event.message);
    const envelope = readEnvelope(event.message);
    if (!message) continue;
    const outgoing = event.direction === 'outgoing';
    if (envelope.kind === 'request') {
      const params = asRecord(message.params);
      if (!outgoing) {
        pairing.opened('incoming', envelope.id!, { serverRequestKey: requestMatchKey(envelope.method!, params) });
        continue;
      }
      if (envelope.method === 'initialize') clientCapabilities ??= asRecord(params?.capabilities);
      if (HANDSHAKE_METHODS.has(envelope.method!)) {
        pairing.opened('outgoing', envelope.id!, { handshake: true });
        continue;
      }
      const exchange: RecordedExchange = { seq: event.seq, method: envelope.method!, params: paramsWithoutProgressToken(params), recorded: { kind: 'none' } };
      exchanges.push(exchange);
      pairing.opened('outgoing', envelope.id!, { exchange });
    } else if ((envelope.kind === 'response' || envelope.kind === 'error') && envelope.id !== undefined) {
      const paired = pairing.answered(event.direction, envelope.id, event.seq);
      if (paired.status !== 'answers') continue;
      const answer = answerOf(message);
      if (paired.request.handshake && answer.kind === 'result') initializeResult ??= asRecord(answer.result);
      if (paired.request.exchange) paired.request.exchange.recorded = answer;
      const key = paired.request.serverRequestKey;
      if (key === undefined || serverAnswers.has(key)) continue;
      if (answer.kind === 'result') serverAnswers.set(key, { result: asRecord(answer.result) ?? {} });
      else if (answer.kind === 'error') serverAnswers.set(key, { error: answer.error });
    }
  }
  return { exchanges, serverAnswers, clientCapabilities, initializeResult };
}

/**
 * The recorded connection to replay: the one named, else the first that sent any request. Throws
 * with a sentence the CLI and the UI can show.
 */
export function pickReplayedConnection(connections: readonly SessionConnection[], connectionId?: string): SessionConnection {
  if (connectionId !== undefined) {
    const named = connections.find((connection) => connection.id === connectionId);
    if (!named) throw new Error(`The session has no connection "${connectionId}" (it has: ${connections.map((c) => c.id).join(', ') || 'none'}).`);
    return named;
  }
  const first = connections.find((connection) => replayPlan(connection.events).exchanges.length > 0);
  if (!first) throw new Error('The session holds no request of the client to replay (only the handshake, or nothing at all).');
  return first;
}
