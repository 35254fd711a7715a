import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ProxyRequestError, RequestCorrelator } from './requestCorrelator';

describe('RequestCorrelator', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('resolves each request with the reply carrying its id, in any order', async () => {
    const correlator = new RequestCorrelator();
    const a = correlator.start('connect', 1000);
    const b = correlator.start('disconnect', 1000);
    expect(a.id).not.toBe(b.id);
    expect(correlator.settle(b.id, { result: 'B' })).toBe(true);
    expect(correlator.settle(a.id, { result: 'A' })).toBe(true);
    await expect(a.result).resolves.toBe('A');
    await expect(b.result).resolves.toBe('B');
    expect(correlator.size).toBe(0);
  });

  it('rejects with the proxy error message', async () => {
    const correlator = new RequestCorrelator();
    const a = correlator.start('connect', 1000);
    correlator.settle(a.id, { error: { message: 'spawn ENOENT' } });
    await expect(a.result).rejects.toThrow('spawn ENOENT');
  });

  it('ignores replies for unknown or already settled ids', () => {
    const correlator = new RequestCorrelator();
    const a = correlator.start('connect', 1000);
    expect(correlator.settle(a.id + 100, { result: 1 })).toBe(false);
    correlator.settle(a.id, { result: 1 });
    expect(correlator.settle(a.id, { result: 2 })).toBe(false);
  });

  it('times out a request that gets no reply, and ignores a late reply', async () => {
    const correlator = new RequestCorrelator();
    const a = correlator.start('request', 2000);
    const outcome = expect(a.result).rejects.toThrow(/did not answer request within 2 s/);
    vi.advanceTimersByTime(2000);
    await outcome;
    expect(correlator.settle(a.id, { result: 1 })).toBe(false);
  });

  it('fails every pending request when the socket closes', async () => {
    const correlator = new RequestCorrelator();
    const a = correlator.start('connect', 1000);
    const b = correlator.start('request', 1000);
    correlator.failAll(new ProxyRequestError('closed'));
    await expect(a.result).rejects.toThrow('closed');
    await expect(b.result).rejects.toThrow('closed');
    expect(correlator.size).toBe(0);
  });
});
