// The saved-session format, version 2: JSON Lines. The first line is a header; every later line is
// one entry of the tapped stream, in the order the proxy recorded it. Documented in
// docs/session-format.md; older versions are upgraded by `sessionUpgrades.ts` when read.
import { z } from 'zod';
import { ConnectionSummarySchema, ConnectionTargetSchema } from '../connectionTypes';
import { FindingSchema } from '../diagnosis/finding';
import { FaultEventSchema } from '../faults/faultEvent';
import { AppTrafficSchema, TransportEventSchema, DirectionSchema } from '../recordedEvent';

/** The `format` value of every session header: tells a session file from any other JSON Lines file. */
export const SESSION_FORMAT = 'mcp-inspect-session';

/** The version this build writes, and the newest it can read. Bump it with a new step in sessionUpgrades. */
export const SESSION_FORMAT_VERSION = 2;

/** The protocol era the connections spoke: `legacy` (initialize handshake) or `modern` (2026-07-28). */
export const SessionEraSchema = z.enum(['legacy', 'modern']);
export type SessionEra = z.infer<typeof SessionEraSchema>;

/** The first line of a session file. */
export const SessionHeaderSchema = z.object({
  format: z.literal(SESSION_FORMAT),
  version: z.literal(SESSION_FORMAT_VERSION),
  /** The mcp-inspect version that wrote the file. */
  inspectorVersion: z.string(),
  /** When recording started, ISO 8601. */
  createdAt: z.iso.datetime(),
  /** The servers named at launch, secrets removed (env values, credential headers, URL credentials). */
  targets: z.array(ConnectionTargetSchema),
  /** Who the inspector said it was in `initialize`, and the capabilities it declared. */
  client: z.object({
    info: z.object({ name: z.string(), version: z.string() }),
    capabilities: z.record(z.string(), z.unknown()),
  }),
  era: SessionEraSchema,
  /** Set when this session is a replay (`mcp-inspect replay`): the session file that was replayed. */
  replayOf: z.string().optional(),
});
export type SessionHeader = z.infer<typeof SessionHeaderSchema>;

/**
 * Every entry carries `seq`, `time` and `connectionId`. For an event, `seq` is the event's own
 * sequence number; for the other entries it is the seq of the last event recorded before them, so
 * an entry never points forward.
 */
const entryStamp = {
  seq: z.number().int().nonnegative(),
  /** Wall-clock time in ms since the epoch. */
  time: z.number(),
  connectionId: z.string(),
};

/** What was recorded, without its stamp: the same variants as `RecordedEvent`. */
export const EventPayloadSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('message'),
    direction: DirectionSchema,
    message: z.unknown(),
    size: z.number(),
    /** A message nested too deep to handle: `message` is its shallow stand-in, `raw` its whole text. */
    tooDeep: z.object({ levels: z.number(), raw: z.string() }).optional(),
    /** Set on a request the inspector sent on behalf of an MCP App it renders. */
    via: z.literal('app').optional(),
  }),
  z.object({ kind: z.literal('stdout'), text: z.string() }),
  z.object({ kind: z.literal('stderr'), text: z.string() }),
  z.object({ kind: z.literal('transport'), event: TransportEventSchema }),
  z.object({ kind: z.literal('fault'), fault: FaultEventSchema }),
  /** Version 2: host ↔ MCP App traffic. */
  AppTrafficSchema,
]);
export type EventPayload = z.infer<typeof EventPayloadSchema>;

export const SessionEntrySchema = z.discriminatedUnion('type', [
  /** One event of the tapped stream: a message either way, a stdout or stderr line, a transport event. */
  z.object({ type: z.literal('event'), ...entryStamp, payload: EventPayloadSchema }),
  /** The connection's whole summary after a change (target with secrets removed): state, handshake, exit. */
  z.object({ type: z.literal('connection'), ...entryStamp, summary: ConnectionSummarySchema }),
  /** The user removed the connection; its earlier entries stay in the file. */
  z.object({ type: z.literal('connectionRemoved'), ...entryStamp }),
  /** A diagnosis finding, written after the events it points at. */
  z.object({ type: z.literal('finding'), ...entryStamp, finding: FindingSchema }),
]);
export type SessionEntry = z.infer<typeof SessionEntrySchema>;
export type SessionEntryType = SessionEntry['type'];
