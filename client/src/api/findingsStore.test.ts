import { describe, expect, it, vi } from 'vitest';
import type { Finding, Severity } from '../../../shared/diagnosis';
import { FindingsStore } from './findingsStore';
import type { FlushScheduler } from './keyedSignal';

function manualScheduler() {
  const pending: (() => void)[] = [];
  const schedule: FlushScheduler = (flush) => {
    pending.push(flush);
    return () => pending.splice(pending.indexOf(flush), 1);
  };
  const runFrame = () => pending.splice(0).forEach((flush) => flush());
  return { schedule, runFrame, pending };
}

const finding = (connectionId: string, seqs: number[], severity: Severity = 'error', ruleId = 'stdout-not-json'): Finding => ({
  ruleId,
  severity,
  connectionId,
  message: `${ruleId} at ${seqs.join(',')}`,
  specSection: 'https://modelcontextprotocol.io/specification/2025-11-25/basic/transports#stdio',
  seqs,
});

describe('FindingsStore', () => {
  it('keeps findings per connection in order, with counts by severity and the finding per seq', () => {
    const { schedule, runFrame } = manualScheduler();
    const store = new FindingsStore(schedule);
    store.append([finding('c1', [3], 'error'), finding('c2', [4], 'info')]);
    store.append([finding('c1', [5, 7], 'warning', 'response-unknown-id'), finding('c1', [7], 'error', 'result-schema')]);
    runFrame();
    const c1 = store.getSnapshot('c1');
    expect(c1.findings.map((f) => f.ruleId)).toEqual(['stdout-not-json', 'response-unknown-id', 'result-schema']);
    expect(c1.counts).toEqual({ error: 2, warning: 1, info: 0 });
    expect(c1.findingAt(3)?.ruleId).toBe('stdout-not-json');
    expect(c1.findingAt(7)?.ruleId).toBe('response-unknown-id');
    expect(c1.findingAt(4)).toBeUndefined();
    expect(store.getSnapshot('c2').counts).toEqual({ error: 0, warning: 0, info: 1 });
    expect(store.getSnapshot('c3').findings).toEqual([]);
  });

  it('returns the same snapshot until something changes, and notifies each changed connection once per frame', () => {
    const { schedule, runFrame, pending } = manualScheduler();
    const store = new FindingsStore(schedule);
    const c1 = vi.fn();
    const c2 = vi.fn();
    store.subscribe('c1', c1);
    store.subscribe('c2', c2);
    store.append([finding('c1', [1])]);
    store.append([finding('c1', [2])]);
    expect(pending).toHaveLength(1);
    const first = store.getSnapshot('c1');
    expect(store.getSnapshot('c1')).toBe(first);
    runFrame();
    expect(c1).toHaveBeenCalledTimes(1);
    expect(c2).not.toHaveBeenCalled();
    store.append([finding('c1', [3])]);
    expect(store.getSnapshot('c1')).not.toBe(first);
    expect(store.getSnapshot('c1').findings).toHaveLength(3);
  });

  it('is replaced by a snapshot and forgets a removed connection', () => {
    const { schedule, runFrame } = manualScheduler();
    const store = new FindingsStore(schedule);
    const c1 = vi.fn();
    store.subscribe('c1', c1);
    store.append([finding('c1', [1]), finding('c2', [2])]);
    runFrame();
    store.reset([finding('c2', [9])]);
    runFrame();
    expect(c1).toHaveBeenCalledTimes(2);
    expect(store.getSnapshot('c1').findings).toEqual([]);
    expect(store.getSnapshot('c2').findings.map((f) => f.seqs)).toEqual([[9]]);
    store.removeConnection('c2');
    store.removeConnection('missing');
    expect(store.getSnapshot('c2').counts).toEqual({ error: 0, warning: 0, info: 0 });
  });
});
