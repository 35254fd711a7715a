// The wire pane's rows, shaped from the log store's entries (already paired by `shared/requestPairing`
// on append): one row per exchange (a request with its answer), consecutive notifications of one method
// folded into one compact row, answers that pair with no request on their own. Pinned rows come first.
// Only the log's tail is read, so a 100,000-event log costs the pane no more than a short one.
import type { Direction } from '../../../../shared/recordedEvent';
import type { LogEntry } from '../../api/logEntry';
import type { LogSnapshot } from '../../api/logStore';

/**
 * How an exchange stands: no answer yet, answered, failed, a tool that reported an error, cancelled
 * unanswered, or never answered because the connection ended (the server exited or it was closed).
 */
export type ExchangeStatus = 'pending' | 'ok' | 'error' | 'tool-error' | 'cancelled' | 'unanswered';

/** A request and (once it came) its answer, in one row. */
export interface ExchangeRow {
  kind: 'exchange';
  /** The request's seq: the row's key, what a click shows and what a pin names. */
  seq: number;
  responseSeq?: number;
  direction: Direction;
  method: string;
  /** What the request is about, when its method has one: a tool or prompt name, a resource URI. */
  target?: string;
  id: string;
  latencyMs?: number;
  status: ExchangeStatus;
  /** The JSON-RPC error code, for `error`. */
  errorCode?: number;
  pinned: boolean;
}

/** One notification, or a run of consecutive ones of the same method and direction. */
export interface NotificationRow {
  kind: 'notification';
  /** The newest of the run. */
  seq: number;
  /** The oldest of the run (equal to `seq` for one notification). */
  firstSeq: number;
  count: number;
  direction: Direction;
  method: string;
  pinned: boolean;
}

/** A response or error no request pairs with, or a message that is not valid JSON-RPC. */
export interface StrayRow {
  kind: 'stray';
  seq: number;
  direction: Direction;
  what: 'response' | 'error' | 'invalid';
  id?: string;
  pinned: boolean;
}

export type WireRow = ExchangeRow | NotificationRow | StrayRow;

export interface WireRows {
  /** Pinned rows, oldest first. */
  pinned: WireRow[];
  /** The latest rows not pinned, newest first. */
  latest: WireRow[];
  /** Exchanges still waiting for an answer among the latest rows. */
  pendingCount: number;
}

/** How many log entries back the pane looks, whatever they are (stderr, transport events …). */
export const WIRE_SCAN_LIMIT = 4000;
/** How many rows the pane lists below the pinned ones. */
export const WIRE_ROW_LIMIT = 100;
const TARGET_CHARS = 80;

type LogRead = Pick<LogSnapshot, 'entries' | 'count' | 'indexOfSeq'>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function messageOf(entry: LogEntry | undefined): Record<string, unknown> | undefined {
  return entry?.event.kind === 'message' && isRecord(entry.event.message) ? entry.event.message : undefined;
}

/** The tool, prompt or resource a request names, clipped; undefined for methods without one. */
export function targetOf(entry: LogEntry): string | undefined {
  const params = messageOf(entry)?.params;
  if (!isRecord(params)) return undefined;
  const target = typeof params.name === 'string' ? params.name : typeof params.uri === 'string' ? params.uri : undefined;
  if (target === undefined) return undefined;
  return target.length > TARGET_CHARS ? `${target.slice(0, TARGET_CHARS - 1)}…` : target;
}

function statusOf(request: LogEntry, answer: LogEntry | undefined): Pick<ExchangeRow, 'status' | 'errorCode'> {
  if (!answer) return { status: request.cancelSeq !== undefined ? 'cancelled' : request.endedSeq !== undefined ? 'unanswered' : 'pending' };
  // An injected `error` fault answered in the peer's place: what the sender got is its error.
  if (answer.event.kind === 'fault') return withErrorCode(answer.event.fault.injected);
  const message = messageOf(answer);
  if (answer.kind === 'error') return withErrorCode(message);
  return isRecord(message?.result) && message.result.isError === true ? { status: 'tool-error' } : { status: 'ok' };
}

