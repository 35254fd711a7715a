// The shape every diagnosis rule has: a descriptor for the UI's rule list, and a per-connection checker
// the engine feeds. Checkers hold only their own bounded state, so a stream always yields the same findings.
import type { Direction, RecordedEvent } from '../recordedEvent';
import type { JsonRpcId, MessageEnvelope } from '../jsonrpc';
import type { Pairing } from '../requestPairing';
import type { FindingCause, Severity } from './finding';
import type { HandshakeState } from './handshakeState';

/** What the UI lists about a rule. */
export interface RuleDescriptor {
  /** Stable id, e.g. `envelope-invalid`; findings carry it. */
  id: string;
  title: string;
  /** The severity of its findings unless a finding says otherwise. */
  severity: Severity;
  /** The spec section the rule follows. */
  specSection: string;
  /** One line: what the rule checks and why it matters. */
  explanation: string;
}

/** A finding before the engine stamps it with the rule and connection. */
export interface FindingDraft {
  message: string;
  seqs: number[];
  /** Overrides the rule's severity, e.g. when the same rule notes a client's misuse rather than a server bug. */
  severity?: Severity;
  /** Set by a rule that knows; the engine also marks every finding raised on a client message. */
  cause?: FindingCause;
}

/** Who sent a message: outgoing messages come from the client, incoming ones from the server. */
export type Sender = 'client' | 'server';

/** A request seen on the wire, kept until it is answered, cancelled or its transport ends. */
export interface TrackedRequest {
  id: JsonRpcId;
  method: string;
  /** The request's params object, if it had one. */
  params: Record<string, unknown> | undefined;
  seq: number;
  sender: Sender;
}

/**
 * A request once answered, cancelled or abandoned, as the diagnosis remembers it for late and duplicate
 * answers: without its params, which only the answer's own checks read (a settled window holding the
 * last requests' payloads kept a proxy's memory up by tens of MiB after large tool calls).
 */
export type SettledTrackedRequest = Omit<TrackedRequest, 'params'>;

export function settledTrackedRequest({ id, method, seq, sender }: TrackedRequest): SettledTrackedRequest {
  return { id, method, seq, sender };
}

/** How a response's id relates to the requests sent the other way. */
export type Correlation = Pairing<TrackedRequest, SettledTrackedRequest>;

/** One JSON-RPC message of a recorded message event (a batch yields one per element). */
export interface ObservedMessage {
  seq: number;
  direction: Direction;
  sender: Sender;
  /** The message as parsed from the wire. */
  raw: unknown;
  envelope: MessageEnvelope;
  /** Set when the message arrived inside a JSON-RPC batch array. */
  batch?: { index: number; size: number };
  /** Set on responses and errors that carry an id. */
  correlation?: Correlation;
}

/** The connection facts every rule may read. */
export interface ConnectionView {
  connectionId: string;
  /** False on a tapped connection: a host is the client, not the inspector the person drives. */
  clientIsInspector: boolean;
  handshake: HandshakeState;
  /** Requests in flight, in the order they were sent. */
  pendingRequests(): TrackedRequest[];
}

/** What a checker is given for each recorded event. */
export interface RuleInput {
  event: RecordedEvent;
  /** For message events: the message being looked at. */
  message?: ObservedMessage;
  connection: ConnectionView;
}

/** Why a connection attempt ended: its transport closed or exited, it reconnected, or the stream ended. */
export interface AttemptEnd {
  /** The closing or exit event, if one ended the attempt. */
  event?: RecordedEvent;
  connection: ConnectionView;
}

/** A rule's state and logic for one connection attempt. */
export interface RuleChecker {
  observe(input: RuleInput): FindingDraft[];
  /** Called once when the attempt ends, before its requests in flight are forgotten. */
  end?(attemptEnd: AttemptEnd): FindingDraft[];
}

/** A diagnosis rule: its descriptor and a factory for a fresh checker per connection attempt. */
export interface DiagnosisRule {
  descriptor: RuleDescriptor;
  createChecker(): RuleChecker;
}

/** Reads a JSON object field without trusting the wire. */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** A JSON value for a message: short, and quoted when it is a string. */
export function showValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** `tools/list (id 3)`: how findings name a request. */
export function describeRequest(request: Pick<TrackedRequest, 'method' | 'id'>): string {
  return `${request.method} (id ${showValue(request.id)})`;
}

/** A server's result that answers a request in flight, with that request; anything else is undefined. */
export function answeredResult(message: ObservedMessage | undefined): { request: TrackedRequest; result: Record<string, unknown> } | undefined {
  if (!message || message.sender !== 'server' || message.envelope.kind !== 'response' || message.correlation?.status !== 'answers') return undefined;
  const result = asRecord(asRecord(message.raw)?.result);
  return result ? { request: message.correlation.request, result } : undefined;
}
