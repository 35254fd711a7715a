// What one socket still has to be sent, in order. The inspector publishes synchronously, event by
// event; the outbox collects them for a few milliseconds and sends one `eventsRecorded` frame per run
// of events, which keeps up with thousands of messages a second. An answer to the page's own request
// takes what is queued with it (`sendQueued`): a call from the page costs it one write and one wake-up,
// not one for its request's event and another for its answer; writes and wake-ups between processes are
// what a loopback round trip costs most. Summary changes and diagnosis findings
// travel in the same queue, so the UI never sees a connection's new state, or a finding, before the
// events that led to it.
import type { ConnectionSummary } from '../../shared/connectionTypes';
import type { Finding } from '../../shared/diagnosis';
import type { EventParams, InspectorEventName } from '../../shared/inspectorProtocol';
import type { RecordedEvent } from '../../shared/recordedEvent';
import { redactSummary } from '../../shared/session/redaction';
import type { TextPieces } from './textPieces';
import type { InspectorObserver } from '../inspector/Inspector';
import { plainEventBytes, pushEventJson, type EventBytes, type EventJson } from '../inspector/eventBytes';

/**
 * The most events in one `eventsRecorded` frame. After a stall (a busy proxy, a slow socket) one
 * tick can hold tens of thousands of events; the page parses and checks each frame in one task, so
 * bounded frames keep each of its tasks short.
 */
export const MAX_EVENTS_PER_FRAME = 500;

/** How long events wait for company before they go out on their own: well below what a person sees. */
export const EVENT_BATCH_MS = 8;

/** Masks the secrets a server echoed in a frame's JSON (the inspector's SecretScrubber). */
export type ScrubJson = (json: string) => string;
const keepJson: ScrubJson = (json) => json;
const FRAME_HEAD = Buffer.from('{"event":"eventsRecorded","params":{"events":[');
const FRAME_TAIL = Buffer.from(']}}');
const COMMA = Buffer.from(',');

/**
 * The `eventsRecorded` frame for these events, as UTF-8 text: their bytes (the inspector's, made once per
 * event however many sockets send it) side by side, never encoded again.
 */
export function eventsRecordedFrame(events: readonly RecordedEvent[], bytesOf: EventBytes = plainEventBytes): TextPieces {
  return eventsFrameOf(events.map(bytesOf));
}

/** The `eventsRecorded` frame whose events are these JSON bytes, in order. */
export function eventsFrameOf(events: readonly EventJson[]): TextPieces {
  const pieces: Buffer[] = [FRAME_HEAD];
  for (let i = 0; i < events.length; i++) {
    if (i > 0) pieces.push(COMMA);
    pushEventJson(pieces, events[i]!);
  }
  pieces.push(FRAME_TAIL);
  return pieces;
}

/** A text frame for the socket: a string, or the UTF-8 bytes of one in pieces (see sendTextPieces). */
export type TextFrame = string | TextPieces;

type Outgoing = { event: RecordedEvent } | { finding: Finding } | { frame: { [E in InspectorEventName]: { event: E; params: EventParams<E> } }[InspectorEventName] };

export class EventOutbox {
  private queue: Outgoing[] = [];
  private held = true;
  /** The pending flush, while events wait for company. */
  private flushTimer: NodeJS.Timeout | undefined;
  private closed = false;
  /** Every event with a seq up to this one has been sent on the socket (snapshot included once released). */
  private sentThroughSeq = 0;
  private afterSeq = 0;

  /**
   * `send` gets one serialized frame at a time; `scrub` masks secrets in frames other than events;
   * `persist` writes the recording's queue before events go out (a page never sees what the file lacks).
   */
  constructor(
    private readonly send: (frame: TextFrame) => void,
    private readonly bytesOf: EventBytes = plainEventBytes,
    private readonly scrub: ScrubJson = keepJson,
    private readonly persist: () => void = () => {},
  ) {}

