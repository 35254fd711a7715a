// What a tap (`mcp-inspect tap`, passing a host's traffic to a server) says to the inspector UI it
// joins, over one WebSocket at TAP_SOCKET_PATH, and what the inspector says back. The tap stamps
// nothing: the inspector gives every event its seq, time and connection, as for its own connections.
import { z } from 'zod';
import { ConnectionTargetSchema, TapInfoSchema } from '../connectionTypes';
import { FaultRuleEntrySchema } from '../faults/faultRuleEntry';
import { RecordedEventSchema, type UnstampedEvent } from '../recordedEvent';

/** Where a tap joins a running inspector (a program's socket: no Origin, the token as a Bearer header). */
export const TAP_SOCKET_PATH = '/api/tap';

/** The stamp the inspector adds; a tap's events are checked as recorded events with a placeholder one. */
const PLACEHOLDER_STAMP = { seq: 0, time: 0, connectionId: 'tap' };

/** An event as a tap sends it: any kind of the recorded stream, unstamped. */
export const UnstampedEventSchema = z.custom<UnstampedEvent>(
  (value) => typeof value === 'object' && value !== null && RecordedEventSchema.safeParse({ ...value, ...PLACEHOLDER_STAMP }).success,
  { message: 'not an event of the recorded stream' },
);

/** Tap → inspector. `hello` comes first and once; `events` carry the stream in order. */
export const TapFrameSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('hello'),
    /** What the host asked the tap to run or reach (secrets are masked by the inspector, as for any target). */
    target: ConnectionTargetSchema,
    tap: TapInfoSchema,
    /** The fault rules the tap was started with (--fault). */
    faults: z.array(FaultRuleEntrySchema).optional(),
  }),
  z.object({
    type: z.literal('events'),
    events: z.array(UnstampedEventSchema).min(1),
    /** When the tap saw each event (ms since the epoch), in the same order; the inspector's clock when absent. */
    times: z.array(z.number()).optional(),
  }),
]);
export type TapFrame = z.infer<typeof TapFrameSchema>;

/** Close codes of the tap's socket (4000–4999 are for applications): the tap reads them to know whether to join again. */
export const TAP_CLOSE_REMOVED = 4010;
export const TAP_CLOSE_INVALID = 4011;

/** Inspector → tap. */
export const InspectorToTapFrameSchema = z.discriminatedUnion('type', [
  /** The connection the tap's traffic is listed under. */
  z.object({ type: z.literal('joined'), connectionId: z.string() }),
  /** The person changed the connection's fault rules: the tap applies them to what it relays from now on. */
  z.object({ type: z.literal('faults'), faults: z.array(FaultRuleEntrySchema) }),
]);
export type InspectorToTapFrame = z.infer<typeof InspectorToTapFrameSchema>;
