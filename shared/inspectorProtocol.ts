// The UI↔proxy protocol over the WebSocket: one map of requests and one of events, each a zod schema.
// `InspectorApi` and `InspectorEvents` are derived from the maps, so the proxy's dispatcher and the
// client's api layer `implements` the same interface and drift is a compile error.
import { FaultRuleEntrySchema } from './faults/faultRuleEntry';
import { z } from 'zod';
import { ConnectionSettingsSchema, ConnectionSummarySchema, ConnectionTargetSchema, EraChoiceSchema, RootSchema } from './connectionTypes';
import { FindingSchema } from './diagnosis/finding';
import { AppTrafficSchema, RecordedEventSchema, type RecordedEvent } from './recordedEvent';
import { ReplayReportSchema } from './replay/replayReport';
import { PendingServerRequestSchema, RequestProgressSchema, ServerRequestAnswerSchema, ServerRequestSettledSchema } from './serverRequests';

/** Bumped on any incompatible change to the messages below; checked in `attach`. */
export const INSPECTOR_PROTOCOL_VERSION = 8;

/**
 * The most events a page holds unless the proxy says otherwise (`MCP_INSPECT_PAGE_EVENTS`): about
 * 0.5 KB each in the page, so ~100 MB at most; older ones are read back from the proxy as they scroll
 * in. A filter searches the held ones only, so the limit stays well above a busy hour of traffic
 * (the bench's 100,000-message flood is filtered whole).
 */
export const DEFAULT_PAGE_EVENT_LIMIT = 200_000;

/** The WebSocket path on the proxy. */
export const SOCKET_PATH = '/api/socket';

const connectionRef = z.object({ connectionId: z.string() });

/** An MCP error as the server sent it (or as the SDK raised it: timeouts, closed connection). */
export const McpErrorSchema = z.object({
  code: z.number(),
  message: z.string(),
  data: z.unknown().optional(),
});
export type McpError = z.infer<typeof McpErrorSchema>;

/** The seq the request was recorded under in the connection's log (absent when it never went out), so a view can link its exchange. */
const requestSeq = z.number().int().optional();

/** The outcome of an MCP request: a server error is an answer to show, not a failure of the proxy. */

export const RequestOutcomeSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    result: z.unknown(),
    durationMs: z.number(),
    /**
     * The seq of the recorded response this result is the `result` of. On the socket the proxy then
     * leaves `result` out, having sent that event just before the answer: a big result crosses once,
     * and the page puts it back (`withRecordedResult`).
     */
    resultSeq: z.number().int().optional(),
    requestSeq,
  }),
  z.object({
    ok: z.literal(false),
    error: McpErrorSchema,
    durationMs: z.number(),
    requestSeq,
    /** Set when the UI cancelled the request (`notifications/cancelled` was sent). */
    cancelled: z.boolean().optional(),
    /** The JSON-RPC id the request went out with, so a late answer after the cancellation can be found in the log. */
    jsonRpcId: z.union([z.string(), z.number()]).optional(),
  }),
]);
export type RequestOutcome = z.infer<typeof RequestOutcomeSchema>;

/** The session file `mcp-inspect open FILE` shows, read-only. */
export const RecordedSessionInfoSchema = z.object({
  /** The file's path on the proxy's machine. */
  file: z.string(),
  /** When recording started, ISO 8601. */
  createdAt: z.string(),
  /** The mcp-inspect version that wrote it. */
  inspectorVersion: z.string(),
  /** The session format version the file was written in (older ones are upgraded on reading). */
  fileVersion: z.number(),
  /** The first damaged lines that were skipped, by line number (at most 10). */
  problems: z.array(z.object({ line: z.number(), message: z.string() })),
  /** How many damaged lines were skipped in all. */
  damagedLines: z.number(),
});
export type RecordedSessionInfo = z.infer<typeof RecordedSessionInfoSchema>;

