// The tapped stream: every message, raw line, stderr chunk and transport event of a connection,
// stamped once by the proxy. The live log, session files and diagnoses all read this one stream.
import { z } from 'zod';
import { FaultEventSchema } from './faults/faultEvent';

/** `outgoing` is client → server; `incoming` is server → client. */
export const DirectionSchema = z.enum(['outgoing', 'incoming']);
export type Direction = z.infer<typeof DirectionSchema>;

/** Something that happened to the transport rather than a JSON-RPC message on it. */
export const TransportEventSchema = z.discriminatedUnion('type', [
  /** A stdio server process was started. */
  z.object({ type: z.literal('spawned'), pid: z.number(), command: z.string() }),
  /** A stdio server process ended. */
  z.object({ type: z.literal('exited'), code: z.number().nullable(), signal: z.string().nullable() }),
  /** One HTTP exchange with a remote server (Streamable HTTP or SSE). */
  z.object({
    type: z.literal('http'),
    method: z.string(),
    url: z.string(),
    status: z.number(),
    durationMs: z.number(),
    sessionId: z.string().optional(),
    /** Request headers as sent, credential values masked (absent in sessions recorded before them). */
    requestHeaders: z.record(z.string(), z.string()).optional(),
    /** Response headers, credential values masked. */
    responseHeaders: z.record(z.string(), z.string()).optional(),
    /** The body of a request that is not an MCP message (OAuth token, registration), secrets masked. */
    requestBody: z.string().optional(),
    /** The body of a response that is not an MCP message (OAuth metadata, tokens), secrets masked. */
    responseBody: z.string().optional(),
  }),
  /**
   * A step of an OAuth authorization (spec: basic/authorization). `authorizationUrl` is the URL the
   * person is to open in a browser (step `authorize`); `message` says in plain words what happened.
   */
  z.object({
    type: z.literal('auth'),
    step: z.enum(['authorization-required', 'authorize', 'callback', 'tokens', 'failed']),
    message: z.string(),
    authorizationUrl: z.string().optional(),
  }),
  /** The connection is being opened; says which transport is tried. */
  z.object({ type: z.literal('connecting'), transport: z.string() }),
  /** The transport was closed (by us or by the peer). */
  z.object({ type: z.literal('closed'), reason: z.string() }),
  /** A transport-level error: a failed spawn, an HTTP failure, an unparsable stream. */
  z.object({ type: z.literal('error'), message: z.string() }),
]);
export type TransportEvent = z.infer<typeof TransportEventSchema>;

/**
 * A JSON-RPC message between the inspector (as an MCP Apps host) and an app it renders, over
 * postMessage: `to-app` is host → app, `from-app` app → host. The server calls the app caused are
 * ordinary `message` events. The page reports these; the proxy stamps them like any other.
 */
export const AppTrafficSchema = z.object({
  kind: z.literal('app'),
  direction: z.enum(['to-app', 'from-app']),
  /** The `ui://` resource of the app. */
  resourceUri: z.string(),
  message: z.unknown(),
  /** Byte length of the message's JSON. */
  size: z.number(),
});
export type AppTraffic = z.infer<typeof AppTrafficSchema>;

const stamp = {
  /** Increases by one per event across the whole proxy, so order is total. */
  seq: z.number(),
  /** Wall-clock time in ms since the epoch. */
  time: z.number(),
  connectionId: z.string(),
};

export const RecordedEventSchema = z.discriminatedUnion('kind', [
  /**
   * A JSON value sent or received. `message` is the parsed JSON exactly as it crossed the wire
   * (it may be an invalid JSON-RPC envelope; the diagnosis judges it). `size` is its byte length.
   */
  z.object({
    ...stamp,
    kind: z.literal('message'),
    direction: DirectionSchema,
    message: z.unknown(),
    size: z.number(),
    /**
     * Set when the message nests deeper than `MAX_MESSAGE_DEPTH` (shared/messageDepth.ts): `message`
     * is then a shallow stand-in (its top level, nested values emptied) and `raw` the whole text.
     */
    tooDeep: z.object({ levels: z.number(), raw: z.string() }).optional(),
    /** Set on a request the inspector sent on behalf of an MCP App it renders (the app's own server call). */
    via: z.literal('app').optional(),
  }),
  /** A line on a stdio server's stdout that is not JSON (stdout is reserved for protocol messages). */
  z.object({ ...stamp, kind: z.literal('stdout'), text: z.string() }),
  /** A line the server wrote to stderr. */
  z.object({ ...stamp, kind: z.literal('stderr'), text: z.string() }),
  z.object({ ...stamp, kind: z.literal('transport'), event: TransportEventSchema }),
  /** What an injected fault did to a message in transit (shared/faults/); the message itself is recorded as sent. */
  z.object({ ...stamp, kind: z.literal('fault'), fault: FaultEventSchema }),
  z.object({ ...stamp, ...AppTrafficSchema.shape }),
]);
export type RecordedEvent = z.infer<typeof RecordedEventSchema>;
export type RecordedMessage = Extract<RecordedEvent, { kind: 'message' }>;

/** A recorded event before the proxy stamps it. */
export type UnstampedEvent = RecordedEvent extends infer E
  ? E extends RecordedEvent
    ? Omit<E, 'seq' | 'time' | 'connectionId'>
    : never
  : never;

/**
 * The event with its stamp, the stamp's fields last (proxy/sessions/eventLineBytes.ts relies on that
 * order). Not written `{ ...event, seq, time, connectionId }`: V8 11 (Node 20) gives each object that a
 * literal starting with a spread makes a hidden class of its own, 3–4 µs apiece, and every function
 * reading events then goes megamorphic. The kinds nearly every event is (messages, stdout and stderr
 * lines) are built field by field, which also leaves behind any other key a session file's line had
 * (those three are read without the schema, see readSession.ts). The rest are copied key by key into
 * `{}`, which follows shared transitions; an own `__proto__` key (JSON.parse makes one, and a tap's
 * frame is checked, not rebuilt) is left behind rather than assigned, which would set the prototype.
 */
export function stampEvent(event: UnstampedEvent, seq: number, time: number, connectionId: string): RecordedEvent {
  const stamped: Record<string, unknown> = {};
  if (event.kind === 'message') {
    const { direction, message, size, tooDeep, via } = event;
    stamped.kind = 'message';
    stamped.direction = direction;
    stamped.message = message;
    stamped.size = size;
    if (tooDeep !== undefined) stamped.tooDeep = tooDeep;
    if (via !== undefined) stamped.via = via;
  } else if (event.kind === 'stdout' || event.kind === 'stderr') {
    stamped.kind = event.kind;
    stamped.text = event.text;
  } else {
    for (const key of Object.keys(event)) if (key !== '__proto__') stamped[key] = (event as Record<string, unknown>)[key];
  }
  stamped.seq = seq;
  stamped.time = time;
  stamped.connectionId = connectionId;
  return stamped as RecordedEvent;
}
