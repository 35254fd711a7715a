// What the user asks to connect to, and what the proxy knows about each connection.
// The zod schemas are the source of truth; the types are inferred from them.
import { FaultRuleEntrySchema } from './faults/faultRuleEntry';
import { z } from 'zod';

/** How to reach a remote server. `auto` tries Streamable HTTP and falls back to legacy SSE. */
export const RemoteTransportSchema = z.enum(['auto', 'streamable-http', 'sse']);
export type RemoteTransport = z.infer<typeof RemoteTransportSchema>;

/** The transport a connection actually uses once `auto` has been resolved. */
export const ResolvedTransportSchema = z.enum(['stdio', 'streamable-http', 'sse']);
export type ResolvedTransport = z.infer<typeof ResolvedTransportSchema>;

/** A server started as a child process and spoken to over its stdin/stdout. */
export const StdioTargetSchema = z.object({
  transport: z.literal('stdio'),
  command: z.string().min(1, 'A command is required'),
  args: z.array(z.string()),
  /** Added to a minimal inherited environment (PATH, HOME, …), as the SDK's stdio transport does. */
  env: z.record(z.string(), z.string()),
  cwd: z.string().optional(),
});
export type StdioTarget = z.infer<typeof StdioTargetSchema>;

/**
 * How the inspector registers as an OAuth client when a remote server requires authorization. All
 * optional: with none, the client registers dynamically (RFC 7591) where the server allows it.
 */
export const OAuthClientSettingsSchema = z.object({
  /** A pre-registered client id (and secret, for a confidential client). */
  clientId: z.string().min(1).optional(),
  clientSecret: z.string().min(1).optional(),
  /** An https URL of a client ID metadata document, used as the client id where the server supports it. */
  clientMetadataUrl: z.url({ protocol: /^https$/, error: 'The client metadata URL must start with https://' }).optional(),
  /** The scope to ask for; by default the one the server's challenge or metadata names. */
  scope: z.string().min(1).optional(),
});
export type OAuthClientSettings = z.infer<typeof OAuthClientSettingsSchema>;

/** A server reached over HTTP (Streamable HTTP or legacy SSE). */
export const RemoteTargetSchema = z.object({
  transport: RemoteTransportSchema,
  url: z.url({ protocol: /^https?$/, error: 'The URL must start with http:// or https://' }),
  headers: z.record(z.string(), z.string()),
  oauth: OAuthClientSettingsSchema.optional(),
});
export type RemoteTarget = z.infer<typeof RemoteTargetSchema>;

/** Everything needed to (re)connect to one server. */
export const ConnectionTargetSchema = z.union([StdioTargetSchema, RemoteTargetSchema]);
export type ConnectionTarget = z.infer<typeof ConnectionTargetSchema>;

/**
 * The life of a connection:
 * connecting → connected → (disconnected | exited | failed); any end state → connecting on reconnect.
 * `exited` means the server process or stream ended on its own; `failed` means we could not connect.
 * `recorded` is a connection read from a session file: read-only, requests answered from the recording.
 */
export const ConnectionStateSchema = z.enum(['connecting', 'connected', 'disconnected', 'exited', 'failed', 'recorded']);
export type ConnectionState = z.infer<typeof ConnectionStateSchema>;

/** Whether the inspector can send to the server now: connected, and the client is the inspector (not a host's tap). */
export function canSend(connection: { state: ConnectionState; tap?: unknown }): boolean {
  return connection.state === 'connected' && connection.tap === undefined;
}

/** Whether the server's lists and reads can be asked for: live, or answered from a recording. */
export function answersRequests(state: ConnectionState): boolean {
  return state === 'connected' || state === 'recorded';
}

/** How a stdio server process ended. */
export const ProcessExitSchema = z.object({
  code: z.number().nullable(),
  signal: z.string().nullable(),
});
export type ProcessExit = z.infer<typeof ProcessExitSchema>;

