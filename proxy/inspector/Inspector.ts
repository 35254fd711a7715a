// The registry of connections and the one stamped stream of everything that happened on them.
// Publishing is synchronous, so a snapshot taken and a subscription made in the same step see every
// event exactly once between them (the socket layer relies on this for snapshot-then-deltas). Each
// connection's stream is diagnosed in order, just after it is recorded: off the path of the message
// itself (a response reaches the client before its result is validated against the spec's schema),
// and always before a snapshot is taken, so findings are never published before their events and a
// page attaching gets each finding exactly once.
import { createDiagnosis, type Diagnosis, type Finding } from '../../shared/diagnosis';
import { DEFAULT_CONNECTION_SETTINGS, type ConnectionSettings, type ConnectionSummary, type ConnectionTarget, type TapInfo } from '../../shared/connectionTypes';
import { DEFAULT_PAGE_EVENT_LIMIT, type LaunchInfo } from '../../shared/inspectorProtocol';
import { stampEvent, type AppTraffic, type RecordedEvent, type UnstampedEvent } from '../../shared/recordedEvent';

/** The largest app message the page may have recorded (the app's HTML travels in one). */
const MAX_APP_MESSAGE_BYTES = 1024 * 1024;
import { withDepthLimit } from '../../shared/messageDepth';
import { SecretScrubber, targetSecrets } from '../../shared/session/redaction';
import type { PendingServerRequest, RequestProgress, ServerRequestAnswer, ServerRequestSettled } from '../../shared/serverRequests';
import type { OAuthCoordinator } from '../auth/OAuthCoordinator';
import { Connection } from './Connection';
import { EventStore, type EventArchive, type EventRange, type WindowLimits } from './EventStore';
import { cachedEventBytes, type EventBytes, type EventJson } from './eventBytes';
import type { InspectedConnection } from './InspectedConnection';
import { ServerRequestInbox } from './ServerRequestInbox';
import { TappedConnection } from './TappedConnection';
import type { FaultRuleEntry } from '../../shared/faults/faultRule';

/** Receives the inspector's changes as they happen, synchronously and in order. */
export interface InspectorObserver {
  eventRecorded(event: RecordedEvent): void;
  /** Findings the event just recorded raised (never empty), published after that event. */
  diagnosisRaised(findings: Finding[]): void;
  connectionChanged(summary: ConnectionSummary): void;
  connectionRemoved(connectionId: string): void;
  /** A server request now waits for the person (optional: not every observer shows them). */
  serverRequestPending?(request: PendingServerRequest): void;
  serverRequestSettled?(settled: ServerRequestSettled): void;
  /** Progress of a request the UI sent with a key. */
  requestProgress?(progress: RequestProgress): void;
}

/** What the inspector may say back to a tap. */
export interface TapLinkBack {
  /** The connection was removed in the UI: the tap is to stop reporting. */
  detach: () => void;
  /** The fault rules the tap started with (--fault). */
  faults?: FaultRuleEntry[];
  /** The person changed the connection's fault rules: the tap applies them. */
  sendFaults: (faults: FaultRuleEntry[]) => void;
}

/** How a tap's events enter the inspector (see `addTapped`). */
export interface TapFeed {
  connectionId: string;
  /** `time`: when the tap saw it (ms since the epoch); the order of calls is the order of the log. */
  publish(event: UnstampedEvent, time?: number): void;
  /** The tap stopped reporting without saying the server ended. */
  lost(reason: string): void;
}

export interface InspectorSnapshot {
  connections: ConnectionSummary[];
  /**
   * The events in memory, in seq order: every event so far, unless the inspector keeps a window
   * (`keepWindow`); then the most recent ones, and `eventCounts` says how many there are in all.
   */
  events: RecordedEvent[];
  /** Per connection with events not in `events`: how many come before them (read with `readEvents`). */
  olderEventCounts: Record<string, number>;
  /** Every finding raised so far, in the order raised per connection. */
  findings: Finding[];
  /** The server requests waiting for an answer, oldest first. */
  serverRequests: PendingServerRequest[];
  /** Every event stamped so far has a seq ≤ this; later ones are deltas. */
  lastSeq: number;
}

