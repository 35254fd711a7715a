// What a fault did, as an event of the tapped stream (`kind: 'fault'`). Messages are recorded as each
// peer sent them; this event says what the inspector then did to one of them in transit.
import { z } from 'zod';
import { FaultActionNameSchema } from './faultRuleEntry';

/** Same values as recordedEvent's DirectionSchema (not imported: recordedEvent imports this module). */
const DirectionSchema = z.enum(['outgoing', 'incoming']);

export const FaultEventSchema = z.object({
  /** The rule that fired, in its canonical text (`error -32603 on tools/call`). */
  rule: z.string(),
  action: FaultActionNameSchema,
  /** Which way the message it acted on was travelling. */
  direction: DirectionSchema,
  /** The seq of the recorded message it acted on, when that message was recorded (HTTP-level faults may have none). */
  targetSeq: z.number().optional(),
  /** The JSON-RPC id of that message (a response's id for a withheld answer). */
  messageId: z.union([z.string(), z.number()]).optional(),
  /** Its method, or for a response the method of the request it answers. */
  method: z.string().optional(),
  /** What happened, in plain words ("held 700 ms", "answered with error -32603 in the server's place"). */
  detail: z.string(),
  /**
   * A message the inspector sent in the peer's place (the error response of `error`): it never
   * crossed the wire from that peer, so it is not a recorded message, and replay does not take it
   * for the peer's answer.
   */
  injected: z.unknown().optional(),
});
export type FaultEvent = z.infer<typeof FaultEventSchema>;
