import { describe, expect, it } from 'vitest';
import { parseTargetText, splitCommandLine, targetText } from './replayTargetText';

describe('replay target text', () => {
  it('round-trips a command line through its text, quotes included', () => {
    const target = { transport: 'stdio' as const, command: 'node', args: ['my server.js', "it's", '--port=3'], env: {}, cwd: '/srv' };
    const text = targetText(target);
    expect(text).toBe(`node 'my server.js' 'it'\\''s' --port=3`);
    expect(parseTargetText(text, target)).toEqual(target);
  });

  it('reads URLs as remote targets and splits like a shell', () => {
    expect(parseTargetText(' http://127.0.0.1:3001/mcp ', undefined)).toEqual({ transport: 'auto', url: 'http://127.0.0.1:3001/mcp', headers: {} });
    expect(splitCommandLine(`a "b c" d\\ e ''`)).toEqual(['a', 'b c', 'd e', '']);
    expect(() => splitCommandLine('a "b')).toThrow('unclosed " quote');
    expect(() => parseTargetText('  ', undefined)).toThrow(/Name a server/);
  });
});
