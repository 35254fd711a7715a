// TappedStdioTransport against real child processes (tiny inline Node scripts): what the wire shows
// must reach the tap exactly, and only valid messages the SDK.
import type { JSONRPCMessage } from '@modelcontextprotocol/client';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FaultEngine } from '../../shared/faults/faultEngine';
import { parseFaultRules } from '../../shared/faults/faultRule';
import type { UnstampedEvent } from '../../shared/recordedEvent';
import { TappedStdioTransport } from './stdioTransport';

/** Starts `node -e script` on a tapped transport and collects what it reports. */
async function run(script: string, options: { start?: boolean; closeGraceMs?: number; faults?: FaultEngine } = {}) {
  const events: UnstampedEvent[] = [];
  const delivered: JSONRPCMessage[] = [];
  let closes = 0;
  const transport = new TappedStdioTransport({ transport: 'stdio', command: process.execPath, args: ['-e', script], env: {} }, (event) => void events.push(event), {
    closeGraceMs: options.closeGraceMs,
    faults: options.faults,
  });
  transport.onmessage = (message) => delivered.push(message);
  transport.onclose = () => closes++;
  if (options.start !== false) await transport.start();
  const closed = new Promise<void>((resolve) => {
    const previous = transport.onclose;
    transport.onclose = () => {
      previous?.();
      resolve();
    };
  });
  return { transport, events, delivered, closed, closes: () => closes };
}

const transportEvents = (events: UnstampedEvent[]) => events.flatMap((event) => (event.kind === 'transport' ? [event.event] : []));

