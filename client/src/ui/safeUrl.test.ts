import { describe, expect, it } from 'vitest';
import { safeImageUrl, safeLinkUrl } from './safeUrl';

describe('safe URLs', () => {
  it('allows only http(s) links', () => {
    expect(safeLinkUrl('https://example.com/x')).toBe('https://example.com/x');
    expect(safeLinkUrl('http://127.0.0.1:3000')).toBe('http://127.0.0.1:3000/');
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'file:///etc/passwd', 'data:text/html,x', '/relative', 42, null]) {
      expect(safeLinkUrl(bad)).toBeUndefined();
    }
  });

  it('allows http(s) and data: images only', () => {
    expect(safeImageUrl('data:image/png;base64,AAAA')).toBe('data:image/png;base64,AAAA');
    expect(safeImageUrl('data:image/svg+xml,<svg/>')).toBe('data:image/svg+xml,<svg/>');
    expect(safeImageUrl('data:text/html;base64,AAAA')).toBeUndefined();
    expect(safeImageUrl('javascript:alert(1)')).toBeUndefined();
  });
});