/** `InspectorSnapshot` for a page: the same events, as the UTF-8 JSON bytes its socket sends. */
export type PageSnapshot = Omit<InspectorSnapshot, 'events'> & { eventBytes: EventJson[]; pageEventLimit: number };

export class Inspector {
  private seq = 0;
  private connectionCount = 0;
  private readonly connections = new Map<string, InspectedConnection>();
  /** The events, per connection, so forgetting a connection forgets its log. */
  private readonly events = new EventStore();
  /** One diagnosis per connection over all its attempts (the engine starts afresh on each attempt). */
  private readonly diagnosisByConnection = new Map<string, Diagnosis>();
  /** Recorded but not yet diagnosed, across connections, in seq order. */
  private undiagnosed: RecordedEvent[] = [];
  private readonly observers = new Set<InspectorObserver>();
  /** One inbox across connections, so request ids are unique in the UI. */
  private readonly inbox = new ServerRequestInbox({
    pending: (request) => this.notify((observer) => observer.serverRequestPending?.(request)),
    settled: (settled) => this.notify((observer) => observer.serverRequestSettled?.(settled)),
  });

  /** `oauth`: answers remote servers that require authorization (absent: a 401 fails the connection). */
  /**
   * Knows every secret of every target this inspector connected to, so that the events sent to the page
   * have a value a server echoes (an API key in stderr) masked, as session files do.
   */
  readonly secrets = new SecretScrubber();
  /** Each event's JSON bytes, secrets masked, made once for the recorder, the window and every socket. */
  readonly eventBytes: EventBytes = cachedEventBytes(this.secrets);
  /** Writes out what the recorder still queues (set by the recording, if any). */
  private persist: () => void = () => {};

  /**
   * `pageEventLimit`: the most events a page attaching should hold (it reads older ones back); see
   * `pageEventLimitFromEnv`.
   */
  constructor(
    readonly launch: LaunchInfo,
    readonly oauth?: OAuthCoordinator,
    readonly pageEventLimit: number = DEFAULT_PAGE_EVENT_LIMIT,
  ) {
    if (launch.target) this.secrets.learn(targetSecrets(launch.target));
  }

  /** The recording's flush: `persistPublished` calls it before events go to a page. */
  persistWith(flush: () => void): void {
    this.persist = flush;
  }

  /**
   * Call before sending published events to a page: the recorder writes in batches, and what a page
   * was shown must already be in the session file if the proxy is killed the next moment.
   */
  persistPublished(): void {
    this.persist();
  }

  /** Opens a new connection; it is listed (state `connecting`) before this returns. */
  connect(target: ConnectionTarget, settings: ConnectionSettings = DEFAULT_CONNECTION_SETTINGS): ConnectionSummary {
    const id = `c${++this.connectionCount}`;
    this.secrets.learn(targetSecrets(target));
    this.events.open(id);
    this.diagnosisByConnection.set(id, createDiagnosis());
    const connection = new Connection({
      id,
      target,
      settings,
      inbox: this.inbox,
      progress: (progress) => this.notify((observer) => observer.requestProgress?.(progress)),
      inspectorVersion: this.launch.inspectorVersion,
      record: (event) => this.record(id, event),
      changed: (summary) => {
        // A reconnect may bring a new target: its secrets are known before its first event is sent.
        this.secrets.learn(targetSecrets(summary.target));
        this.notify((observer) => observer.connectionChanged(summary));
      },
      authProvider: (remote) =>
        this.oauth?.providerFor(id, remote, {
          record: (event) => this.record(id, event),
          reconnect: () => void connection.reconnect(),
        }),
    });
    this.connections.set(id, connection);
    connection.open();
    return connection.summary();
  }

