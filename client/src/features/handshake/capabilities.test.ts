import { describe, expect, it } from 'vitest';
import { CLIENT_CAPABILITY_ORDER, SERVER_CAPABILITY_ORDER, describeCapabilities, formatCapabilityRow } from './capabilities';

const lines = (caps: unknown, order = SERVER_CAPABILITY_ORDER) => describeCapabilities(caps, order).map(formatCapabilityRow);

describe('capability rows', () => {
  it('lists server capabilities with their flags, well-known first', () => {
    expect(
      lines({
        zeta: {},
        logging: {},
        resources: { subscribe: true, listChanged: true },
        tools: { listChanged: true },
        completions: {},
        prompts: {},
      }),
    ).toEqual(['tools — listChanged', 'resources — subscribe, listChanged', 'prompts', 'logging', 'completions', 'zeta']);
  });

  it('flattens nested flags and names experimental entries', () => {
    expect(lines({ tasks: { list: {}, cancel: {}, requests: { tools: { call: {} } } }, experimental: { 'acme/x': { beta: true } } })).toEqual([
      'tasks — list, cancel, requests.tools.call',
      'experimental — acme/x.beta',
    ]);
  });

  it('shows false and odd values as sent', () => {
    expect(lines({ tools: { listChanged: false, n: 3 }, logging: true, prompts: null })).toEqual([
      'tools — listChanged: false, n: 3',
      'prompts — unexpected value null',
      'logging — unexpected value true',
    ]);
  });

  it('orders client capabilities and tolerates non-objects', () => {
    expect(lines({ elicitation: { form: {}, url: {} }, sampling: {}, roots: { listChanged: true } }, CLIENT_CAPABILITY_ORDER)).toEqual([
      'roots — listChanged',
      'sampling',
      'elicitation — form, url',
    ]);
    expect(lines('nope')).toEqual([]);
    expect(lines([1, 2])).toEqual([]);
  });
});