function withErrorCode(message: unknown): Pick<ExchangeRow, 'status' | 'errorCode'> {
  const code = isRecord(message) && isRecord(message.error) ? message.error.code : undefined;
  return typeof code === 'number' ? { status: 'error', errorCode: code } : { status: 'error' };
}

function entryBySeq(log: LogRead, seq: number | undefined): LogEntry | undefined {
  if (seq === undefined) return undefined;
  const index = log.indexOfSeq(seq);
  return index === undefined || index >= log.count ? undefined : log.entries[index];
}

function exchangeRow(log: LogRead, request: LogEntry, pinned: boolean): ExchangeRow {
  const answer = entryBySeq(log, request.pairSeq);
  const target = targetOf(request);
  return {
    kind: 'exchange',
    seq: request.seq,
    ...(answer ? { responseSeq: answer.seq } : {}),
    direction: request.direction ?? 'outgoing',
    method: request.method ?? '',
    ...(target === undefined ? {} : { target }),
    id: String(request.id),
    ...(answer?.latencyMs === undefined ? {} : { latencyMs: answer.latencyMs }),
    ...statusOf(request, answer),
    pinned,
  };
}

/** The row an entry starts; undefined for entries the pane leaves to the Log (streams, transport, paired answers). */
function rowOf(log: LogRead, entry: LogEntry, pinned: boolean): WireRow | undefined {
  if (entry.event.kind !== 'message' || entry.direction === undefined) return undefined;
  const direction = entry.direction;
  switch (entry.kind) {
    case 'request':
      return exchangeRow(log, entry, pinned);
    case 'notification':
      return { kind: 'notification', seq: entry.seq, firstSeq: entry.seq, count: 1, direction, method: entry.method ?? '', pinned };
    case 'response':
    case 'error':
    case 'invalid':
      if (entry.pairSeq !== undefined && entry.kind !== 'invalid') return undefined;
      return { kind: 'stray', seq: entry.seq, direction, what: entry.kind, ...(entry.id === undefined ? {} : { id: String(entry.id) }), pinned };
    default:
      return undefined;
  }
}

/** The row a pinned seq names: a paired answer pins its exchange. */
function pinnedRow(log: LogRead, seq: number): WireRow | undefined {
  const entry = entryBySeq(log, seq);
  if (!entry) return undefined;
  const request = entry.kind === 'response' || entry.kind === 'error' ? entryBySeq(log, entry.pairSeq) : undefined;
  return rowOf(log, request ?? entry, true);
}

/** Folds a notification into the row before it (in newest-first order) when both are the same method and direction. */
function foldInto(previous: WireRow | undefined, row: NotificationRow): boolean {
  if (previous?.kind !== 'notification' || previous.method !== row.method || previous.direction !== row.direction) return false;
  previous.firstSeq = row.seq;
  previous.count += 1;
  return true;
}

/** The pane's rows for one connection's log and its pinned seqs. */
export function wireRowsOf(log: LogRead, pinnedSeqs: ReadonlySet<number>, limit = WIRE_ROW_LIMIT, scanLimit = WIRE_SCAN_LIMIT): WireRows {
  const pinned: WireRow[] = [];
  const pinnedRowSeqs = new Set<number>();
  for (const seq of [...pinnedSeqs].sort((a, b) => a - b)) {
    const row = pinnedRow(log, seq);
    if (!row || pinnedRowSeqs.has(row.seq)) continue;
    pinnedRowSeqs.add(row.seq);
    pinned.push(row);
  }
  const latest: WireRow[] = [];
  let pendingCount = 0;
  const stop = Math.max(0, log.count - scanLimit);
  for (let index = log.count - 1; index >= stop && latest.length < limit; index--) {
    const entry = log.entries[index];
    // The page let go of the entries before this one (its limit): the latest rows end here.
    if (!entry) break;
    if (pinnedRowSeqs.has(entry.seq)) continue;
    const row = rowOf(log, entry, false);
    if (!row) continue;
    if (row.kind === 'notification' && foldInto(latest[latest.length - 1], row)) continue;
    if (row.kind === 'exchange' && row.status === 'pending') pendingCount += 1;
    latest.push(row);
  }
  return { pinned, latest, pendingCount };
}