/**
 * Which protocol era a connection speaks (MCP-NOTES "the two eras"): `legacy` runs the 2025 `initialize`
 * handshake and never probes; `auto` probes with `server/discover` and falls back to `initialize`;
 * `modern` pins 2026-07-28 (stateless: `server/discover`, `_meta` envelope, MRTR, `subscriptions/listen`).
 */
export const EraChoiceSchema = z.enum(['legacy', 'auto', 'modern']);
export type EraChoice = z.infer<typeof EraChoiceSchema>;

/** The revision `modern` pins. */
export const MODERN_PROTOCOL_VERSION = '2026-07-28';

/** How the era was settled on one connection attempt. */
export const EraNegotiationSchema = z.object({
  /** What the settings asked for. */
  requested: EraChoiceSchema,
  /** What the connection runs on. */
  era: z.enum(['legacy', 'modern']),
  /** `auto` only: the probe did not find a modern server and `initialize` followed. */
  fellBack: z.boolean(),
  /** Why it fell back, as the wire showed it (the probe's error, or no answer). */
  reason: z.string().optional(),
  /** The `server/discover` result, as sent (modern only): versions, capabilities, `_meta` serverInfo. */
  discover: z.record(z.string(), z.unknown()).optional(),
});
export type EraNegotiation = z.infer<typeof EraNegotiationSchema>;

/**
 * The outcome of the `initialize` exchange, as the wire showed it. The raw capability objects are
 * kept as sent (a debugger shows what the peer said, not what a schema let through).
 */
export const HandshakeSchema = z.object({
  /** The version the client put in its `initialize` request. */
  protocolVersionOffered: z.string(),
  /** The version the server answered with (what the connection runs on). */
  protocolVersion: z.string(),
  serverInfo: z.record(z.string(), z.unknown()),
  serverCapabilities: z.record(z.string(), z.unknown()),
  clientInfo: z.record(z.string(), z.unknown()),
  clientCapabilities: z.record(z.string(), z.unknown()),
  instructions: z.string().optional(),
  /** Sequence numbers of the recorded `initialize` request and its response, to jump to them in the log. */
  requestSeq: z.number().optional(),
  responseSeq: z.number().optional(),
  /** The era and how it was negotiated; absent from legacy-only proxies and sessions. In modern the
   * fields above come from `server/discover` and the request `_meta` envelope (there is no `initialize`). */
  negotiation: EraNegotiationSchema.optional(),
});
export type Handshake = z.infer<typeof HandshakeSchema>;

/**
 * Which client capabilities the inspector declares in `initialize`. All on by default, so servers that
 * register features conditionally (server-everything) show everything they have.
 */
export const ClientCapabilityChoicesSchema = z.object({
  sampling: z.boolean(),
  /** `sampling.tools` (2025-11-25): the server may offer tools in a sampling request. Needs `sampling`. */
  samplingTools: z.boolean(),
  elicitationForm: z.boolean(),
  /** URL mode elicitation (2025-11-25). */
  elicitationUrl: z.boolean(),
  /** `roots` with `listChanged`. */
  roots: z.boolean(),
  /** `tasks` (2025-11-25, experimental): declared only; the task flows themselves are not built yet. */
  tasks: z.boolean(),
});
export type ClientCapabilityChoices = z.infer<typeof ClientCapabilityChoicesSchema>;

