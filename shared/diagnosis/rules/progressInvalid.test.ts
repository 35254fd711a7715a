import { describe, expect, it } from 'vitest';
import { StreamBuilder, diagnose } from '../testing/streamBuilder';
import { progressInvalidRule } from './progressInvalid';

function callWithProgress(stream: StreamBuilder, id: number, token: string | number, extra: Record<string, unknown> = {}): number {
  return stream.clientRequest(id, 'tools/call', { name: 'slow', _meta: { progressToken: token }, ...extra });
}

const progress = (stream: StreamBuilder, token: string | number, value: number) =>
  stream.serverNotification('notifications/progress', { progressToken: token, progress: value, total: 10 });

describe('progress-invalid', () => {
  it('reports an unknown token', () => {
    const stream = new StreamBuilder();
    stream.handshake();
    callWithProgress(stream, 1, 'tok-1');
    const seq = progress(stream, 'tok-2', 1);
    const findings = diagnose(stream.events, [progressInvalidRule]);
    expect(findings).toEqual([expect.objectContaining({ seqs: [seq] })]);
    expect(findings[0]?.message).toContain('token "tok-2", which no request in flight carries');
  });

  it('reports progress that does not increase', () => {
    const stream = new StreamBuilder();
    stream.handshake();
    callWithProgress(stream, 1, 7);
    progress(stream, 7, 1);
    const high = progress(stream, 7, 5);
    const same = progress(stream, 7, 5);
    const findings = diagnose(stream.events, [progressInvalidRule]);
    expect(findings).toEqual([expect.objectContaining({ seqs: [high, same] })]);
    expect(findings[0]?.message).toContain('went from 5 to 5');
  });

  it('reports progress after the response', () => {
    const stream = new StreamBuilder();
    stream.handshake();
    callWithProgress(stream, 1, 'tok');
    progress(stream, 'tok', 1);
    const response = stream.serverResult(1, { content: [] });
    const late = progress(stream, 'tok', 2);
    const findings = diagnose(stream.events, [progressInvalidRule]);
    expect(findings).toEqual([expect.objectContaining({ seqs: [response, late] })]);
    expect(findings[0]?.message).toContain('after it answered tools/call (id 1)');
  });

  it('reports late progress over HTTP as a warning, since two streams may reorder it', () => {
    const stream = new StreamBuilder();
    stream.transport({ type: 'connecting', transport: 'streamable-http' });
    stream.handshake();
    callWithProgress(stream, 1, 'tok');
    stream.serverResult(1, { content: [] });
    progress(stream, 'tok', 2);
    expect(diagnose(stream.events, [progressInvalidRule])).toEqual([expect.objectContaining({ severity: 'warning' })]);
  });

  it('accepts increasing progress, late progress after a cancellation, and task progress after the response', () => {
    const stream = new StreamBuilder();
    stream.handshake();
    callWithProgress(stream, 1, 'a');
    progress(stream, 'a', 0.5);
    progress(stream, 'a', 1.5);
    stream.serverResult(1, { content: [] });
    callWithProgress(stream, 2, 'b');
    stream.clientNotification('notifications/cancelled', { requestId: 2 });
    progress(stream, 'b', 1);
    callWithProgress(stream, 3, 'c', { task: { ttl: 60000 } });
    stream.serverResult(3, { task: { taskId: 't', status: 'working', ttl: 60000, createdAt: 'now', lastUpdatedAt: 'now' } });
    progress(stream, 'c', 1);
    expect(diagnose(stream.events, [progressInvalidRule])).toEqual([]);
  });
});
