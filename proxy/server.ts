// Starts the inspector: one HTTP server on 127.0.0.1 carrying the express app and the WebSocket, and
// the inspector core behind them. If launched with a target, it connects to it at once, so the user
// sees the server as soon as the page opens.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { ConnectionTarget } from '../shared/connectionTypes';
import { TOKEN_QUERY_PARAM } from '../shared/security';
import { createApp } from './http/createApp';
import { LOOPBACK_HOST, listenOnLoopback } from './http/listenOnLoopback';
import { createRequestGuard } from './http/requestGuard';
import { Inspector } from './inspector/Inspector';
import { packageInfo } from './packageInfo';
import { attachSocketServer } from './ws/socketServer';

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
  /** Where the built UI is; defaults to `<package root>/dist/client`. */
  clientDir?: string;
  /** Where problems with pages and sockets are reported (default: stderr). */
  log?: (message: string) => void;
}

export interface InspectorServer {
  /** The URL to open, token included. */
  url: string;
  port: number;
  token: string;
  inspector: Inspector;
  /** Where the HTTP server listens (always the loopback address). */
  address(): AddressInfo;
  /** Closes sockets, the HTTP server and every connection (stdio servers are ended and awaited). */
  close(): Promise<void>;
}

export async function startInspectorServer(config: InspectorServerConfig): Promise<InspectorServer> {
  const { root, version } = packageInfo();
  const log = config.log ?? ((message: string) => process.stderr.write(`mcp-inspect: ${message}\n`));
  const httpServer = http.createServer();
  const port = await listenOnLoopback(httpServer, config.port, config.tryNextPorts ?? 0);

  const inspector = new Inspector({
    inspectorVersion: version,
    ...(config.target === undefined ? {} : { target: config.target }),
    isDemo: config.isDemo ?? false,
  });
  const guard = createRequestGuard({ port, token: config.token });
  const clientDir = config.clientDir ?? path.join(root, 'dist', 'client');
  // Attached in the same tick as `listening`, before any connection can be read.
  httpServer.on('request', createApp({ port, token: config.token, version, clientDir }));
  const sockets = attachSocketServer(httpServer, { inspector, guard, log });
  if (config.target) inspector.connect(config.target);

  let closing: Promise<void> | undefined;
  return {
    url: `http://${LOOPBACK_HOST}:${port}/?${TOKEN_QUERY_PARAM}=${encodeURIComponent(config.token)}`,
    port,
    token: config.token,
    inspector,
    address: () => httpServer.address() as AddressInfo,
    close: () =>
      (closing ??= (async () => {
        sockets.close();
        const stopped = new Promise<void>((resolve) => httpServer.close(() => resolve()));
        httpServer.closeAllConnections();
        await Promise.all([stopped, inspector.closeAll()]);
      })()),
  };
}
