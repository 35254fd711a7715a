// Where a tap's events go: to the inspector UI already running on the port (joined over a WebSocket
// as a program, with its token), or, when none runs there, to one the tap starts itself. Whatever
// happens to the UI, the tap's bytes are not affected: events wait in a bounded queue while there is
// no inspector, and a lost one is looked for again (joined, or started anew) every second.
import { randomBytes } from 'node:crypto';
import { WebSocket } from 'ws';
import type { ConnectionTarget, TapInfo } from '../../shared/connectionTypes';
import type { FaultRuleEntry } from '../../shared/faults/faultRule';
import type { UnstampedEvent } from '../../shared/recordedEvent';
import { TOKEN_ENV_VAR } from '../../shared/security';
import { InspectorToTapFrameSchema, TAP_CLOSE_REMOVED, TAP_SOCKET_PATH, type TapFrame } from '../../shared/tap/tapProtocol';
import { announceInstance, readInstance } from '../cli/inspectorInstances';
import { openBrowser } from '../cli/openBrowser';
import { LOOPBACK_HOST } from '../http/listenOnLoopback';
import type { Inspector, TapFeed } from '../inspector/Inspector';
import type { RecordingConfig } from '../sessions/recordingConfig';

/** Starts an inspector UI in this process (proxy/server.ts's `listenForInspector`, handed in by a composition root). */
export type StartInspector = (config: { port: number; tryNextPorts: number; token: string; recording: RecordingConfig; sessionsDir: string; log: (message: string) => void }) => Promise<{
  url: string;
  port: number;
  core: Promise<{ inspector: Inspector }>;
  close(): Promise<void>;
}>;

/** Events kept while no inspector takes them; older ones are dropped (and counted) past this. */
const MAX_QUEUED_EVENTS = 20_000;
/** How long to wait before looking for an inspector again. */
const RELINK_DELAY_MS = 1000;
/** How long closing waits for queued events to reach the inspector. */
const CLOSE_FLUSH_MS = 1000;

export interface InspectorLinkOptions {
  port: number;
  /** --token; else $MCP_INSPECT_TOKEN, else the token the running inspector announced. */
  token: string | undefined;
  open: boolean;
  recording: RecordingConfig;
  sessionsDir: string;
  target: ConnectionTarget;
  tap: TapInfo;
  warn: (message: string) => void;
  startInspector: StartInspector;
  /** The tap's --fault rules, shown on its connection. */
  faults: FaultRuleEntry[];
  /** The person changed the fault rules in the UI: the relay applies them. */
  onFaults: (faults: FaultRuleEntry[]) => void;
  /** The first time an inspector takes the events (joined, or started here): start-up is over. */
  onLinked?: () => void;
}

export interface InspectorLink {
  /** Queues an event for the inspector, seen at `time` (default: now); never blocks, never throws. */
  report(event: UnstampedEvent, time?: number): void;
  /** Sends what is queued (bounded wait) and lets go of the inspector (stops it if the tap started it). */
  close(): Promise<void>;
}

type Sink = { kind: 'joined'; socket: WebSocket } | { kind: 'hosting'; feed: TapFeed; stop: () => Promise<void> };
type JoinOutcome = 'joined' | 'nobody' | 'refused';

export function linkToInspector(options: InspectorLinkOptions): InspectorLink {
  const link = new Link(options);
  void link.connect();
  return link;
}

class Link implements InspectorLink {
  private queue: UnstampedEvent[] = [];
  private times: number[] = [];
  private dropped = 0;
  private sink: Sink | undefined;
  /** Removed in the UI, or refused by it: events are no longer kept. */
  private detached = false;
  private closing = false;
  private flushScheduled = false;
  private browserOpened = false;
  private linkedOnce = false;
  /** The token in use: once joined, the one a tap taking over the port reuses, so an open page stays valid. */
  private token: string | undefined;

  /** The rules in force: the tap's own at first, then the person's; a new inspector is told them. */
  private faults: FaultRuleEntry[];

  constructor(private readonly options: InspectorLinkOptions) {
    this.token = options.token ?? (process.env[TOKEN_ENV_VAR] || undefined);
    this.faults = options.faults;
  }

  private changeFaults(faults: FaultRuleEntry[]): void {
    this.faults = faults;
    this.options.onFaults(faults);
  }

  report(event: UnstampedEvent, time = Date.now()): void {
    if (this.detached) return;
    this.queue.push(event);
    this.times.push(time);
    if (this.queue.length > MAX_QUEUED_EVENTS) {
      this.queue.shift();
      this.times.shift();
      this.dropped++;
    }
    this.scheduleFlush();
  }

