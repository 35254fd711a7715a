import { describe, expect, it } from 'vitest';
import { readIdentity } from './serverIdentity';

describe('readIdentity', () => {
  it('reads the usual fields', () => {
    expect(
      readIdentity({ name: 'everything', title: 'Everything', version: '2.0', websiteUrl: 'https://example.com', icons: [{ src: 'https://e.com/i.png', sizes: '48x48' }] }),
    ).toEqual({
      name: 'everything',
      title: 'Everything',
      version: '2.0',
      description: undefined,
      websiteUrl: 'https://example.com/',
      rejectedWebsite: undefined,
      icons: [{ src: 'https://e.com/i.png', sizes: '48x48' }],
      rejectedIcons: 0,
    });
  });

  it('never links or loads unsafe URLs', () => {
    const identity = readIdentity({
      websiteUrl: 'javascript:alert(1)',
      icons: [{ src: 'javascript:x' }, { src: 'data:image/png;base64,AA' }, 'junk', { src: 'file:///x.png' }],
    });
    expect(identity.websiteUrl).toBeUndefined();
    expect(identity.rejectedWebsite).toBe('javascript:alert(1)');
    expect(identity.icons).toEqual([{ src: 'data:image/png;base64,AA', sizes: undefined }]);
    expect(identity.rejectedIcons).toBe(3);
  });

  it('shows non-string names as text', () => {
    expect(readIdentity({ name: { nested: 1 }, version: 3, icons: 'no' })).toMatchObject({ name: '{nested: 1}', version: '3', icons: [] });
  });
});