/** What the proxy was launched with, so the UI can prefill its connection form. */
export const LaunchInfoSchema = z.object({
  inspectorVersion: z.string(),
  /** The target named on the command line (or the bundled demo server), if any. */
  target: ConnectionTargetSchema.optional(),
  /** True when the target is the bundled demo server, chosen because no target was given. */
  isDemo: z.boolean(),
  /** The protocol era asked for on the command line (`--era`); absent means legacy. */
  era: EraChoiceSchema.optional(),
  /** Set when the proxy shows a recorded session (`mcp-inspect open FILE`) instead of a live server. */
  recordedSession: RecordedSessionInfoSchema.optional(),
  /** The origin MCP Apps are framed from (another loopback port: see docs/architecture.md, "MCP Apps"). */
  appSandboxOrigin: z.string().optional(),
});
export type LaunchInfo = z.infer<typeof LaunchInfoSchema>;

/** The HTTP answer to a raw POST (the raw composer over Streamable HTTP or SSE). */
export const RawHttpReplySchema = z.object({
  status: z.number(),
  statusText: z.string(),
  contentType: z.string().optional(),
  /**
   * The body when it held no JSON-RPC message (an empty 202, a plain-text error), cut to 4 KiB. JSON
   * and event-stream bodies are recorded as incoming messages instead, as they arrive.
   */
  body: z.string().optional(),
});
export type RawHttpReply = z.infer<typeof RawHttpReplySchema>;

