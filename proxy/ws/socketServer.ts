// The WebSocket endpoint on the proxy's HTTP server. Upgrades pass the same guard as HTTP requests
// (and a missing Origin is refused here); anything but SOCKET_PATH is not found.
import { STATUS_CODES, type IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { SOCKET_PATH } from '../../shared/inspectorProtocol';
import type { Inspector } from '../inspector/Inspector';
import type { RequestGuard } from '../http/requestGuard';
import type { ReplayRecording } from '../sessions/recordingConfig';
import { rateLimitedLog } from './rateLimitedLog';
import { SocketSession, type SessionLog } from './socketSession';

/** Requests from the UI are small; a raw composer's message could be big, but not this big. */
const MAX_FRAME_BYTES = 64 * 1024 * 1024;

export interface SocketServer {
  /** Handles an HTTP `upgrade` event of the proxy's server. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Closes every socket (the pages will try to re-attach, and fail once the proxy is gone). */
  close(): void;
}

export function createSocketServer(options: { inspector: Inspector; guard: RequestGuard; log: SessionLog; replayRecording?: ReplayRecording }): SocketServer {
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
  // One limit for all sockets: what a page sends must not flood the terminal.
  const log = rateLimitedLog(options.log);
  return {
    handleUpgrade(request, socket, head) {
      socket.on('error', () => {});
      const path = (request.url ?? '/').split('?')[0];
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

/** Answers an upgrade with a plain HTTP error and closes the socket once that is written. */
export function refuse(socket: Duplex, status: number, message: string): void {
  const body = message.endsWith('\n') ? message : `${message}\n`;
  socket.once('finish', () => socket.destroy());
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}
