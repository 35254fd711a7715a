import { describe, expect, it } from 'vitest';
import { inspectorRequests } from '../../shared/inspectorProtocol';
import { checkedRequestParams } from './requestFrame';

const schema = inspectorRequests.request.params;

// Every shape the hand check must judge as the schema does: accepted ones give the schema's output.
const samples: unknown[] = [
  { connectionId: 'c1', method: 'ping' },
  { connectionId: 'c1', method: 'tools/call', params: { name: 'echo', arguments: { message: 'hi' } }, timeoutMs: 5000, requestKey: 'k1' },
  { connectionId: 'c1', method: 'ping', extra: 'dropped' },
  { connectionId: 'c1', method: '' },
  { connectionId: 1, method: 'ping' },
  { method: 'ping' },
  { connectionId: 'c1', method: 'ping', params: [] },
  { connectionId: 'c1', method: 'ping', params: null },
  { connectionId: 'c1', method: 'ping', timeoutMs: 0 },
  { connectionId: 'c1', method: 'ping', timeoutMs: 1.5 },
  { connectionId: 'c1', method: 'ping', timeoutMs: 2 ** 60 },
  { connectionId: 'c1', method: 'ping', requestKey: '' },
  { connectionId: 'c1', method: 'ping', requestKey: 7 },
  { connectionId: 'c1', method: 'tools/call', requestKey: 'app-1', origin: 'app' },
  { connectionId: 'c1', method: 'ping', origin: 'page' },
  null,
  [],
  'ping',
];

describe('checkedRequestParams (the hand check of the hot path)', () => {
  it('accepts exactly what the shared schema accepts, with the same output', () => {
    for (const sample of samples) {
      const parsed = schema.safeParse(sample);
      expect(checkedRequestParams(sample), JSON.stringify(sample)).toEqual(parsed.success ? parsed.data : undefined);
    }
  });

  it('knows every field of the schema (a field added there and not here would be dropped silently)', () => {
    const valid: Record<string, unknown> = { connectionId: 'c1', method: 'tools/call', params: {}, timeoutMs: 10, requestKey: 'k', origin: 'app' };
    expect(Object.keys(schema.shape).filter((key) => !(key in valid))).toEqual([]);
    expect(checkedRequestParams(valid)).toEqual(valid);
  });
});