/** Every request the UI can make of the proxy: params and result schemas. */
export const inspectorRequests = {
  /**
   * First message on every socket. Returns a snapshot (every connection, every diagnosis finding, the
   * pending server requests, and how many events were recorded so far). The snapshot's events follow
   * as bounded `eventsRecorded` frames (a reopened session can hold 100,000 of them), before any live
   * one: the events that arrive on the socket are exactly those recorded, in order, none lost or repeated.
   */
  attach: {
    params: z.object({ protocolVersion: z.number() }),
    result: z.object({
      protocolVersion: z.number(),
      launch: LaunchInfoSchema,
      connections: z.array(ConnectionSummarySchema),
      /** The snapshot's first events (the proxy sends none here today; the rest follow as `eventsRecorded`). */
      events: z.array(RecordedEventSchema),
      /** How many events the snapshot holds, `events` included: the first this many events that arrive. */
      eventCount: z.number().int().nonnegative(),
      /**
       * Per connection, how many of its events come before the snapshot's (absent: none). The proxy keeps
       * only a recent window in memory, so the snapshot holds the latest events; the older ones stay on
       * the proxy's disk and are read with `readEvents` (positions 0 to this count − 1).
       */
      olderEventCounts: z.record(z.string(), z.number().int().positive()),
      /**
       * The most events the page should hold: past it, the page lets go of its oldest ones and reads them
       * back with `readEvents` like the older ones, so a page attached to a day-long session stays bounded.
       */
      pageEventLimit: z.number().int().positive(),
      /** Every finding of the diagnosis so far, in the order raised. */
      findings: z.array(FindingSchema),
      /** The server requests still waiting for an answer, oldest first. */
      serverRequests: z.array(PendingServerRequestSchema),
    }),
  },
  /**
   * Events by position, oldest first: `from` counts from 0, the first event of the connection (or of
   * every listed connection merged by seq, without `connectionId`). Answers at most `count` events, and
   * fewer at the end; older events come from the session file (or the spill file) on the proxy's disk.
   */
  readEvents: {
    params: z.object({
      connectionId: z.string().optional(),
      from: z.number().int().nonnegative(),
      count: z.number().int().positive().max(5_000),
    }),
    result: z.object({ events: z.array(RecordedEventSchema) }),
  },
  /** Opens a new connection; resolves once it exists (state `connecting`), before the handshake ends. */
  connect: {
    params: z.object({ target: ConnectionTargetSchema, settings: ConnectionSettingsSchema.optional() }),
    result: ConnectionSummarySchema,
  },
  /** Closes a connection (kills a stdio server, ends an HTTP session) but keeps it and its log listed. */
  disconnect: { params: connectionRef, result: ConnectionSummarySchema },
  /** Closes (if open) and opens again, optionally with an edited target. The log is kept. */
  reconnect: {
    params: connectionRef.extend({ target: ConnectionTargetSchema.optional(), settings: ConnectionSettingsSchema.optional() }),
    result: ConnectionSummarySchema,
  },
  /** Disconnects and forgets a connection. */
  removeConnection: { params: connectionRef, result: z.object({}) },
  /** Sends any MCP request through the connection's client and returns the server's answer. */
  request: {
    params: connectionRef.extend({
      method: z.string().min(1),
      params: z.record(z.string(), z.unknown()).optional(),
      timeoutMs: z.number().int().positive().optional(),
      /** The UI's name for this request, so its progress can be shown and it can be cancelled. */
      requestKey: z.string().min(1).optional(),
      /** `app`: an MCP App the page renders asked for it; the recorded request is marked `via: "app"`. */
      origin: z.literal('app').optional(),
    }),
    result: RequestOutcomeSchema,
  },
  /**
   * Records what passed between the page (as an MCP Apps host) and an app it renders: the proxy stamps
   * each message as an `app` event of the connection, in order. At most 100 messages of 1 MiB each
   * (`size` is checked against the message); refused on a recorded (read-only) connection.
   */
  recordAppTraffic: {
    params: connectionRef.extend({
      messages: z.array(AppTrafficSchema.omit({ kind: true, size: true })).min(1).max(100),
    }),
    result: z.object({ recorded: z.number().int() }),
  },
  /** Cancels an in-flight `request` (the SDK sends `notifications/cancelled` with the reason). */
  cancelRequest: {
    params: connectionRef.extend({ requestKey: z.string(), reason: z.string().optional() }),
    result: z.object({ cancelled: z.boolean() }),
  },
  /** Answers a pending server request; a second answer, or one after it ended, is an error. */
  respond: {
    params: connectionRef.extend({ requestId: z.string(), answer: ServerRequestAnswerSchema }),
    result: z.object({}),
  },
  /** Replaces the connection's roots; when connected, sends `notifications/roots/list_changed`. */
  setRoots: {
    params: connectionRef.extend({ roots: z.array(RootSchema) }),
    result: ConnectionSummarySchema,
  },
  /**
   * Replaces the connection's fault rules (shared/faults/): they act from the next message on, and the
   * summary carries them in `settings.faults`. A rule that does not parse is refused with the parser's
   * error, naming the rule.
   */
  setFaults: {
    params: connectionRef.extend({ faults: z.array(FaultRuleEntrySchema) }),
    result: ConnectionSummarySchema,
  },
  /**
   * Writes text to the server exactly as given (raw composer: any JSON-RPC, invalid JSON, batches):
   * a line on stdio, a POST to the session's endpoint over Streamable HTTP or SSE (with the session id
   * and protocol version headers the connection negotiated). Answers to the requests in it are
   * recorded like any message but never reach the SDK client.
   */
  sendRaw: {
    params: connectionRef.extend({ text: z.string().min(1, 'Nothing to send') }),
    result: z.object({
      /** The ids of the requests found in the text, whose answers the composer shows. */
      requestIds: z.array(z.union([z.string(), z.number()])),
      /** Over HTTP: how the server answered the POST (its JSON-RPC messages are recorded as events). */
      http: RawHttpReplySchema.optional(),
    }),
  },
  /**
   * Replays a recorded session against a live server (the recorded one unless `target` names another):
   * its client requests are sent again in order, and each gets a verdict with a structural diff. The
   * replay runs on its own connection (not listed) and is recorded as a new session file.
   */
  replaySession: {
    params: z.object({
      /** The session file on the proxy's machine; default: the session this proxy shows (`open`). */
      file: z.string().min(1).optional(),
      /** The recorded connection to replay; default: the first that sent requests. */
      connectionId: z.string().optional(),
      target: ConnectionTargetSchema.optional(),
      /**
       * Without `target`, the replay runs the target the file recorded, and a session file is untrusted
       * input: this must be that target exactly as `previewReplay` gave it and the person confirmed it,
       * or the proxy refuses (so a page script cannot run a file's command without the dialog).
       */
      confirmedTarget: ConnectionTargetSchema.optional(),
      /** Extra path globs whose differences do not count (`result.content[*].text`, `**.timestamp`). */
      ignore: z.array(z.string()).optional(),
      timeoutMs: z.number().int().positive().optional(),
    }),
    result: ReplayReportSchema,
  },
  /**
   * What `replaySession` without a `target` would run, read from the file and in full (command, args,
   * env, cwd; or URL and headers), for the person to check and confirm. Runs nothing.
   */
  previewReplay: {
    params: z.object({ file: z.string().min(1).optional(), connectionId: z.string().optional() }),
    result: z.object({ connectionId: z.string(), target: ConnectionTargetSchema }),
  },
} as const;

