// The stdio relay: bytes pass unchanged both ways (odd ones too), stderr reaches the host's stderr,
// the observer gets a copy of every chunk and the process's life, and the tap ends with the server.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { UnstampedEvent } from '../../shared/recordedEvent';
import { startStdioPassthrough } from './stdioPassthrough';
import { lineEvent, type TappedStream } from './tapObserver';

// A server that echoes each line it reads with a prefix, writes a non-JSON line, logs to stderr, and exits 3 at end of input.
const SERVER = `
process.stderr.write('server log line\\n');
let input = '';
process.stdin.on('data', (chunk) => { input += chunk; process.stdout.write(chunk); });
process.stdin.on('end', () => { process.stdout.write('not json, but bytes\\r\\n'); process.exit(3); });
`;

function collect(stream: PassThrough): () => Buffer {
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  return () => Buffer.concat(chunks);
}

describe('the stdio relay', () => {
  it('passes every byte unchanged and reports copies of them', async () => {
    const host = { stdin: new PassThrough(), stdout: new PassThrough(), stderr: new PassThrough() };
    const out = collect(host.stdout);
    const err = collect(host.stderr);
    const copies: Record<TappedStream, Buffer[]> = { host: [], stdout: [], stderr: [] };
    const events: UnstampedEvent[] = [];
    const relay = startStdioPassthrough({
      target: { transport: 'stdio', command: process.execPath, args: ['-e', SERVER], env: {} },
      host,
      observer: { bytes: (stream, chunk) => copies[stream].push(Buffer.from(chunk)), ended: () => {}, event: (event) => events.push(event) },
      warn: () => {},
    });
    const sent = Buffer.from('{"jsonrpc":"2.0","id":1,"method":"ping"}\n\u00e9\u00e8 odd bytes \u0000\r\n{"half":');
    host.stdin.end(sent);
    expect(await relay.exited).toEqual({ code: 3, signal: null });
    expect(out()).toEqual(Buffer.concat([sent, Buffer.from('not json, but bytes\r\n')]));
    expect(err().toString()).toBe('server log line\n');
    expect(Buffer.concat(copies.host)).toEqual(sent);
    expect(Buffer.concat(copies.stdout)).toEqual(out());
    expect(events.map((event) => (event.kind === 'transport' ? event.event.type : event.kind))).toEqual(['connecting', 'spawned', 'exited']);
  });

  it('reports a server that cannot be started, and ends', async () => {
    const events: UnstampedEvent[] = [];
    const warnings: string[] = [];
    const host = { stdin: new PassThrough(), stdout: new PassThrough(), stderr: new PassThrough() };
    const relay = startStdioPassthrough({
      target: { transport: 'stdio', command: '/no/such/server', args: [], env: {} },
      host,
      observer: { bytes: () => {}, ended: () => {}, event: (event) => events.push(event) },
      warn: (message) => warnings.push(message),
    });
    expect(await relay.exited).toEqual({ code: 127, signal: null });
    expect(warnings.join('\n')).toMatch(/Could not start "\/no\/such\/server"/);
    expect(events.at(-1)).toEqual({ kind: 'transport', event: { type: 'exited', code: 127, signal: null } });
  });
});

describe('a relayed line as an event', () => {
  it('is a message when JSON, whatever its shape; text otherwise', () => {
    expect(lineEvent('outgoing', '{"jsonrpc":"2.0","method":"x"}', 30)).toEqual({ kind: 'message', direction: 'outgoing', message: { jsonrpc: '2.0', method: 'x' }, size: 30 });
    expect(lineEvent('incoming', '[1,2]', 5)).toMatchObject({ kind: 'message', message: [1, 2] });
    expect(lineEvent('incoming', 'Server started on stdio', 23)).toEqual({ kind: 'stdout', text: 'Server started on stdio' });
    expect(lineEvent('outgoing', 'hello', 5)).toEqual({ kind: 'message', direction: 'outgoing', message: 'hello', size: 5 });
    expect(lineEvent('incoming', '   ', 3)).toBeUndefined();
  });
});
