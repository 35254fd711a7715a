// Answers a raw socket (an upgrade request) with a plain HTTP error and closes it: used before the
// socket layer is loaded (a request target that does not parse) and by the socket layer's guard.
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';

/** Answers an upgrade with a plain HTTP error and closes the socket once that is written. */
export function refuse(socket: Duplex, status: number, message: string): void {
  const body = message.endsWith('\n') ? message : `${message}\n`;
  socket.once('finish', () => socket.destroy());
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}
