import { describe, expect, it } from 'vitest';
import { describeError } from './describeError';

describe('describeError', () => {
  it('joins an error with its causes, without repeating them', () => {
    const cause = new Error('connect ECONNREFUSED 127.0.0.1:3001');
    expect(describeError(new Error('fetch failed', { cause }))).toBe('fetch failed: connect ECONNREFUSED 127.0.0.1:3001');
    expect(describeError(new Error('same', { cause: new Error('same') }))).toBe('same');
  });

  it('puts an HTTP status the SDK carried in front', () => {
    const error = Object.assign(new Error('Error POSTing to endpoint: no'), { data: { status: 401 } });
    expect(describeError(error)).toBe('HTTP 401: Error POSTing to endpoint: no');
  });

  it('copes with things that are not errors', () => {
    expect(describeError('plain text')).toBe('plain text');
    expect(describeError(undefined)).toBe('Unknown error');
  });
});