  /**
   * Lists a connection a tap reports (`mcp-inspect tap`: a host is the client). The returned feed
   * takes the tap's events in order; they are stamped, recorded and diagnosed like any connection's.
   */
  addTapped(target: ConnectionTarget, tap: TapInfo, link: TapLinkBack): TapFeed {
    this.secrets.learn(targetSecrets(target));
    const connection = this.resumedTap(target, tap, link) ?? this.newTap(target, tap, link);
    const id = connection.id;
    // A tap whose server the host has since started again (a new tap, a new attempt) has no say any more.
    const attempt = connection.attemptNumber;
    const current = () => this.connections.get(id) === connection && connection.attemptNumber === attempt;
    return {
      connectionId: id,
      publish: (event, time) => {
        if (current()) connection.observe(this.record(id, event, time));
      },
      lost: (reason) => {
        if (current()) connection.lost(reason);
      },
    };
  }

  /** The ended tapped connection of the same server (its host restarted it), going on as a new attempt. */
  private resumedTap(target: ConnectionTarget, tap: TapInfo, link: TapLinkBack): TappedConnection | undefined {
    for (const connection of this.connections.values()) {
      if (connection instanceof TappedConnection && connection.resumableBy(target)) {
        connection.resume(tap, link.detach, link.faults, link.sendFaults);
        return connection;
      }
    }
    return undefined;
  }

  private newTap(target: ConnectionTarget, tap: TapInfo, link: TapLinkBack): TappedConnection {
    const id = `c${++this.connectionCount}`;
    this.events.open(id);
    this.diagnosisByConnection.set(id, createDiagnosis(undefined, { clientIsInspector: false }));
    const connection = new TappedConnection({ id, target, tap, changed: (summary) => this.notify((observer) => observer.connectionChanged(summary)), ...link });
    this.connections.set(id, connection);
    this.notify((observer) => observer.connectionChanged(connection.summary()));
    return connection;
  }

  /** The connection with this id, or an error that names it. */
  get(connectionId: string): InspectedConnection {
    const connection = this.connections.get(connectionId);
    if (!connection) throw new Error(`There is no connection "${connectionId}"`);
    return connection;
  }

  /**
   * Stamps what passed between the page and an MCP App it renders as `app` events of the connection
   * (shared/recordedEvent.ts). A recorded connection is read-only; a message over 1 MiB is refused.
   */
  recordAppTraffic(connectionId: string, messages: readonly Omit<AppTraffic, 'kind' | 'size'>[]): number {
    if (this.get(connectionId).summary().state === 'recorded') throw new Error('A recorded session is read-only: app traffic is not added to it');
    const sized = messages.map((traffic) => ({ ...traffic, size: Buffer.byteLength(JSON.stringify(traffic.message) ?? '') }));
    const tooBig = sized.find((traffic) => traffic.size > MAX_APP_MESSAGE_BYTES);
    if (tooBig) throw new Error(`An app message of ${tooBig.size} bytes is over the ${MAX_APP_MESSAGE_BYTES}-byte limit`);
    for (const traffic of sized) this.record(connectionId, { kind: 'app', ...traffic });
    return sized.length;
  }

  /**
   * Lists a connection read from a session file, with its log and findings as recorded (they are not
   * diagnosed again). Later live connections get fresh ids and seqs after the recorded ones.
   */
  addRecorded(connection: InspectedConnection, events: RecordedEvent[], findings: Finding[]): void {
    this.seq = Math.max(this.seq, events.at(-1)?.seq ?? 0);
    const number = /^c(\d+)$/.exec(connection.id)?.[1];
    if (number !== undefined) this.connectionCount = Math.max(this.connectionCount, Number(number));
    this.connections.set(connection.id, connection);
    // A file written before the depth limit, or by hand, may hold a message too deep to send on.
    this.events.addRecorded(connection.id, events.map(withDepthLimit));
    this.diagnosisByConnection.set(connection.id, { observe: () => [], finish: () => [], findings: () => findings });
    this.notify((observer) => observer.connectionChanged(connection.summary()));
  }

  /** Disconnects and forgets a connection and its log. */
  async remove(connectionId: string): Promise<void> {
    const connection = this.get(connectionId);
    this.connections.delete(connectionId);
    this.events.remove(connectionId);
    this.diagnosisByConnection.delete(connectionId);
    this.oauth?.forget(connectionId);
    this.notify((observer) => observer.connectionRemoved(connectionId));
    await connection.remove();
  }

