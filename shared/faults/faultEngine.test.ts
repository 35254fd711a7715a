import { describe, expect, it } from 'vitest';
import { corruptedText, FaultEngine } from './faultEngine';
import { parseFaultRules } from './faultRule';

const call = (id: number, name = 'echo') => ({ jsonrpc: '2.0', id, method: 'tools/call', params: { name } });
const list = (id: number) => ({ jsonrpc: '2.0', id, method: 'tools/list' });
const result = (id: number) => ({ jsonrpc: '2.0', id, result: { content: [] } });
const progress = { jsonrpc: '2.0', method: 'notifications/progress', params: { progressToken: 1, progress: 1 } };

function engine(...rules: string[]): FaultEngine {
  return new FaultEngine(parseFaultRules(rules));
}

describe('FaultEngine matching', () => {
  it('matches requests and notifications by method, both ways, but not responses without "to"', () => {
    const faults = engine('drop on tools/call');
    expect(faults.decide('outgoing', call(1))?.action).toBe('drop');
    expect(faults.decide('outgoing', list(2))).toBeUndefined();
    expect(faults.decide('incoming', result(1))).toBeUndefined();
  });

  it('pairs a response with the method of the request it answers, per direction', () => {
    const faults = engine('delay 2s on tools/call to client');
    expect(faults.decide('outgoing', call(1))).toBeUndefined();
    expect(faults.decide('outgoing', list(2))).toBeUndefined();
    expect(faults.decide('incoming', result(2))).toBeUndefined();
    const decision = faults.decide('incoming', result(1));
    expect(decision).toMatchObject({ action: 'delay', delayMs: 2000, method: 'tools/call', messageId: 1 });
    // An id the client never sent (or already answered) pairs with nothing.
    expect(faults.decide('incoming', result(1))).toBeUndefined();
    // A request from the server with the same id is another direction's id.
    expect(faults.decide('incoming', { jsonrpc: '2.0', id: 1, method: 'tools/call' })?.action).toBe('delay');
  });

  it('keeps to the direction it names', () => {
    const faults = engine('drop to client');
    expect(faults.decide('outgoing', call(1))).toBeUndefined();
    expect(faults.decide('incoming', progress)?.action).toBe('drop');
    expect(faults.decide('incoming', result(1))?.action).toBe('drop');
  });

  it('counts every match: after N lets N through, every N acts on every Nth after that', () => {
    const faults = engine('drop on tools/call every 2 after 1');
    const acted = [1, 2, 3, 4, 5, 6].map((id) => faults.decide('outgoing', call(id))?.action ?? 'pass');
    expect(acted).toEqual(['pass', 'pass', 'drop', 'pass', 'drop', 'pass']);
  });

  it('counts a match even when an earlier rule acted; the first rule that fires decides', () => {
    const faults = engine('drop on tools/call after 1', 'delay 1s on tools/call');
    expect(faults.decide('outgoing', call(1))?.action).toBe('delay');
    expect(faults.decide('outgoing', call(2))?.action).toBe('drop');
  });

  it('keeps the count of an unchanged rule when the rules change, and forgets removed ones', () => {
    const faults = engine('kill on tools/call after 1');
    expect(faults.decide('outgoing', call(1))).toBeUndefined();
    faults.setRules(parseFaultRules(['kill on tools/call after 1', 'drop on ping']));
    expect(faults.decide('outgoing', call(2))?.action).toBe('kill');
    faults.setRules([]);
    faults.setRules(parseFaultRules(['kill on tools/call after 1']));
    expect(faults.decide('outgoing', call(3))).toBeUndefined();
  });

  it('pairs nothing while it has no rules: a rule added later does not claim the answers of earlier requests', () => {
    const faults = engine();
    expect(faults.decide('outgoing', call(1))).toBeUndefined();
    faults.setRules(parseFaultRules(['drop on tools/call to client']));
    expect(faults.decide('incoming', result(1))).toBeUndefined();
    expect(faults.decide('outgoing', call(2))).toBeUndefined();
    expect(faults.decide('incoming', result(2))?.action).toBe('drop');
  });

  it('leaves HTTP actions to the HTTP layer and message actions to the message layer', () => {
    const faults = engine('status 503 on tools/call', 'delay 1s on tools/list');
    expect(faults.decide('outgoing', call(1))).toBeUndefined();
    expect(faults.decide('outgoing', call(1), 'http')).toMatchObject({ action: 'status', status: 503 });
    expect(faults.decide('outgoing', list(2), 'http')).toBeUndefined();
    expect(faults.decide('outgoing', list(2))?.action).toBe('delay');
  });
});

describe('FaultEngine actions', () => {
  it('error: answers a request with that code in the receiver\'s place', () => {
    const decision = engine('error -32603 on tools/call').decide('outgoing', call(7));
    expect(decision).toMatchObject({
      action: 'error',
      answer: { jsonrpc: '2.0', id: 7, error: { code: -32603, message: 'Injected by mcp-inspect fault "error -32603 on tools/call"' } },
    });
    expect(decision?.detail).toBe("answered tools/call (id 7) with error -32603 in the server's place; the server never gets it");
  });

  it('error and timeout act on requests only', () => {
    expect(engine('error -1').decide('incoming', progress)).toBeUndefined();
    expect(engine('timeout to client').decide('incoming', result(1))).toBeUndefined();
  });

  it('timeout: passes the request on and withholds its answer, once', () => {
    const faults = engine('timeout on tools/call');
    expect(faults.decide('outgoing', call(1))).toMatchObject({ action: 'timeout', phase: 'request' });
    expect(faults.decide('incoming', result(1))).toMatchObject({ action: 'timeout', phase: 'response', method: 'tools/call', messageId: 1 });
    expect(faults.decide('outgoing', call(2))).toMatchObject({ phase: 'request' });
    expect(faults.decide('incoming', { jsonrpc: '2.0', id: 2, error: { code: 1, message: 'x' } })).toMatchObject({ phase: 'response' });
    expect(faults.decide('incoming', result(1))).toBeUndefined();
  });

  it('corrupt: the message text cut in half, which is never valid JSON', () => {
    const decision = engine('corrupt to server').decide('outgoing', call(3));
    expect(decision).toMatchObject({ action: 'corrupt', text: corruptedText(call(3)) });
    expect(() => JSON.parse(corruptedText(call(3)))).toThrow();
    expect(corruptedText(call(3)).length).toBe(Math.floor(JSON.stringify(call(3)).length / 2));
  });

  it.each(['drop', 'duplicate', 'reorder', 'kill'] as const)('%s says so, with the method and id', (action) => {
    expect(engine(action).decide('outgoing', call(4))).toMatchObject({ action, method: 'tools/call', messageId: 4, ruleText: action });
  });

  it('a cancelled request no longer pairs its late answer', () => {
    const faults = engine('drop on tools/call to client');
    faults.decide('outgoing', call(1));
    faults.decide('outgoing', { jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId: 1 } });
    expect(faults.decide('incoming', result(1))).toBeUndefined();
  });

  it('expire-session and close-stream are decided at the HTTP layer', () => {
    expect(engine('expire-session on tools/call').decide('outgoing', call(1), 'http')?.action).toBe('expire-session');
    expect(engine('close-stream on notifications/progress').decide('incoming', progress, 'http')?.action).toBe('close-stream');
  });
});