/** A root the client offers the server (`roots/list`): a `file://` URI and an optional name. */
export const RootSchema = z.object({
  uri: z.string().regex(/^file:\/\//, 'A root URI must start with file://'),
  name: z.string().optional(),
});
export type Root = z.infer<typeof RootSchema>;

/** How the inspector plays the client's part on one connection; kept across reconnects. */
export const ConnectionSettingsSchema = z.object({
  capabilities: ClientCapabilityChoicesSchema,
  /** What `roots/list` answers; editing them sends `notifications/roots/list_changed`. */
  roots: z.array(RootSchema),
  /** Default timeout of each request the UI sends, in milliseconds. */
  requestTimeoutMs: z.number().int().positive(),
  /** A progress notification restarts the request's timeout. */
  resetTimeoutOnProgress: z.boolean(),
  /** A limit on a request's whole life, progress or not. */
  maxTotalTimeoutMs: z.number().int().positive().optional(),
  /** How long a server's request may wait for the person's answer before the proxy answers with an error. */
  serverRequestTimeoutMs: z.number().int().positive(),
  /** The protocol era; absent means `legacy` (older proxies and sessions). */
  era: EraChoiceSchema.optional(),
  /** Fault rules injected on this connection (shared/faults/), in the order they are tried. */
  faults: z.array(FaultRuleEntrySchema).optional(),
});
export type ConnectionSettings = z.infer<typeof ConnectionSettingsSchema>;

export const DEFAULT_CONNECTION_SETTINGS: ConnectionSettings = {
  capabilities: { sampling: true, samplingTools: true, elicitationForm: true, elicitationUrl: true, roots: true, tasks: true },
  roots: [],
  requestTimeoutMs: 60_000,
  resetTimeoutOnProgress: true,
  serverRequestTimeoutMs: 300_000,
};

/**
 * One `subscriptions/listen` stream of a modern connection (what a resource subscription becomes there).
 * `open` after the server's acknowledgement; `closed` by us (`local`) or the server (`graceful`); `error`
 * when it was refused or dropped (`remote`).
 */
export const ListenStreamSchema = z.object({
  /** The listen request's id (the subscription id notifications carry in `_meta`). */
  subscriptionId: z.string(),
  uri: z.string(),
  state: z.enum(['opening', 'open', 'closed', 'error']),
  /** Why it closed or failed. */
  detail: z.string().optional(),
  /** Notifications the stream delivered. */
  eventsReceived: z.number(),
});
export type ListenStream = z.infer<typeof ListenStreamSchema>;

/**
 * A connection the inspector watches but does not own (`mcp-inspect tap`): a host (Claude Desktop, an
 * IDE) is the client, and the tap passes its traffic through unchanged and reports it. Read-only.
 */
export const TapInfoSchema = z.object({
  /** How the host reaches the server: the tap's stdin/stdout, or a reverse proxy on loopback. */
  via: z.enum(['stdio', 'http']),
  /** `via: http`: the loopback address the host is given instead of the server's URL. */
  listen: z.string().optional(),
  /** The tap's process id (the host started it). */
  pid: z.number().optional(),
});
export type TapInfo = z.infer<typeof TapInfoSchema>;

/** The proxy's current view of one connection; sent whole whenever any part of it changes. */
export const ConnectionSummarySchema = z.object({
  id: z.string(),
  /** A short human name: the server's name once known, else the command or host. */
  label: z.string(),
  target: ConnectionTargetSchema,
  /** Known once connected; for `auto` targets this says which transport won. */
  transport: ResolvedTransportSchema.optional(),
  state: ConnectionStateSchema,
  /** Why the connection failed or ended, in plain words. */
  error: z.string().optional(),
  exit: ProcessExitSchema.optional(),
  /** The last stderr lines of a stdio server, kept so a crash can be explained. */
  stderrTail: z.array(z.string()),
  handshake: HandshakeSchema.optional(),
  /** Increases on every (re)connect, so the UI can tell attempts apart. */
  attempt: z.number(),
  /** The client capabilities, roots and timeouts in use (absent only from older proxies and sessions). */
  settings: ConnectionSettingsSchema.optional(),
  /** Modern era: the `subscriptions/listen` streams of this attempt, newest last. */
  listens: z.array(ListenStreamSchema).optional(),
  /** Set on a tapped connection: the host is the client, the inspector only watches. */
  tap: TapInfoSchema.optional(),
});
export type ConnectionSummary = z.infer<typeof ConnectionSummarySchema>;
