import { describe, expect, it } from 'vitest';
import { withVisibleControls } from './visibleControls';

describe('withVisibleControls', () => {
  it('draws control characters as their Unicode pictures, keeping tabs and text', () => {
    expect(withVisibleControls('\u001b[32mready\u001b[39m')).toBe('␛[32mready␛[39m');
    expect(withVisibleControls('a\u0000b\rc\td\u007f')).toBe('a␀b␍c\td␡');
    expect(withVisibleControls('plain — ünïcode')).toBe('plain — ünïcode');
  });
});
