import { describe, expect, it } from 'vitest';
import { focusFor, focusOn } from './workspaceNavigation';

describe('workspace navigation', () => {
  it('gives each request a new serial and only the requested tab its focus', () => {
    const first = focusOn('resources', 'demo://a');
    const again = focusOn('resources', 'demo://a');
    expect(again.serial).toBeGreaterThan(first.serial);
    expect(focusFor(again, 'resources')).toEqual({ itemId: 'demo://a', serial: again.serial });
    expect(focusFor(again, 'tools')).toBeUndefined();
    expect(focusFor(undefined, 'resources')).toBeUndefined();
  });
});
