// The WebSocket endpoint on the proxy's HTTP server. Upgrades pass the same guard as HTTP requests
// (and a missing Origin is refused here); anything but SOCKET_PATH (and, on the live inspector, a tap's
// TAP_SOCKET_PATH, which must come without an Origin) is not found.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { SOCKET_PATH } from '../../shared/inspectorProtocol';
import type { Inspector } from '../inspector/Inspector';
import type { RequestGuard } from '../http/requestGuard';
import { refuse } from '../http/refuseUpgrade';
import type { ReplayRecording } from '../sessions/recordingConfig';
import { rateLimitedLog } from './rateLimitedLog';
import { SocketSession, type SessionLog } from './socketSession';
import { TAP_SOCKET_PATH } from '../../shared/tap/tapProtocol';
import { TapSocketSession } from './tapSocketSession';

export { refuse };

/** Requests from the UI are small; a raw composer's message could be big, but not this big. */
const MAX_FRAME_BYTES = 64 * 1024 * 1024;

export interface SocketServer {
  /** Handles an HTTP `upgrade` event of the proxy's server. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Closes every socket (the pages will try to re-attach, and fail once the proxy is gone). */
  close(): void;
}

export interface SocketServerOptions {
  inspector: Inspector;
  guard: RequestGuard;
  log: SessionLog;
  replayRecording?: ReplayRecording;
  /** Taps (`mcp-inspect tap`) may join at TAP_SOCKET_PATH: the live inspector's, not a saved session's viewer. */
  acceptsTaps?: boolean;
}

export function createSocketServer(options: SocketServerOptions): SocketServer {
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
  // One limit for all sockets: what a page sends must not flood the terminal.
  const log = rateLimitedLog(options.log);
  return {
    handleUpgrade(request, socket, head) {
      socket.on('error', () => {});
      const path = (request.url ?? '/').split('?')[0];
      if (path === TAP_SOCKET_PATH && options.acceptsTaps) {
        const verdict = options.guard(request, 'tap');
        if (!verdict.ok) return refuse(socket, verdict.status, verdict.message);
        sockets.handleUpgrade(request, socket, head, (ws) => new TapSocketSession(ws, options.inspector, log));
        return;
      }
      if (path !== SOCKET_PATH) return refuse(socket, 404, 'Not found');
      const verdict = options.guard(request, 'upgrade');
      if (!verdict.ok) return refuse(socket, verdict.status, verdict.message);
      sockets.handleUpgrade(request, socket, head, (ws) => new SocketSession(ws, options.inspector, log, socket, options.replayRecording));
    },
    close() {
      for (const client of sockets.clients) client.terminate();
      sockets.close();
    },
  };
}