/** Every event the proxy pushes to attached sockets. */
export const inspectorEvents = {
  /** A connection was added or any part of its summary changed (state, handshake, stderr tail, …). */
  connectionChanged: ConnectionSummarySchema,
  /** A connection was removed. */
  connectionRemoved: connectionRef,
  /** Events of the tapped stream, in order, batched (the proxy flushes at most once per tick). */
  eventsRecorded: z.object({ events: z.array(RecordedEventSchema) }),
  /**
   * Findings of the diagnosis, in the order raised, batched like `eventsRecorded` and sent after the
   * events they point at.
   */
  diagnosisRaised: z.object({ findings: z.array(FindingSchema) }),
  /** A server request now waits for the person's answer. */
  serverRequestPending: PendingServerRequestSchema,
  /** A pending server request ended (answered, rejected, timed out, cancelled by the server, closed). */
  serverRequestSettled: ServerRequestSettledSchema,
  /** A progress notification for a `request` that carried a `requestKey`. */
  requestProgress: RequestProgressSchema,
} as const;

export type InspectorRequestMethod = keyof typeof inspectorRequests;
export type InspectorEventName = keyof typeof inspectorEvents;
export type RequestParams<M extends InspectorRequestMethod> = z.infer<(typeof inspectorRequests)[M]['params']>;
export type RequestResult<M extends InspectorRequestMethod> = z.infer<(typeof inspectorRequests)[M]['result']>;
export type EventParams<E extends InspectorEventName> = z.infer<(typeof inspectorEvents)[E]>;

/** Implemented by the proxy's dispatcher and by the client's api layer. */
export type InspectorApi = {
  [M in InspectorRequestMethod]: (params: RequestParams<M>) => Promise<RequestResult<M>>;
};

/** Implemented by whatever consumes the proxy's events on the client side. */
export type InspectorEvents = {
  [E in InspectorEventName]: (params: EventParams<E>) => void;
};

// Envelopes. Requests carry a numeric id chosen by the UI; the proxy answers with the same id.
export const RequestEnvelopeSchema = z.object({
  id: z.number(),
  method: z.string(),
  params: z.unknown(),
});
export type RequestEnvelope = z.infer<typeof RequestEnvelopeSchema>;

/** Why the proxy could not carry out a request (not an MCP error: those are in `RequestOutcome`). */
export const ProxyErrorSchema = z.object({ message: z.string() });

export const ServerEnvelopeSchema = z.union([
  z.object({ id: z.number(), result: z.unknown() }),
  z.object({ id: z.number(), error: ProxyErrorSchema }),
  z.object({ event: z.string(), params: z.unknown() }),
]);
export type ServerEnvelope = z.infer<typeof ServerEnvelopeSchema>;

/**
 * A `request` answer as the page uses it: an outcome the proxy sent without its `result` (it named
 * the recorded response that holds it, `resultSeq`) gets that response's `result` back. `responseAt`
 * finds a recorded event this socket received; an answer whose event is not there is an error, never
 * a result quietly missing.
 */
export function withRecordedResult(answer: unknown, responseAt: (seq: number) => RecordedEvent | undefined): unknown {
  if (typeof answer !== 'object' || answer === null || 'result' in answer) return answer;
  const { ok, resultSeq } = answer as { ok?: unknown; resultSeq?: unknown };
  if (ok !== true || typeof resultSeq !== 'number') return answer;
  const event = responseAt(resultSeq);
  const message = event?.kind === 'message' ? (event.message as { result?: unknown } | null) : undefined;
  if (typeof message !== 'object' || message === null || !('result' in message)) {
    throw new Error(`The answer's result is in recorded event ${resultSeq}, which this page has not received`);
  }
  return { ...answer, result: message.result };
}

export function isInspectorRequestMethod(method: string): method is InspectorRequestMethod {
  return Object.hasOwn(inspectorRequests, method);
}

export function isInspectorEventName(name: string): name is InspectorEventName {
  return Object.hasOwn(inspectorEvents, name);
}
