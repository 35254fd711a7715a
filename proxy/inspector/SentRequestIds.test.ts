import { describe, expect, it } from 'vitest';
import type { RecordedEvent } from '../../shared/recordedEvent';
import { SentRequestIds } from './SentRequestIds';

let seq = 0;
const sent = (message: Record<string, unknown>, direction: 'outgoing' | 'incoming' = 'outgoing'): RecordedEvent => ({
  seq: ++seq,
  time: 0,
  connectionId: 'c1',
  kind: 'message',
  direction,
  message: { jsonrpc: '2.0', ...message },
  size: 1,
});

describe('SentRequestIds', () => {
  it('names the request sent right after watch(), ignoring notifications, answers and later turns', async () => {
    const ids = new SentRequestIds();
    ids.observe(sent({ id: 1, method: 'ping' }));
    const watch = ids.watch();
    ids.observe(sent({ method: 'notifications/progress' }));
    ids.observe(sent({ id: 'x', result: {} }));
    ids.observe(sent({ id: 5, method: 'tools/call' }, 'incoming'));
    ids.observe(sent({ id: 2, method: 'tools/call' }));
    expect(watch.id()).toBe(2);
    expect(watch.request()).toEqual({ id: 2, seq });
    await Promise.resolve();
    ids.observe(sent({ id: 3, method: 'tools/call' }));
    expect(watch.id()).toBe(2);
    const quiet = ids.watch();
    await Promise.resolve();
    ids.observe(sent({ id: 4, method: 'ping' }));
    expect(quiet.id()).toBeUndefined();
  });
});
