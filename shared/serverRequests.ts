// The requests a server sends the inspector (sampling, elicitation) wait for a person's answer: the
// proxy publishes each as a pending server request and the UI answers it (a result or an error).
import { z } from 'zod';

/** The server requests that wait in the inbox (`roots/list` is answered from the connection's roots). */
export const InboxMethodSchema = z.enum(['sampling/createMessage', 'elicitation/create']);
export type InboxMethod = z.infer<typeof InboxMethodSchema>;

/** One request of the server waiting for the person's answer. */
export const PendingServerRequestSchema = z.object({
  /** The inspector's id for it (unique across connections), used to answer it. */
  id: z.string(),
  connectionId: z.string(),
  /** The JSON-RPC id the server gave the request, to find it in the log. */
  jsonRpcId: z.union([z.string(), z.number()]).optional(),
  /** Set when the server sent the request task-augmented: the client-side task awaiting this answer. */
  taskId: z.string().optional(),
  /**
   * 2026-07-28 (MRTR): the request came inside an `input_required` result under this key, not as a
   * JSON-RPC request; the answer goes back in the retried request's `inputResponses`.
   */
  inputRequestKey: z.string().optional(),
  method: InboxMethodSchema,
  /** The request's params as the server sent them. */
  params: z.record(z.string(), z.unknown()),
  /** Wall-clock time (ms) it arrived. */
  receivedAt: z.number(),
  /** When the proxy gives up waiting and answers the server with an error (wall-clock ms). */
  expiresAt: z.number(),
});
export type PendingServerRequest = z.infer<typeof PendingServerRequestSchema>;

/** What the person answers: the result to send, or a JSON-RPC error. */
export const ServerRequestAnswerSchema = z.union([
  z.object({ result: z.record(z.string(), z.unknown()) }),
  z.object({ error: z.object({ code: z.number().int(), message: z.string(), data: z.unknown().optional() }) }),
]);
export type ServerRequestAnswer = z.infer<typeof ServerRequestAnswerSchema>;

/** How a pending request ended. */
export const SettlementSchema = z.enum([
  /** The person sent a result. */
  'answered',
  /** The person sent an error. */
  'rejected',
  /** Nobody answered in time: the proxy sent the server an error. */
  'timedOut',
  /** The server cancelled it (`notifications/cancelled`) before it was answered. */
  'cancelledByServer',
  /** The connection closed while it was pending. */
  'connectionClosed',
]);
export type Settlement = z.infer<typeof SettlementSchema>;

export const ServerRequestSettledSchema = z.object({
  id: z.string(),
  connectionId: z.string(),
  settlement: SettlementSchema,
  /** A sentence for the UI (e.g. the server's cancellation reason). */
  detail: z.string().optional(),
});
export type ServerRequestSettled = z.infer<typeof ServerRequestSettledSchema>;

/** A progress notification for a request the UI sent. */
export const RequestProgressSchema = z.object({
  connectionId: z.string(),
  /** The key the UI gave the request. */
  requestKey: z.string(),
  progress: z.number(),
  total: z.number().optional(),
  message: z.string().optional(),
});
export type RequestProgress = z.infer<typeof RequestProgressSchema>;