  snapshot(): InspectorSnapshot {
    return { ...this.snapshotState(), events: this.events.recent() };
  }

  /** The snapshot a page attaches to: its events as the bytes its socket sends, none parsed and serialised again. */
  pageSnapshot(): PageSnapshot {
    return { ...this.snapshotState(), eventBytes: this.events.recentBytes(this.eventBytes), pageEventLimit: this.pageEventLimit };
  }

  private snapshotState(): Omit<InspectorSnapshot, 'events'> {
    this.diagnosePending();
    return {
      connections: [...this.connections.values()].map((connection) => connection.summary()),
      olderEventCounts: this.events.olderCounts(),
      findings: [...this.diagnosisByConnection.values()].flatMap((diagnosis) => diagnosis.findings()),
      serverRequests: this.inbox.list(),
      lastSeq: this.seq,
    };
  }

  /**
   * Keeps only a recent window of events in memory from now on; older ones are read back from
   * `archive` (which must receive every event published from before the first connection on).
   */
  keepWindow(archive: EventArchive, limits?: WindowLimits): void {
    this.events.bound(archive, limits, this.eventBytes);
  }

  /** Events by position, from memory or the archive (see `EventStore`). */
  readEvents(range: EventRange): Promise<RecordedEvent[]> {
    if (range.connectionId !== undefined && !this.events.has(range.connectionId)) {
      return Promise.reject(new Error(`There is no connection "${range.connectionId}"`));
    }
    return this.events.read(range);
  }

  /** The person's answer to a pending server request; throws when it already ended. */
  respond(connectionId: string, requestId: string, answer: ServerRequestAnswer): void {
    this.inbox.answer(connectionId, requestId, answer);
  }

  subscribe(observer: InspectorObserver): () => void {
    this.observers.add(observer);
    return () => this.observers.delete(observer);
  }

  /** Closes every connection (stdio servers are ended and awaited). */
  async closeAll(): Promise<void> {
    await Promise.all([...this.connections.values()].map((connection) => connection.disconnect()));
  }

  /** Last resort at process exit: kills every stdio server at once. */
  killAllNow(): void {
    for (const connection of this.connections.values()) connection.killNow();
  }

  /** `time`: when the event was seen, if not now (a tap reports what it saw a moment ago). */
  private record(connectionId: string, event: UnstampedEvent, time = Date.now()): RecordedEvent {
    // The one place every event passes: past it, nothing (log, recorder, socket, diagnosis) meets a
    // message too deep to serialise.
    const stamped = stampEvent(withDepthLimit(event), ++this.seq, time, connectionId);
    // A removed connection's late events (its server still shutting down) are stamped but not kept.
    if (!this.events.push(stamped)) return stamped;
    this.notify((observer) => observer.eventRecorded(stamped));
    this.undiagnosed.push(stamped);
    if (this.undiagnosed.length === 1) setImmediate(() => this.diagnosePending());
    return stamped;
  }

  /** Runs the diagnosis over every event recorded since the last run, in order. */
  private diagnosePending(): void {
    const events = this.undiagnosed;
    if (events.length === 0) return;
    this.undiagnosed = [];
    const findings = events.flatMap((event) => this.diagnose(event.connectionId, event));
    if (findings.length > 0) this.notify((observer) => observer.diagnosisRaised(findings));
  }

  private diagnose(connectionId: string, event: RecordedEvent): Finding[] {
    try {
      return this.diagnosisByConnection.get(connectionId)?.observe(event) ?? [];
    } catch (error) {
      // The engine guards each rule; this is the last line so that recording never stops.
      console.error('mcp-inspect: the diagnosis failed on an event:', error);
      return [];
    }
  }

  private notify(deliver: (observer: InspectorObserver) => void): void {
    for (const observer of this.observers) {
      try {
        deliver(observer);
      } catch (error) {
        // One broken subscriber (a socket) must not stop the stream for the others.
        console.error('mcp-inspect: an inspector subscriber failed:', error);
      }
    }
  }
}
