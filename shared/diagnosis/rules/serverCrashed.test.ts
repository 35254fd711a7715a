import { describe, expect, it } from 'vitest';
import { StreamBuilder, diagnose } from '../testing/streamBuilder';
import { serverCrashedRule } from './serverCrashed';

describe('server-crashed', () => {
  it('cites the exit code, the requests in flight and the last stderr lines', () => {
    const stream = new StreamBuilder();
    stream.transport({ type: 'spawned', pid: 42, command: 'node server.js' });
    stream.handshake();
    const request = stream.clientRequest(1, 'tools/call', { name: 'explode' });
    for (let line = 1; line <= 7; line += 1) stream.stderr(`trace line ${line}`);
    const exit = stream.transport({ type: 'exited', code: 1, signal: null });
    const findings = diagnose(stream.events, [serverCrashedRule]);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('exited with code 1 while a request was in flight: tools/call (id 1)');
    expect(findings[0]?.message).toContain('"trace line 7"');
    expect(findings[0]?.message).not.toContain('"trace line 2"');
    expect(findings[0]?.seqs[0]).toBe(request);
    expect(findings[0]?.seqs.at(-1)).toBe(exit);
  });

  it('names the signal', () => {
    const stream = new StreamBuilder();
    stream.handshake();
    stream.clientRequest(1, 'resources/read', { uri: 'file:///x' });
    stream.transport({ type: 'exited', code: null, signal: 'SIGKILL' });
    expect(diagnose(stream.events, [serverCrashedRule])[0]?.message).toContain('was killed by SIGKILL');
  });

  it('is silent on a clean exit, on a crash with nothing in flight, and after the inspector closed first', () => {
    for (const exit of [{ code: 0, signal: null }, { code: 2, signal: null }]) {
      const stream = new StreamBuilder();
      stream.handshake();
      if (exit.code === 0) stream.clientRequest(1, 'tools/list');
      stream.transport({ type: 'exited', ...exit });
      expect(diagnose(stream.events, [serverCrashedRule])).toEqual([]);
    }
    const stream = new StreamBuilder();
    stream.handshake();
    stream.clientRequest(1, 'tools/list');
    stream.transport({ type: 'closed', reason: 'Closed by the inspector' });
    stream.transport({ type: 'exited', code: null, signal: 'SIGTERM' });
    expect(diagnose(stream.events, [serverCrashedRule])).toEqual([]);
  });

  it('does not count the era probe a legacy server exits on (the client starts it again), but a crash after the handshake still counts', () => {
    const stream = new StreamBuilder();
    stream.transport({ type: 'spawned', pid: 42, command: 'node server.js' });
    stream.clientRequest('server-discover-probe-1', 'server/discover', { _meta: {} });
    stream.stderr('fatal: server/discover before initialize, exiting');
    stream.transport({ type: 'exited', code: 1, signal: null });
    expect(diagnose(stream.events, [serverCrashedRule])).toEqual([]);

    const later = new StreamBuilder();
    later.handshake();
    const discover = later.clientRequest(5, 'server/discover', { _meta: {} });
    later.transport({ type: 'exited', code: 1, signal: null });
    expect(diagnose(later.events, [serverCrashedRule]).map((finding) => finding.seqs[0])).toEqual([discover]);
  });
});

