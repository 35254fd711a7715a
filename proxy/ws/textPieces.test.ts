// A frame in pieces reaches a real WebSocket client as one text message, exactly its text, however
// it was cut into fragments.
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { OWN_FRAGMENT_BYTES, fragmentsOf, sendTextPieces } from './textPieces';

const servers: WebSocketServer[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

/** A server socket and a client connected to it; the client collects the text messages it gets. */
async function connectedPair(): Promise<{ server: WebSocket; received: string[] }> {
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  servers.push(wss);
  await new Promise((resolve) => wss.once('listening', resolve));
  const serverSide = new Promise<WebSocket>((resolve) => wss.once('connection', resolve));
  const client = new WebSocket(`ws://127.0.0.1:${(wss.address() as AddressInfo).port}`);
  const received: string[] = [];
  client.on('message', (data, isBinary) => {
    expect(isBinary).toBe(false);
    received.push(String(data));
  });
  await new Promise((resolve) => client.once('open', resolve));
  return { server: await serverSide, received };
}

describe('fragmentsOf', () => {
  it('copies runs of small pieces together and leaves each large piece as it is', () => {
    const large = Buffer.alloc(OWN_FRAGMENT_BYTES, 'x');
    const fragments = fragmentsOf([Buffer.from('{"a":'), Buffer.from('"'), large, Buffer.from('"'), Buffer.from(',"b":1}')]);
    expect(fragments.map(String)).toEqual(['{"a":"', String(large), '","b":1}']);
    expect(fragments[1]).toBe(large);
  });

  it('is one buffer for a frame of small pieces, and one empty buffer for no pieces', () => {
    expect(fragmentsOf([Buffer.from('{"a":'), Buffer.from('1}')]).map(String)).toEqual(['{"a":1}']);
    expect(fragmentsOf([]).map(String)).toEqual(['']);
  });
});

describe('sendTextPieces', () => {
  it('delivers the pieces as one text message, in order, also when large pieces go as fragments', async () => {
    const { server, received } = await connectedPair();
    const large = Buffer.from('é✓'.repeat(OWN_FRAGMENT_BYTES));
    const frames = [
      [Buffer.from('{"small":'), Buffer.from('true}')],
      [Buffer.from('{"text":"'), large, Buffer.from('","then":"'), large, Buffer.from('"}')],
      [large],
      [Buffer.from('{"after":1}')],
    ];
    for (const pieces of frames) sendTextPieces(server, pieces);
    const deadline = Date.now() + 5000;
    while (received.length < frames.length && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(received).toEqual(frames.map((pieces) => Buffer.concat(pieces).toString('utf8')));
  });
});
