import { describe, expect, it } from 'vitest';
import { Inspector } from '../inspector/Inspector';
import { sessionHeader } from './startRecording';

const target = { transport: 'streamable-http' as const, url: 'http://127.0.0.1:3011/mcp', headers: {} };

describe('sessionHeader', () => {
  it('records the era a launch pinned; legacy and auto (which may end either way) write legacy', () => {
    const header = (era?: 'legacy' | 'auto' | 'modern') =>
      sessionHeader(new Inspector({ inspectorVersion: '1.0.0', target, isDemo: false, ...(era ? { era } : {}) }), new Date(0));
    expect(header('modern').era).toBe('modern');
    expect(header('auto').era).toBe('legacy');
    expect(header().era).toBe('legacy');
  });
});
