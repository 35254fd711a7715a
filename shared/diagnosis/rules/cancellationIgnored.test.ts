import { describe, expect, it } from 'vitest';
import type { RecordedEvent } from '../../recordedEvent';
import { StreamBuilder, diagnose } from '../testing/streamBuilder';
import { CANCELLATION_GRACE_MS, cancellationIgnoredRule } from './cancellationIgnored';

/** Moves the time of the event with `seq` (and all later ones) forward by `ms`. */
function delay(events: RecordedEvent[], seq: number, ms: number): void {
  for (const event of events) if (event.seq >= seq) event.time += ms;
}

function cancelThenAnswer(lateByMs: number, answer: 'result' | 'error' = 'result') {
  const stream = new StreamBuilder();
  stream.handshake();
  const request = stream.clientRequest(1, 'tools/call', { name: 'slow' });
  const cancel = stream.clientNotification('notifications/cancelled', { requestId: 1, reason: 'timeout' });
  const response = answer === 'result' ? stream.serverResult(1, { content: [] }) : stream.serverError(1, -32603, 'late');
  delay(stream.events, response, lateByMs);
  return { found: diagnose(stream.events, [cancellationIgnoredRule]), seqs: [request, cancel, response] };
}

describe('cancellation-ignored', () => {
  it('reports a response that comes well after the cancellation', () => {
    const { found, seqs } = cancelThenAnswer(1000);
    expect(found).toEqual([expect.objectContaining({ severity: 'warning', seqs, message: 'The server answered tools/call (id 1) with a result 1001 ms after the client cancelled it.' })]);
    expect(cancelThenAnswer(1000, 'error').found[0]?.message).toContain('with an error');
  });

  it('allows a response that crossed the cancellation on the wire', () => {
    expect(cancelThenAnswer(CANCELLATION_GRACE_MS - 10).found).toEqual([]);
  });

  it('is silent for requests answered normally and for late answers after the transport ended', () => {
    const stream = new StreamBuilder();
    stream.handshake();
    stream.clientRequest(1, 'ping');
    stream.serverResult(1, {});
    stream.clientRequest(2, 'tools/call', { name: 'slow' });
    stream.transport({ type: 'closed', reason: 'test' });
    const late = stream.serverResult(2, { content: [] });
    delay(stream.events, late, 5000);
    expect(diagnose(stream.events, [cancellationIgnoredRule])).toEqual([]);
  });
});
