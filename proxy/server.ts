// Starts the inspector: one HTTP server on 127.0.0.1 carrying the express app and the WebSocket, and
// the inspector core behind them. If launched with a target, it connects to it at once, so the user
// sees the server as soon as the page opens.
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import path from 'node:path';
import type { ConnectionTarget, EraChoice } from '../shared/connectionTypes';
import { pageUrlWithToken } from '../shared/security';
import { completeOAuthCallback, OAUTH_CALLBACK_PATH } from './http/oauthCallbackRoute';
import { createApp, type RequestListener } from './http/createApp';
import { LOOPBACK_HOST, listenOnLoopback } from './http/listenOnLoopback';
import { BAD_REQUEST_MESSAGE, createRequestGuard, isOriginFormTarget } from './http/requestGuard';
import { httpServerTimeouts, type HttpServerTimeouts } from './http/httpServerTimeouts';
import { refuse } from './http/refuseUpgrade';
import { startAppSandboxServer, type AppSandboxServer } from './http/appSandboxServer';
import type { Inspector } from './inspector/Inspector';
import type { InspectorCore, OpenedSession } from './inspectorCore';
import { defaultSessionsDir, type RecordingConfig } from './sessions/recordingConfig';
import { SESSIONS_API_PATH } from '../shared/session/sessionLibraryConstants';
import { packageInfo } from './packageInfo';

export interface InspectorServerConfig {
  /** 0 = any free port. */
  port: number;
  /** How many following ports to try if `port` is busy (0 = fail at once). */
  tryNextPorts?: number;
  token: string;
  /** The server to connect to at start, if any. */
  target?: ConnectionTarget;
  /** The target is the bundled demo server. */
  isDemo?: boolean;
  /** The protocol era of the connection to `target` (legacy when not given). */
  era?: EraChoice;
  /** Fault rules of the connection to `target` (--fault). */
  faults?: string[];
  /** Where the built UI is; defaults to `<package root>/dist/client`. */
  clientDir?: string;
  /** Where problems with pages and sockets are reported (default: stderr). */
  log?: (message: string) => void;
  /** Where to record the session (default: not recorded). */
  recording?: RecordingConfig;
  /** A session file to show, read-only (`mcp-inspect open`). */
  session?: OpenedSession;
  /** The folder the Sessions page lists (default `~/.mcp-inspect/sessions`). */
  sessionsDir?: string;
  /** Where OAuth tokens are kept (0600); in memory only without it. */
  oauthTokenFile?: string;
  /** Whether replays started from the UI are recorded into `sessionsDir` (default: when `recording` is on). */
  recordReplays?: boolean;
  /** How long a connection may take to send its request (defaults in http/httpServerTimeouts.ts; tests shorten them). */
  timeouts?: Partial<HttpServerTimeouts>;
}

/** The proxy once it listens: the UI is served; the core may still be loading. */
export interface ListeningInspector {
  /** The URL to open, token included. */
  url: string;
  port: number;
  token: string;
  /** Resolves once the inspector and the socket layer are loaded (the launch target is then connecting). */
  core: Promise<InspectorCore>;
  /** Where the HTTP server listens (always the loopback address). */
  address(): AddressInfo;
  /** Kills every server process at once, synchronously (for exit paths). */
  killAllNow(): void;
  /** Closes sockets, the HTTP server and every connection (stdio servers are ended and awaited). */
  close(): Promise<void>;
}

export interface InspectorServer extends Omit<ListeningInspector, 'core'> {
  inspector: Inspector;
}

/**
 * Listens and serves the UI at once, and loads the core (SDK client, transports, socket layer) right
 * after, in parallel with printing the URL and opening the browser: start-up to a printed URL is a
 * measured target. A page whose socket arrives before the core is loaded simply waits for it.
 */
/** What the launch connection gets beside its target: --era and --fault. */
function launchConnectionSettings(config: InspectorServerConfig): { era?: EraChoice; faults: string[] } {
  return { ...(config.era === undefined ? {} : { era: config.era }), faults: config.faults ?? [] };
}

