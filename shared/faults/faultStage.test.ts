import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Direction } from '../recordedEvent';
import { FaultEngine } from './faultEngine';
import type { FaultEvent } from './faultEvent';
import { parseFaultRules } from './faultRule';
import { FaultStage, REORDER_RELEASE_MS } from './faultStage';

const call = (id: number) => ({ jsonrpc: '2.0', id, method: 'tools/call', params: { name: 'echo' } });
const note = (n: number) => ({ jsonrpc: '2.0', method: 'notifications/message', params: { data: n } });

function stage(...rules: string[]) {
  const wire: string[] = [];
  const faults: FaultEvent[] = [];
  const describe = (message: unknown) => JSON.stringify(message);
  const faultStage = new FaultStage(new FaultEngine(parseFaultRules(rules)), {
    forward: (direction: Direction, message, text) => wire.push(`${direction} ${text ?? describe(message)}`),
    forwardText: (direction, text) => wire.push(`${direction} raw ${text}`),
    answer: (direction, message) => wire.push(`${direction} answer ${describe(message)}`),
    killServer: () => wire.push('kill'),
    recordFault: (fault) => faults.push(fault),
  });
  return { faultStage, wire, faults };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('FaultStage', () => {
  it('passes untouched messages on at once, with their original text', () => {
    const { faultStage, wire, faults } = stage('drop on ping');
    faultStage.pass('outgoing', call(1), { text: '{"jsonrpc":"2.0", "id":1,"method":"tools/call"}' });
    expect(wire).toEqual(['outgoing {"jsonrpc":"2.0", "id":1,"method":"tools/call"}']);
    expect(faults).toEqual([]);
  });

  it('delay: holds the message, then passes it; others go meanwhile', () => {
    const { faultStage, wire, faults } = stage('delay 700ms on tools/call');
    faultStage.pass('outgoing', call(1), { targetSeq: 12 });
    faultStage.pass('outgoing', note(1));
    expect(wire).toEqual([`outgoing ${JSON.stringify(note(1))}`]);
    vi.advanceTimersByTime(699);
    expect(wire).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(wire[1]).toBe(`outgoing ${JSON.stringify(call(1))}`);
    expect(faults).toEqual([
      { rule: 'delay 700ms on tools/call', action: 'delay', direction: 'outgoing', targetSeq: 12, messageId: 1, method: 'tools/call', detail: 'held tools/call (id 1) for 700 ms' },
    ]);
  });

  it('drop, duplicate', () => {
    const dropped = stage('drop');
    dropped.faultStage.pass('incoming', note(1));
    expect(dropped.wire).toEqual([]);
    expect(dropped.faults[0]?.action).toBe('drop');
    const doubled = stage('duplicate');
    doubled.faultStage.pass('outgoing', call(1));
    expect(doubled.wire).toEqual([`outgoing ${JSON.stringify(call(1))}`, `outgoing ${JSON.stringify(call(1))}`]);
  });

  it('reorder: releases the held message right after the next one the same way', () => {
    const { faultStage, wire } = stage('reorder on notifications/message after 0 every 2');
    faultStage.pass('incoming', note(1));
    faultStage.pass('incoming', note(2));
    faultStage.pass('outgoing', call(9));
    faultStage.pass('incoming', note(3));
    expect(wire).toEqual([note(1), call(9), note(3), note(2)].map((m, i) => `${i === 1 ? 'outgoing' : 'incoming'} ${JSON.stringify(m)}`));
  });

  it('reorder: a held message nothing follows goes after REORDER_RELEASE_MS', () => {
    const { faultStage, wire } = stage('reorder');
    faultStage.pass('outgoing', call(1));
    expect(wire).toEqual([]);
    vi.advanceTimersByTime(REORDER_RELEASE_MS);
    expect(wire).toHaveLength(1);
  });

  it('corrupt: writes invalid JSON text to the receiver', () => {
    const { faultStage, wire } = stage('corrupt');
    faultStage.pass('outgoing', call(1));
    expect(wire).toHaveLength(1);
    expect(wire[0]).toMatch(/^outgoing raw \{"jsonrpc"/);
    expect(() => JSON.parse(wire[0]!.slice('outgoing raw '.length))).toThrow();
  });

  it('error: answers the sender in the receiver\'s place and records the injected answer', () => {
    const { faultStage, wire, faults } = stage('error -32000 on tools/call');
    faultStage.pass('outgoing', call(5));
    const answer = { jsonrpc: '2.0', id: 5, error: { code: -32000, message: 'Injected by mcp-inspect fault "error -32000 on tools/call"' } };
    expect(wire).toEqual([`incoming answer ${JSON.stringify(answer)}`]);
    expect(faults[0]?.injected).toEqual(answer);
  });

  it('timeout: the request goes on, its answer never comes back', () => {
    const { faultStage, wire, faults } = stage('timeout on tools/call');
    faultStage.pass('outgoing', call(5));
    faultStage.pass('incoming', { jsonrpc: '2.0', id: 5, result: {} });
    expect(wire).toEqual([`outgoing ${JSON.stringify(call(5))}`]);
    expect(faults.map((fault) => fault.detail)).toEqual(['passed on tools/call (id 5); its answer will be withheld', 'withheld the answer to tools/call (id 5): its sender never hears back']);
  });

  it('kill: ends the server instead of delivering a message to it; delivers one to the client first', () => {
    const { faultStage, wire } = stage('kill on tools/call after 1', 'kill on notifications/message');
    faultStage.pass('outgoing', call(1));
    faultStage.pass('outgoing', call(2));
    expect(wire).toEqual([`outgoing ${JSON.stringify(call(1))}`, 'kill']);
    faultStage.pass('incoming', note(1));
    expect(wire.slice(2)).toEqual([`incoming ${JSON.stringify(note(1))}`, 'kill']);
  });

  it('close: nothing held or delayed goes out any more', () => {
    const { faultStage, wire } = stage('delay 1s on tools/call', 'reorder on notifications/message');
    faultStage.pass('outgoing', call(1));
    faultStage.pass('incoming', note(1));
    faultStage.close();
    vi.advanceTimersByTime(5000);
    faultStage.pass('outgoing', call(2));
    expect(wire).toEqual([]);
  });
});
