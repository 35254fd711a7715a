import { describe, expect, it } from 'vitest';
import { FAULT_ACTIONS, parseFaultRule, parseFaultRules, printFaultRule, type FaultActionName } from './faultRule';

function parsed(text: string) {
  const result = parseFaultRule(text);
  if (!result.ok) throw new Error(result.error);
  return result.rule;
}

function errorOf(text: string): string {
  const result = parseFaultRule(text);
  if (result.ok) throw new Error(`"${text}" parsed`);
  return result.error;
}

describe('parseFaultRule', () => {
  it.each<[string, FaultActionName, number | undefined]>([
    ['delay 700ms', 'delay', 700],
    ['delay 2s', 'delay', 2000],
    ['delay 1.5s', 'delay', 1500],
    ['delay 1m', 'delay', 60_000],
    ['delay 250', 'delay', 250],
    ['drop', 'drop', undefined],
    ['duplicate', 'duplicate', undefined],
    ['reorder', 'reorder', undefined],
    ['corrupt', 'corrupt', undefined],
    ['error -32603', 'error', -32603],
    ['timeout', 'timeout', undefined],
    ['kill', 'kill', undefined],
    ['status 503', 'status', 503],
    ['close-stream', 'close-stream', undefined],
    ['expire-session', 'expire-session', undefined],
  ])('reads %s', (text, action, argument) => {
    expect(parsed(text)).toEqual(argument === undefined ? { action } : { action, argument });
  });

  it('covers every action', () => {
    const tested = ['delay', 'drop', 'duplicate', 'reorder', 'corrupt', 'error', 'timeout', 'kill', 'status', 'close-stream', 'expire-session'];
    expect(Object.keys(FAULT_ACTIONS).sort()).toEqual(tested.sort());
  });

  it('reads every clause, in any order', () => {
    expect(parsed('kill on tools/call to server every 2 after 3')).toEqual({ action: 'kill', method: 'tools/call', to: 'server', every: 2, after: 3 });
    expect(parsed('  drop   after 1 to client on notifications/progress ')).toEqual({ action: 'drop', method: 'notifications/progress', to: 'client', after: 1 });
    expect(parsed('DELAY 2s ON tools/list TO Server')).toEqual({ action: 'delay', argument: 2000, method: 'tools/list', to: 'server' });
  });

  it.each([
    ['', 'needs an action'],
    ['explode', 'Unknown fault action "explode": expected one of delay, drop'],
    ['delay', '"delay" needs a duration such as 700ms or 2s, got nothing'],
    ['delay soon', '"delay" needs a duration such as 700ms or 2s, got "soon"'],
    ['delay 11m', '"delay" is at most 10m'],
    ['error', '"error" needs a JSON-RPC error code such as -32603, got nothing'],
    ['error bad', 'got "bad"'],
    ['status 42', '"status" needs an HTTP status from 100 to 599, got "42"'],
    ['drop 3', 'Unexpected "3": "drop" takes no argument; expected on <method>, to server, to client, every N or after N'],
    ['drop on', '"on" needs a method such as tools/call, got nothing'],
    ['drop on to server', '"on" needs a method such as tools/call, got "to"'],
    ['drop to nowhere', '"to" needs "server" or "client", got "nowhere"'],
    ['drop every 0', '"every" needs a whole number of at least 1, got "0"'],
    ['drop after -1', '"after" needs a whole number, got "-1"'],
    ['drop on a on b', '"on" is given twice'],
    ['drop with tools/call', 'Unexpected "with"'],
    ['status 500 to client', '"status" answers a request to the server over HTTP: it cannot be "to client"'],
    ['expire-session to client', 'cannot be "to client"'],
    ['close-stream to server', 'cannot be "to server"'],
  ])('says what is wrong with "%s"', (text, expected) => {
    expect(errorOf(text)).toContain(expected);
  });
});

describe('printFaultRule', () => {
  it.each([
    ['delay 700ms on tools/call', 'delay 700ms on tools/call'],
    ['delay 2000ms', 'delay 2s'],
    ['delay 1.5s', 'delay 1500ms'],
    ['after 1 kill on tools/call', undefined],
    ['kill after 1 on tools/call', 'kill on tools/call after 1'],
    ['error -32603 every 2 to server on tools/call', 'error -32603 on tools/call to server every 2'],
    ['status 503', 'status 503'],
  ])('prints "%s" canonically', (text, expected) => {
    const result = parseFaultRule(text);
    if (expected === undefined) return expect(result.ok).toBe(false);
    expect(result.ok && printFaultRule(result.rule)).toBe(expected);
  });

  it('round-trips', () => {
    const text = 'drop on notifications/progress to client every 3 after 2';
    expect(printFaultRule(parsed(printFaultRule(parsed(text))))).toBe(text);
  });
});

describe('parseFaultRules', () => {
  it('names the rule that is wrong', () => {
    expect(() => parseFaultRules(['drop', 'delay fast'])).toThrow('Invalid fault rule "delay fast": "delay" needs a duration');
  });
});