export async function listenForInspector(config: InspectorServerConfig): Promise<ListeningInspector> {
  const { root, version } = packageInfo();
  const log = config.log ?? ((message: string) => process.stderr.write(`mcp-inspect: ${message}\n`));
  const httpServer = http.createServer(httpServerTimeouts(config.timeouts));
  const port = await listenOnLoopback(httpServer, config.port, config.tryNextPorts ?? 0);
  const guard = createRequestGuard({ port, token: config.token });
  const appSandbox = await startAppSandboxServer(port);
  const clientDir = config.clientDir ?? path.join(root, 'dist', 'client');
  // Loaded on the first /api request past the health check; the sessions routes then wait for the core.
  let api: Promise<RequestListener> | undefined;
  const loadApi = () =>
    (api ??= Promise.all([import('./http/apiApp'), import('./library/sessionRoutes')]).then(([{ createApiApp }, { sessionRoutes }]) =>
      createApiApp({ [SESSIONS_API_PATH]: sessionRoutes(() => core.then(({ library }) => library)) }),
    ));
  // Attached in the same tick as `listening`, before any connection can be read.
  const app = createApp({
    port,
    token: config.token,
    version,
    clientDir,
    appSandboxOrigin: appSandbox.origin,
    api: loadApi,
    oauthCallback: (params) => core.then(({ inspector }) => completeOAuthCallback(inspector, params)),
  });
  httpServer.on('request', (request: IncomingMessage, response: ServerResponse) => {
    // Express would route an absolute-form target (`GET http://[/x`) past every middleware to a 404.
    if (!isOriginFormTarget(request.url)) {
      response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close' }).end(BAD_REQUEST_MESSAGE);
      return;
    }
    app(request, response);
  });

  // Imported on the next turn of the event loop, once the caller has printed the URL: the launcher is
  // CommonJS (proxy/build.mjs), and its first import() starts Node's ES module loader, ~10 ms of work.
  let releaseYoungGeneration = () => {};
  const core = new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
    // Until a page or a tap attaches, the proxy only starts up and holds its launch connection.
    const { holdYoungGeneration } = await import('./youngGeneration');
    releaseYoungGeneration = holdYoungGeneration();
    const { startInspectorCore } = await import('./inspectorCore');
    return startInspectorCore({
      version,
      target: config.target,
      isDemo: config.isDemo ?? false,
      ...launchConnectionSettings(config),
      guard,
      log,
      sessionsDir: config.sessionsDir ?? defaultSessionsDir(),
      ...(config.recording === undefined ? {} : { recording: config.recording }),
      ...(config.session === undefined ? {} : { session: config.session }),
      oauth: { mode: 'browser', redirectUrl: `http://${LOOPBACK_HOST}:${port}${OAUTH_CALLBACK_PATH}`, ...(config.oauthTokenFile === undefined ? {} : { tokenFile: config.oauthTokenFile }) },
      ...(config.recordReplays === undefined ? {} : { recordReplays: config.recordReplays }),
      appSandboxOrigin: appSandbox.origin,
    });
  });
  let loaded: InspectorCore | undefined;
  void core.then((value) => (loaded = value));
  httpServer.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => {});
    // Answered here, before anything parses the target or waits for the core (a throw would leave the socket open).
    if (!isOriginFormTarget(request.url)) return refuse(socket, 400, BAD_REQUEST_MESSAGE);
    void core.then(({ sockets, library }) => {
      releaseYoungGeneration();
      try {
        if (!library.viewers.handleUpgrade(request, socket, head)) sockets.handleUpgrade(request, socket, head);
      } catch (error) {
        log(`socket upgrade failed: ${error instanceof Error ? error.message : String(error)}`);
        if (!socket.destroyed) refuse(socket, 400, 'Bad request\n');
      }
    });
  });

  let closing: Promise<void> | undefined;
  return {
    url: pageUrlWithToken(`http://${LOOPBACK_HOST}:${port}`, config.token),
    port,
    token: config.token,
    core,
    address: () => httpServer.address() as AddressInfo,
    killAllNow: () => {
      loaded?.inspector.killAllNow();
      // On every exit path (the process's `exit` runs this): what is queued reaches the file.
      loaded?.recorder?.flush();
    },
    close: () =>
      (closing ??= closeInspector(core, httpServer, appSandbox)),
  };
}

/** Closes sockets, the HTTP servers and every connection, then the session file. */
async function closeInspector(core: Promise<InspectorCore>, httpServer: http.Server, appSandbox: AppSandboxServer): Promise<void> {
  const { sockets, inspector, recorder, library, eventFile } = await core;
  sockets.close();
  library.viewers.closeAll();
  const stopped = new Promise<void>((resolve) => httpServer.close(() => resolve()));
  httpServer.closeAllConnections();
  await Promise.all([stopped, inspector.closeAll(), appSandbox.close()]);
  // After the connections closed, so their last events are in the file.
  recorder?.close();
  eventFile?.close();
}

/** Listens and waits for the core: what tests and embedders want. */
export async function startInspectorServer(config: InspectorServerConfig): Promise<InspectorServer> {
  const listening = await listenForInspector(config);
  const { inspector } = await listening.core;
  const { core: _core, ...rest } = listening;
  return { ...rest, inspector };
}