describe('TappedStdioTransport', () => {
  it('records a non-JSON stdout line as stdout and delivers only valid messages', async () => {
    const script = `
      process.stdout.write('starting up...\\n');
      process.stdout.write(JSON.stringify({ jsonrpc: '2.0', method: 'notifications/message', params: { level: 'info', data: 'x' } }) + '\\n');
      process.stdout.write(JSON.stringify({ jsonrpc: '2.0', id: null, result: {} }) + '\\n');
      process.stdout.write('[1,2,3]\\n');`;
    const { events, delivered, closed } = await run(script);
    await closed;
    const lines = events.filter((event) => event.kind === 'stdout' || event.kind === 'message');
    expect(lines).toEqual([
      { kind: 'stdout', text: 'starting up...' },
      expect.objectContaining({ kind: 'message', direction: 'incoming', message: expect.objectContaining({ method: 'notifications/message' }) }),
      { kind: 'message', direction: 'incoming', message: { jsonrpc: '2.0', id: null, result: {} }, size: '{"jsonrpc":"2.0","id":null,"result":{}}'.length },
      { kind: 'message', direction: 'incoming', message: [1, 2, 3], size: 7 },
    ]);
    expect(delivered).toEqual([{ jsonrpc: '2.0', method: 'notifications/message', params: { level: 'info', data: 'x' } }]);
  });

  it('joins a message split across chunks and strips \\r\\n', async () => {
    const message = JSON.stringify({ jsonrpc: '2.0', method: 'notifications/progress', params: { progressToken: 1, progress: 0.5, message: 'héllo ✓' } });
    const bytes = Buffer.from(`${message}\r\n`);
    // Cut inside the multi-byte ✓ so the two halves only decode correctly together.
    const cut = bytes.indexOf(Buffer.from('✓')) + 1;
    const script = `
      const bytes = Buffer.from(${JSON.stringify(bytes.toString('base64'))}, 'base64');
      process.stdout.write(bytes.subarray(0, ${cut}));
      setTimeout(() => process.stdout.write(bytes.subarray(${cut})), 100);`;
    const { events, delivered, closed } = await run(script);
    await closed;
    expect(delivered).toEqual([JSON.parse(message)]);
    expect(events.filter((event) => event.kind === 'message')).toEqual([
      { kind: 'message', direction: 'incoming', message: JSON.parse(message), size: Buffer.byteLength(message) },
    ]);
    expect(events.some((event) => event.kind === 'stdout')).toBe(false);
  });

  it('records a last line without a newline when the stream ends', async () => {
    const { events, closed } = await run(`process.stdout.write('bye, no newline')`);
    await closed;
    expect(events.filter((event) => event.kind === 'stdout')).toEqual([{ kind: 'stdout', text: 'bye, no newline' }]);
  });

  it('records stderr line by line and the exit code, then closes once', async () => {
    const script = `process.stderr.write('first\\nsec'); setTimeout(() => { process.stderr.write('ond\\n'); process.exit(7); }, 50);`;
    const { events, closed, closes } = await run(script);
    await closed;
    expect(events.filter((event) => event.kind === 'stderr')).toEqual([
      { kind: 'stderr', text: 'first' },
      { kind: 'stderr', text: 'second' },
    ]);
    const types = transportEvents(events);
    expect(types[0]).toEqual({ type: 'connecting', transport: 'stdio' });
    expect(types[1]).toMatchObject({ type: 'spawned', pid: expect.any(Number), command: expect.stringContaining(process.execPath) });
    expect(types.at(-1)).toEqual({ type: 'exited', code: 7, signal: null });
    // The exit comes after the last stderr line in the stream.
    expect(events.at(-1)).toEqual({ kind: 'transport', event: { type: 'exited', code: 7, signal: null } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(closes()).toBe(1);
  });

  it('records a coloured stderr line as a terminal shows it, a non-JSON stdout line as written', async () => {
    const { events, closed } = await run(`process.stderr.write('\\u001b[31mERROR\\u001b[39m token not set\\n'); process.stdout.write('\\u001b[32mready\\u001b[39m\\n')`);
    await closed;
    expect(events.filter((event) => event.kind === 'stderr')).toEqual([{ kind: 'stderr', text: 'ERROR token not set' }]);
    expect(events.filter((event) => event.kind === 'stdout')).toEqual([{ kind: 'stdout', text: '\u001b[32mready\u001b[39m' }]);
  });

  it('reports a command that cannot start, clearly', async () => {
    const events: UnstampedEvent[] = [];
    const transport = new TappedStdioTransport({ transport: 'stdio', command: 'no-such-command-mcp-inspect', args: [], env: {} }, (event) =>
      void events.push(event),
    );
    await expect(transport.start()).rejects.toThrow('Could not start "no-such-command-mcp-inspect": command not found (ENOENT)');
    expect(transportEvents(events).at(-1)).toEqual({
      type: 'error',
      message: 'Could not start "no-such-command-mcp-inspect": command not found (ENOENT)',
    });
    await transport.close();
  });

  it('refuses a working directory that does not exist', async () => {
    const transport = new TappedStdioTransport(
      { transport: 'stdio', command: process.execPath, args: [], env: {}, cwd: '/no/such/dir/mcp-inspect' },
      () => {},
    );
    await expect(transport.start()).rejects.toThrow('the working directory /no/such/dir/mcp-inspect does not exist');
  });

  it('passes env on top of the default environment, without recording it', async () => {
    const script = `process.stdout.write(JSON.stringify({ jsonrpc: '2.0', method: 'env', params: { secret: process.env.MY_SECRET, path: typeof process.env.PATH } }) + '\\n')`;
    const events: UnstampedEvent[] = [];
    const transport = new TappedStdioTransport(
      { transport: 'stdio', command: process.execPath, args: ['-e', script], env: { MY_SECRET: 's3cr3t-value' } },
      (event) => void events.push(event),
    );
    const closed = new Promise<void>((resolve) => (transport.onclose = resolve));
    await transport.start();
    await closed;
    const message = events.find((event) => event.kind === 'message');
    expect(message).toMatchObject({ message: { params: { secret: 's3cr3t-value', path: 'string' } } });
    const withoutTheEcho = events.filter((event) => event !== message);
    expect(JSON.stringify(withoutTheEcho)).not.toContain('s3cr3t-value');
  });

  it('sends messages as lines (recording them) and raw text as is', async () => {
    // Echoes each stdin line back as the params of a notification.
    const script = `
      let buffer = '';
      process.stdin.on('data', (chunk) => {
        buffer += chunk;
        let newline;
        while ((newline = buffer.indexOf('\\n')) !== -1) {
          const line = buffer.slice(0, newline);
          buffer = buffer.slice(newline + 1);
          process.stdout.write(JSON.stringify({ jsonrpc: '2.0', method: 'echo', params: { line } }) + '\\n');
        }
      });`;
    const { transport, events, delivered } = await run(script);
    const ping = { jsonrpc: '2.0' as const, id: 1, method: 'ping' };
    await transport.send(ping);
    await transport.sendRaw('not json at all\n');
    await transport.sendRaw('{"jsonrpc":"2.0","method":"raw"}\n');
    const deadline = Date.now() + 5000;
    while (delivered.length < 3 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(delivered.map((message) => ('params' in message ? message.params?.line : undefined))).toEqual([
      JSON.stringify(ping),
      'not json at all',
      '{"jsonrpc":"2.0","method":"raw"}',
    ]);
    const outgoing = events.filter((event) => event.kind === 'message' && event.direction === 'outgoing');
    expect(outgoing).toEqual([
      { kind: 'message', direction: 'outgoing', message: ping, size: JSON.stringify(ping).length },
      { kind: 'message', direction: 'outgoing', message: 'not json at all\n', size: 16 },
      { kind: 'message', direction: 'outgoing', message: { jsonrpc: '2.0', method: 'raw' }, size: 33 },
    ]);
    await transport.close();
    await expect(transport.send(ping)).rejects.toThrow(/Not connected/);
  });

  it('writes a message the fault stage passes on, at once or later, as exactly its JSON line', async () => {
    // Answers each stdin line with its length in bytes and a digest of them.
    const script = `
      const { createHash } = require('node:crypto');
      let pending = Buffer.alloc(0);
      process.stdin.on('data', (chunk) => {
        pending = Buffer.concat([pending, chunk]);
        let newline;
        while ((newline = pending.indexOf(10)) !== -1) {
          const line = pending.subarray(0, newline);
          pending = pending.subarray(newline + 1);
          const digest = createHash('sha256').update(line).digest('hex');
          process.stdout.write(JSON.stringify({ jsonrpc: '2.0', method: 'seen', params: { bytes: line.length, digest } }) + '\\n');
        }
      });`;
    const faults = new FaultEngine(parseFaultRules(['duplicate on tools/call', 'delay 50ms on tools/list']));
    const { transport, delivered } = await run(script, { faults });
    const big = { jsonrpc: '2.0' as const, id: 1, method: 'tools/call', params: { name: 'echo', arguments: { text: 'é✓'.repeat(40_000) } } };
    const plain = { jsonrpc: '2.0' as const, id: 2, method: 'ping' };
    const later = { jsonrpc: '2.0' as const, id: 3, method: 'tools/list' };
    for (const message of [big, plain, later]) await transport.send(message);
    const deadline = Date.now() + 5000;
    while (delivered.length < 4 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    const seen = (message: JSONRPCMessage) => {
      const line = Buffer.from(JSON.stringify(message));
      return { bytes: line.length, digest: createHash('sha256').update(line).digest('hex') };
    };
    expect(delivered.map((message) => ('params' in message ? message.params : undefined))).toEqual([seen(big), seen(big), seen(plain), seen(later)]);
    await transport.close();
  });

  it('close() ends a server that exits when stdin closes, without signals', async () => {
    const { transport, events } = await run(`process.stdin.resume(); process.stdin.on('end', () => process.exit(0));`);
    const started = Date.now();
    await transport.close();
    expect(Date.now() - started).toBeLessThan(1500);
    expect(transportEvents(events).at(-1)).toEqual({ type: 'exited', code: 0, signal: null });
  });

  it('close() escalates to SIGKILL for a server that ignores stdin and SIGTERM', async () => {
    // A short grace: what is tested is the escalation, not the length of the real one.
    const { transport, events } = await run(`process.on('SIGTERM', () => {}); setInterval(() => {}, 1000);`, { closeGraceMs: 300 });
    await new Promise((resolve) => setTimeout(resolve, 200)); // let it install its SIGTERM handler
    await transport.close();
    expect(transportEvents(events).at(-1)).toEqual({ type: 'exited', code: null, signal: 'SIGKILL' });
  }, 10_000);
});

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A wrapper like npx: it starts the real server as its child, passes no signal on and ignores SIGTERM
 * itself; the server ignores stdin's end and says its pid on stderr.
 */
const wrapperScript = `
const { spawn } = require('node:child_process');
process.on('SIGTERM', () => {});
const server = spawn(process.execPath, ['-e', "process.stderr.write('server pid ' + process.pid + '\\\\n'); setInterval(() => {}, 1000);"], { stdio: ['ignore', 'inherit', 'inherit'] });
setInterval(() => {}, 1000);
`;

describe.skipIf(process.platform === 'win32')('TappedStdioTransport process groups', () => {
  async function startWrapped() {
    const started = await run(wrapperScript, { closeGraceMs: 300 });
    const serverPid = await new Promise<number>((resolve) => {
      const poll = setInterval(() => {
        const line = started.events.find((event) => event.kind === 'stderr' && event.text.startsWith('server pid '));
        if (line?.kind !== 'stderr') return;
        clearInterval(poll);
        resolve(Number(line.text.slice('server pid '.length)));
      }, 20);
    });
    return { ...started, serverPid };
  }

  it('close() ends the server a wrapper started, though the wrapper passes no signal on', async () => {
    const { transport, serverPid } = await startWrapped();
    expect(isAlive(serverPid)).toBe(true);
    await transport.close();
    expect(isAlive(serverPid)).toBe(false);
    expect(isAlive(transport.pid!)).toBe(false);
  }, 15_000);

  it('killNow() kills the whole group at once', async () => {
    const { transport, serverPid, closed } = await startWrapped();
    transport.killNow();
    await closed;
    await expect.poll(() => isAlive(serverPid), { timeout: 2000 }).toBe(false);
  }, 15_000);
});