  /**
   * Starts over for a fresh attach: drops anything queued (the snapshot has it) and holds the queue
   * until `release()`, so the attach answer goes out before the first delta.
   */
  observerAfter(afterSeq: number): InspectorObserver {
    this.queue = [];
    this.held = true;
    this.afterSeq = afterSeq;
    this.sentThroughSeq = 0;
    return {
      eventRecorded: (event: RecordedEvent) => {
        if (event.seq > afterSeq) this.enqueue({ event });
      },
      diagnosisRaised: (findings: Finding[]) => {
        for (const finding of findings) this.enqueue({ finding });
      },
      connectionChanged: (summary: ConnectionSummary) => this.enqueue({ frame: { event: 'connectionChanged', params: redactSummary(summary) } }),
      connectionRemoved: (connectionId: string) => this.enqueue({ frame: { event: 'connectionRemoved', params: { connectionId } } }),
      serverRequestPending: (request) => this.enqueue({ frame: { event: 'serverRequestPending', params: request } }),
      serverRequestSettled: (settled) => this.enqueue({ frame: { event: 'serverRequestSettled', params: settled } }),
      requestProgress: (progress) => this.enqueue({ frame: { event: 'requestProgress', params: progress } }),
    };
  }

  /** The snapshot's events (seq ≤ the attach's `afterSeq`) were all sent: deltas may follow. */
  release(): void {
    this.held = false;
    this.sentThroughSeq = Math.max(this.sentThroughSeq, this.afterSeq);
    this.schedule();
  }

  /**
   * Sends now whatever is queued: an answer sent next comes after every event recorded before it (the
   * events wait for company, and an answer can come back sooner than that).
   */
  sendQueued(): void {
    if (!this.held && !this.closed && this.queue.length > 0) this.flush();
  }

  /**
   * Sends now whatever is queued, so that an answer sent next comes after the event `seq`; false when
   * that event has not gone out on this socket (the queue is held for a snapshot, or closed).
   */
  sendThrough(seq: number): boolean {
    if (this.held || this.closed) return false;
    if (seq > this.sentThroughSeq) this.flush();
    return seq <= this.sentThroughSeq;
  }

  close(): void {
    this.closed = true;
    this.queue = [];
    clearTimeout(this.flushTimer);
  }

  private enqueue(item: Outgoing): void {
    if (this.closed) return;
    this.queue.push(item);
    this.schedule();
  }

  private schedule(): void {
    if (this.held || this.flushTimer !== undefined || this.closed || this.queue.length === 0) return;
    this.flushTimer = setTimeout(() => this.flush(), EVENT_BATCH_MS);
  }

  private flush(): void {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    if (this.held || this.closed) return;
    const queue = this.queue;
    this.queue = [];
    // Events and findings up to the next summary frame go out as one frame each, events first: a
    // finding only points at events recorded before it, so it still arrives after them.
    let events: RecordedEvent[] = [];
    let findings: Finding[] = [];
    const sendRun = () => {
      if (events.length > 0) this.persist();
      for (let start = 0; start < events.length; start += MAX_EVENTS_PER_FRAME) {
        const chunk = events.length <= MAX_EVENTS_PER_FRAME ? events : events.slice(start, start + MAX_EVENTS_PER_FRAME);
        this.send(eventsRecordedFrame(chunk, this.bytesOf));
      }
      if (events.length > 0) this.sentThroughSeq = events.at(-1)!.seq;
      if (findings.length > 0) this.send(this.scrub(JSON.stringify({ event: 'diagnosisRaised', params: { findings } })));
      events = [];
      findings = [];
    };
    for (const item of queue) {
      if (this.closed) return;
      if ('event' in item) {
        events.push(item.event);
      } else if ('finding' in item) {
        findings.push(item.finding);
      } else {
        sendRun();
        this.send(this.scrub(JSON.stringify(item.frame)));
      }
    }
    sendRun();
  }
}
