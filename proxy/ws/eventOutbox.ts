// What one socket still has to be sent, in order. The inspector publishes synchronously, event by
// event; the outbox collects them and sends at most one `eventsRecorded` frame per run of events per
// tick, which keeps up with thousands of messages a second. Summary changes and diagnosis findings
// travel in the same queue, so the UI never sees a connection's new state, or a finding, before the
// events that led to it.
import type { ConnectionSummary } from '../../shared/connectionTypes';
import type { Finding } from '../../shared/diagnosis';
import type { EventParams, InspectorEventName } from '../../shared/inspectorProtocol';
import type { RecordedEvent } from '../../shared/recordedEvent';
import { redactSummary } from '../../shared/session/redaction';
import type { InspectorObserver } from '../inspector/Inspector';

/**
 * The most events in one `eventsRecorded` frame. After a stall (a busy proxy, a slow socket) one
 * tick can hold tens of thousands of events; the page parses and checks each frame in one task, so
 * bounded frames keep each of its tasks short.
 */
export const MAX_EVENTS_PER_FRAME = 500;

/**
 * Each event's JSON, made once however many sockets send it (the page, a second tab, the bench's
 * client): serialising is the largest cost of the socket layer under a stream.
 */
const eventJson = new WeakMap<RecordedEvent, string>();

function jsonOf(event: RecordedEvent, scrub: ScrubJson): string {
  let json = eventJson.get(event);
  if (json === undefined) eventJson.set(event, (json = scrub(JSON.stringify(event))));
  return json;
}

/** Masks the secrets a server echoed in an event's JSON (the inspector's SecretScrubber). */
export type ScrubJson = (json: string) => string;
const keepJson: ScrubJson = (json) => json;

/** The `eventsRecorded` frame for these events, built from their cached JSON. */
export function eventsRecordedFrame(events: readonly RecordedEvent[], scrub: ScrubJson = keepJson): string {
  let body = '';
  for (let i = 0; i < events.length; i++) body += (i === 0 ? '' : ',') + jsonOf(events[i]!, scrub);
  return `{"event":"eventsRecorded","params":{"events":[${body}]}}`;
}

type Outgoing = { event: RecordedEvent } | { finding: Finding } | { frame: { [E in InspectorEventName]: { event: E; params: EventParams<E> } }[InspectorEventName] };

export class EventOutbox {
  private queue: Outgoing[] = [];
  private held = true;
  private flushScheduled = false;
  private closed = false;

  /** `send` gets one serialized frame at a time. */
  constructor(
    private readonly send: (frame: string) => void,
    private readonly scrub: ScrubJson = keepJson,
  ) {}

  /**
   * Starts over for a fresh attach: drops anything queued (the snapshot has it) and holds the queue
   * until `release()`, so the attach answer goes out before the first delta.
   */
  observerAfter(afterSeq: number): InspectorObserver {
    this.queue = [];
    this.held = true;
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

  release(): void {
    this.held = false;
    this.schedule();
  }

  close(): void {
    this.closed = true;
    this.queue = [];
  }

  private enqueue(item: Outgoing): void {
    if (this.closed) return;
    this.queue.push(item);
    this.schedule();
  }

  private schedule(): void {
    if (this.held || this.flushScheduled || this.closed || this.queue.length === 0) return;
    this.flushScheduled = true;
    setImmediate(() => {
      this.flushScheduled = false;
      this.flush();
    });
  }

  private flush(): void {
    if (this.held || this.closed) return;
    const queue = this.queue;
    this.queue = [];
    // Events and findings up to the next summary frame go out as one frame each, events first: a
    // finding only points at events recorded before it, so it still arrives after them.
    let events: RecordedEvent[] = [];
    let findings: Finding[] = [];
    const sendRun = () => {
      for (let start = 0; start < events.length; start += MAX_EVENTS_PER_FRAME) {
        const chunk = events.length <= MAX_EVENTS_PER_FRAME ? events : events.slice(start, start + MAX_EVENTS_PER_FRAME);
        this.send(eventsRecordedFrame(chunk, this.scrub));
      }
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
