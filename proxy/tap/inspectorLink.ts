// Where a tap's events go: to the inspector UI already running on the port (joined over a WebSocket
// as a program, with its token), or, when none runs there, to one the tap starts in its own process.
// Whatever happens to the UI, the tap's bytes are not affected: events wait in a bounded queue while
// there is no inspector, and a lost one is looked for again (joined, or started anew) every second.
import { randomBytes } from 'node:crypto';
import { WebSocket } from 'ws';
import type { ConnectionTarget, TapInfo } from '../../shared/connectionTypes';
import type { UnstampedEvent } from '../../shared/recordedEvent';
import { TOKEN_ENV_VAR } from '../../shared/security';
import { InspectorToTapFrameSchema, TAP_CLOSE_REMOVED, TAP_SOCKET_PATH, type TapFrame } from '../../shared/tap/tapProtocol';
import { announceInstance, readInstance } from '../cli/inspectorInstances';
import { openBrowser } from '../cli/openBrowser';
import { LOOPBACK_HOST } from '../http/listenOnLoopback';
import type { Inspector, TapFeed } from '../inspector/Inspector';
import type { RecordingConfig } from '../sessions/recordingConfig';

/** Starts an inspector UI in this process (proxy/server.ts's `listenForInspector`, handed in by main). */
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
}

export interface InspectorLink {
  /** Queues an event for the inspector; never blocks, never throws. */
  report(event: UnstampedEvent): void;
  /** Sends what is queued (bounded wait) and lets go of the inspector (stops it if the tap started it). */
  close(): Promise<void>;
}

type Sink = { kind: 'joined'; socket: WebSocket } | { kind: 'hosting'; feed: TapFeed; stop: () => Promise<void> };

export function linkToInspector(options: InspectorLinkOptions): InspectorLink {
  const { warn } = options;
  let queue: UnstampedEvent[] = [];
  let dropped = 0;
  let sink: Sink | undefined;
  let detached = false;
  let closing = false;
  let flushScheduled = false;
  let opened = false;
  /** The token in use: once joined, the one a tap that takes over the port reuses (so an open page stays valid). */
  let token = options.token ?? (process.env[TOKEN_ENV_VAR] || undefined);

  const scheduleFlush = () => {
    if (flushScheduled || !sink) return;
    flushScheduled = true;
    setImmediate(flush);
  };

  function flush(): void {
    flushScheduled = false;
    if (!sink || queue.length === 0) return;
    if (dropped > 0) {
      queue.unshift({ kind: 'transport', event: { type: 'error', message: `${dropped} events of this tap were not shown: no inspector took them in time (the host's traffic was passed on all the same)` } });
      dropped = 0;
    }
    const events = queue;
    queue = [];
    if (sink.kind === 'hosting') for (const event of events) sink.feed.publish(event);
    else sink.socket.send(JSON.stringify({ type: 'events', events } satisfies TapFrame));
  }

  function lost(): void {
    sink = undefined;
    if (detached || closing) return;
    setTimeout(() => void link(), RELINK_DELAY_MS).unref();
  }

  async function link(): Promise<void> {
    if (detached || closing) return;
    const known = token ?? readInstance(options.port)?.token;
    const joined = known === undefined ? 'nobody' : await join(known);
    if (joined === 'joined' || joined === 'refused') return;
    await host();
  }

  /** Joins the inspector on the port; `nobody` when none listens there. */
  function join(candidate: string): Promise<'joined' | 'nobody' | 'refused'> {
    return new Promise((resolve) => {
      const socket = new WebSocket(`ws://${LOOPBACK_HOST}:${options.port}${TAP_SOCKET_PATH}`, { headers: { Authorization: `Bearer ${candidate}` } });
      let settled = false;
      const settle = (outcome: 'joined' | 'nobody' | 'refused') => {
        if (!settled) resolve(outcome);
        settled = true;
      };
      socket.on('open', () => socket.send(JSON.stringify({ type: 'hello', target: options.target, tap: options.tap } satisfies TapFrame)));
      socket.on('message', (data) => {
        const frame = InspectorToTapFrameSchema.safeParse(safeJson(data.toString()));
        if (!frame.success || frame.data.type !== 'joined' || settled) return;
        token = candidate;
        sink = { kind: 'joined', socket };
        settle('joined');
        scheduleFlush();
      });
      socket.on('unexpected-response', (_request, response) => {
        warn(`the inspector on port ${options.port} refused this tap (HTTP ${response.statusCode}); give its token with --token. The host's traffic is passed on, not shown.`);
        detached = true;
        settle('refused');
        socket.terminate();
      });
      socket.on('error', () => settle('nobody'));
      socket.on('close', (code) => {
        settle('nobody');
        if (sink?.kind !== 'joined' || sink.socket !== socket) return;
        if (code === TAP_CLOSE_REMOVED) {
          detached = true;
          warn('this tap was removed in the inspector: its traffic is passed on, no longer shown');
        }
        lost();
      });
    });
  }

  /** Starts an inspector UI on the port, in this process. */
  async function host(): Promise<void> {
    const chosen = (token ??= randomBytes(32).toString('base64url'));
    let server;
    try {
      server = await options.startInspector({ port: options.port, tryNextPorts: 0, token: chosen, recording: options.recording, sessionsDir: options.sessionsDir, log: (message) => warn(message) });
    } catch (error) {
      // Another tap of the same host started one in between: join it.
      warn(`could not start an inspector on port ${options.port} (${error instanceof Error ? error.message : String(error)}); trying again`);
      return lost();
    }
    const { inspector } = await server.core;
    const withdraw = announceInstance({ port: server.port, token: chosen, pid: process.pid });
    process.once('exit', withdraw);
    const feed = inspector.addTapped(options.target, options.tap, () => {
      detached = true;
    });
    sink = {
      kind: 'hosting',
      feed,
      stop: async () => {
        withdraw();
        await server.close();
      },
    };
    warn(`inspector UI at ${server.url}`);
    if (options.open && !opened) void openBrowser(server.url, warn);
    opened = true;
    scheduleFlush();
  }

  void link();

  return {
    report(event) {
      if (detached) return;
      queue.push(event);
      if (queue.length > MAX_QUEUED_EVENTS) {
        queue.shift();
        dropped++;
      }
      scheduleFlush();
    },
    async close() {
      closing = true;
      flush();
      const current = sink;
      if (current?.kind === 'hosting') {
        await current.stop();
      } else if (current?.kind === 'joined') {
        const { socket } = current;
        const deadline = Date.now() + CLOSE_FLUSH_MS;
        while (socket.bufferedAmount > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
        socket.close();
      }
    },
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
