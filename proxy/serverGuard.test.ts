// What a raw TCP client can do to the proxy before any guard logic runs: a request target that does
// not parse (on the upgrade path and plain HTTP) gets 400 and a closed socket at once, and a socket
// that never finishes its request is closed after the (here shortened) header timeout.
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInspectorServer, type InspectorServer } from './server';

const token = 'raw-socket-test-token';

interface RawExchange {
  /** Everything the proxy wrote before it closed. */
  answer: string;
  /** How long the socket stayed open, in ms. */
  openFor: number;
}

/** Writes `text` on a fresh socket and waits for the proxy to close it (or fails after `limitMs`). */
function exchange(port: number, text: string, limitMs = 5_000): Promise<RawExchange> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = net.connect(port, '127.0.0.1', () => socket.write(text));
    let answer = '';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`the proxy kept the socket open for ${limitMs} ms; it wrote: ${JSON.stringify(answer)}`));
    }, limitMs);
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
    socket.on('error', () => {});
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ answer, openFor: Date.now() - started });
    });
  });
}

describe('the proxy answers raw sockets first', () => {
  let server: InspectorServer;
  const headersMs = 400;
  const host = () => `Host: 127.0.0.1:${server.port}\r\n`;
  const upgrade = 'Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n';

  beforeAll(async () => {
    server = await startInspectorServer({ port: 0, token, log: () => {}, timeouts: { headersMs, checkIntervalMs: 100 } });
  });
  afterAll(() => server?.close());

  it('answers 400 and closes an upgrade whose target does not parse, without a token', async () => {
    const reply = await exchange(server.port, `GET http://[/api/socket HTTP/1.1\r\n${host()}${upgrade}Origin: http://127.0.0.1:${server.port}\r\n\r\n`);
    expect(reply.answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(reply.openFor).toBeLessThan(headersMs);
  });

  it('answers 400 to a plain request whose target does not parse', async () => {
    const reply = await exchange(server.port, `GET http://[/api/health HTTP/1.1\r\n${host()}Connection: close\r\n\r\n`);
    expect(reply.answer).toMatch(/^HTTP\/1\.1 400 /);
  });

  it('survives many of them: the next ordinary request is answered', async () => {
    await Promise.all(Array.from({ length: 50 }, () => exchange(server.port, `GET http://[/api/socket HTTP/1.1\r\n${host()}${upgrade}\r\n`)));
    const health = await exchange(server.port, `GET /api/health HTTP/1.1\r\n${host()}Authorization: Bearer ${token}\r\nConnection: close\r\n\r\n`);
    expect(health.answer).toMatch(/^HTTP\/1\.1 200 /);
  });

  it('closes a socket that sends half an upgrade request after the header timeout', async () => {
    const reply = await exchange(server.port, `GET /api/socket HTTP/1.1\r\n${host()}${upgrade}`, 5_000);
    expect(reply.openFor).toBeGreaterThanOrEqual(headersMs - 50);
    expect(reply.answer).not.toMatch(/ 101 /);
  });

  it('closes a socket that sends nothing after the header timeout', async () => {
    const reply = await exchange(server.port, '', 5_000);
    expect(reply.openFor).toBeGreaterThanOrEqual(headersMs - 50);
  });
});
