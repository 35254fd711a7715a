import { describe, expect, it } from 'vitest';
import { readResourceFacts, resourceMatches } from './resourceFacts';

describe('readResourceFacts', () => {
  it('reads the fields the list shows', () => {
    expect(readResourceFacts({ uri: 'demo://a', name: 'a', title: 'A', mimeType: 'text/plain', size: 3, extra: 1 })).toEqual({
      uri: 'demo://a',
      name: 'a',
      title: 'A',
      mimeType: 'text/plain',
      size: 3,
    });
  });

  it('names a resource by its URI when it has no name, and skips items without a URI', () => {
    expect(readResourceFacts({ uri: 'demo://b' })).toEqual({ uri: 'demo://b', name: 'demo://b' });
    expect(readResourceFacts({ name: 'no uri' })).toBeUndefined();
  });
});

describe('resourceMatches', () => {
  const resource = readResourceFacts({ uri: 'demo://static/resource/1', name: 'Resource 1', title: 'First' })!;
  it('matches URI, name or title, ignoring case', () => {
    expect(resourceMatches(resource, 'STATIC')).toBe(true);
    expect(resourceMatches(resource, 'first')).toBe(true);
    expect(resourceMatches(resource, 'second')).toBe(false);
  });
});
