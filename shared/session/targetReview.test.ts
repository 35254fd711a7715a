import { describe, expect, it } from 'vitest';
import { formatCommandLine, isDangerousEnv, sameTarget, targetReview, targetReviewText } from './targetReview';

describe('formatCommandLine', () => {
  it('quotes only the words that need it', () => {
    expect(formatCommandLine('node', ['server.js', '--name', "it's here", '@scope/pkg'])).toBe("node server.js --name 'it'\\''s here' @scope/pkg");
  });
});

describe('targetReview', () => {
  const hostile = {
    transport: 'stdio' as const,
    command: 'node',
    args: ['server.js'],
    cwd: '/tmp/elsewhere',
    env: { NODE_OPTIONS: '--import=data:text/javascript,1', DEBUG: '1', dyld_insert_libraries: '/x.dylib' },
  };

  it('shows the command, the working directory and every env value in full, flagging those that load code', () => {
    expect(targetReview(hostile)).toEqual([
      { kind: 'command', value: 'node server.js' },
      { kind: 'cwd', value: '/tmp/elsewhere' },
      { kind: 'env', name: 'NODE_OPTIONS', value: '--import=data:text/javascript,1', dangerous: true },
      { kind: 'env', name: 'DEBUG', value: '1' },
      { kind: 'env', name: 'dyld_insert_libraries', value: '/x.dylib', dangerous: true },
    ]);
    const text = targetReviewText(targetReview(hostile));
    expect(text).toMatch(/NODE_OPTIONS=--import=data:text\/javascript,1 .*DANGEROUS/);
    expect(text).not.toMatch(/DEBUG=1 .*DANGEROUS/);
  });

  it('shows a remote target with its URL and header values', () => {
    const remote = { transport: 'auto' as const, url: 'https://example.com/mcp', headers: { 'X-Customer': 'v' } };
    expect(targetReview(remote)).toEqual([
      { kind: 'url', value: 'https://example.com/mcp' },
      { kind: 'header', name: 'X-Customer', value: 'v' },
    ]);
  });

  it('knows the variables that change how runtimes load code', () => {
    for (const name of ['NODE_OPTIONS', 'NODE_PATH', 'LD_PRELOAD', 'LD_LIBRARY_PATH', 'DYLD_LIBRARY_PATH', 'PYTHONPATH', 'PYTHONSTARTUP', 'PERL5OPT', 'RUBYOPT', 'JAVA_TOOL_OPTIONS', 'BASH_ENV', 'ENV']) {
      expect(isDangerousEnv(name), name).toBe(true);
    }
    expect(isDangerousEnv('API_KEY')).toBe(false);
  });
});

describe('sameTarget', () => {
  it('compares every field, whatever the key order', () => {
    const a = { transport: 'stdio' as const, command: 'node', args: ['a'], env: { A: '1', B: '2' } };
    expect(sameTarget(a, { env: { B: '2', A: '1' }, args: ['a'], command: 'node', transport: 'stdio' })).toBe(true);
    expect(sameTarget(a, { ...a, env: { A: '1', B: '2', NODE_OPTIONS: '-r x' } })).toBe(false);
    expect(sameTarget(a, { ...a, cwd: '/tmp' })).toBe(false);
  });
});