  async close(): Promise<void> {
    this.closing = true;
    this.flush();
    const sink = this.sink;
    if (sink?.kind === 'hosting') return sink.stop();
    if (sink?.kind !== 'joined') return;
    const deadline = Date.now() + CLOSE_FLUSH_MS;
    while (sink.socket.bufferedAmount > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    sink.socket.close();
  }

  /** Joins the inspector on the port, or starts one there when none runs. */
  async connect(): Promise<void> {
    if (this.detached || this.closing) return;
    const known = this.token ?? readInstance(this.options.port)?.token;
    const joined = known === undefined ? 'nobody' : await this.join(known);
    if (joined === 'nobody') await this.host();
  }

  private linked(sink: Sink): void {
    this.sink = sink;
    if (!this.linkedOnce) this.options.onLinked?.();
    this.linkedOnce = true;
  }

  private scheduleFlush(): void {
    if (this.flushScheduled || !this.sink) return;
    this.flushScheduled = true;
    setImmediate(() => this.flush());
  }

  private flush(): void {
    this.flushScheduled = false;
    if (!this.sink || this.queue.length === 0) return;
    if (this.dropped > 0) {
      const message = `${this.dropped} events of this tap were not shown: no inspector took them in time (the host's traffic was passed on all the same)`;
      this.queue.unshift({ kind: 'transport', event: { type: 'error', message } });
      this.times.unshift(this.times[0] ?? Date.now());
      this.dropped = 0;
    }
    const { queue: events, times } = this;
    this.queue = [];
    this.times = [];
    if (this.sink.kind === 'hosting') events.forEach((event, index) => (this.sink as Extract<Sink, { kind: 'hosting' }>).feed.publish(event, times[index]));
    else this.sink.socket.send(JSON.stringify({ type: 'events', events, times } satisfies TapFrame));
  }

  private lost(): void {
    this.sink = undefined;
    if (this.detached || this.closing) return;
    setTimeout(() => void this.connect(), RELINK_DELAY_MS).unref();
  }

  private join(candidate: string): Promise<JoinOutcome> {
    const { port, warn } = this.options;
    return new Promise((resolve) => {
      const socket = new WebSocket(`ws://${LOOPBACK_HOST}:${port}${TAP_SOCKET_PATH}`, { headers: { Authorization: `Bearer ${candidate}` } });
      let settled = false;
      const settle = (outcome: JoinOutcome) => {
        if (!settled) resolve(outcome);
        settled = true;
      };
      socket.on('open', () => socket.send(JSON.stringify({ type: 'hello', target: this.options.target, tap: this.options.tap, faults: this.faults } satisfies TapFrame)));
      socket.on('message', (data) => {
        const frame = InspectorToTapFrameSchema.safeParse(safeJson(data.toString())).data;
        if (frame?.type === 'faults') return this.changeFaults(frame.faults);
        if (settled || frame?.type !== 'joined') return;
        this.token = candidate;
        this.linked({ kind: 'joined', socket });
        settle('joined');
        this.scheduleFlush();
      });
      socket.on('unexpected-response', (_request, response) => {
        warn(`the inspector on port ${port} refused this tap (HTTP ${response.statusCode}); give its token with --token. The host's traffic is passed on, not shown.`);
        this.detached = true;
        settle('refused');
        socket.terminate();
      });
      socket.on('error', () => settle('nobody'));
      socket.on('close', (code) => {
        settle('nobody');
        if (this.sink?.kind !== 'joined' || this.sink.socket !== socket) return;
        if (code === TAP_CLOSE_REMOVED) {
          this.detached = true;
          warn('this tap was removed in the inspector: its traffic is passed on, no longer shown');
        }
        this.lost();
      });
    });
  }

  private async host(): Promise<void> {
    const { port, warn } = this.options;
    const token = (this.token ??= randomBytes(32).toString('base64url'));
    let server: Awaited<ReturnType<StartInspector>>;
    try {
      server = await this.options.startInspector({ port, tryNextPorts: 0, token, recording: this.options.recording, sessionsDir: this.options.sessionsDir, log: warn });
    } catch (error) {
      // Another tap of the same host started one in between: join it next time.
      warn(`could not start an inspector on port ${port} (${error instanceof Error ? error.message : String(error)}); trying again`);
      return this.lost();
    }
    const { inspector } = await server.core;
    const withdraw = announceInstance({ port: server.port, token, pid: process.pid });
    process.once('exit', withdraw);
    const feed = inspector.addTapped(this.options.target, this.options.tap, {
      detach: () => {
        this.detached = true;
      },
      faults: this.faults,
      sendFaults: (faults) => this.changeFaults(faults),
    });
    this.linked({
      kind: 'hosting',
      feed,
      stop: async () => {
        withdraw();
        await server.close();
      },
    });
    warn(`inspector UI at ${server.url}`);
    if (this.options.open && !this.browserOpened) void openBrowser(server.url, warn);
    this.browserOpened = true;
    this.scheduleFlush();
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
