import { describe, expect, it } from 'vitest';
import { readListPage } from './listKinds';

describe('readListPage', () => {
  it('reads the items and the cursor of each kind', () => {
    expect(readListPage('tools', { tools: [{ name: 'a' }], nextCursor: 'c2' })).toEqual({ items: [{ name: 'a' }], nextCursor: 'c2' });
    expect(readListPage('resourceTemplates', { resourceTemplates: [{ uriTemplate: 'x://{id}' }] })).toEqual({ items: [{ uriTemplate: 'x://{id}' }] });
  });

  it('treats an empty cursor as the last page', () => {
    expect(readListPage('prompts', { prompts: [], nextCursor: '' })).toEqual({ items: [] });
  });

  it('survives results that break the schema', () => {
    expect(readListPage('tools', null)).toEqual({ items: [] });
    expect(readListPage('tools', { tools: 'nope', nextCursor: 7 })).toEqual({ items: [] });
    expect(readListPage('resources', { resources: [1, null, [], { uri: 'a://b' }] })).toEqual({ items: [{ uri: 'a://b' }] });
  });
});
