import { describe, expect, it } from 'vitest';
import type { ConnectionSummary } from '../../shared/connectionTypes';
import { launchFailureMessage } from './launchFailure';

const base: ConnectionSummary = {
  id: 'c1',
  label: 'node server.js',
  target: { transport: 'stdio', command: 'node', args: ['server.js', '--port', '3000'], env: {} },
  state: 'connecting',
  stderrTail: [],
  attempt: 1,
};

describe('launchFailureMessage', () => {
  it('says nothing while the server is starting or once it is connected', () => {
    expect(launchFailureMessage(base)).toBeUndefined();
    expect(launchFailureMessage({ ...base, state: 'connected' })).toBeUndefined();
  });

  it('names the exit code, the command and the last stderr lines of a server that exited', () => {
    const lines = launchFailureMessage({
      ...base,
      state: 'exited',
      exit: { code: 3, signal: null },
      error: 'The server process exited before the handshake finished',
      stderrTail: Array.from({ length: 14 }, (_, index) => `line ${index + 1}`),
    })!;
    expect(lines[0]).toBe('The server failed to start: it exited with code 3.');
    expect(lines).toContain('  The server process exited before the handshake finished');
    expect(lines).toContain('  Command: node server.js --port 3000');
    expect(lines.filter((line) => line.startsWith('    line '))).toEqual(['    line 5', '    line 6', '    line 7', '    line 8', '    line 9', '    line 10', '    line 11', '    line 12', '    line 13', '    line 14']);
    expect(lines.at(-1)).toMatch(/keeps running/);
  });

  it('gives the error of a command that could not be spawned, and the signal of a killed one', () => {
    expect(launchFailureMessage({ ...base, state: 'failed', error: 'spawn nope ENOENT' })![0]).toBe('The server failed to start: spawn nope ENOENT.');
    expect(launchFailureMessage({ ...base, state: 'exited', exit: { code: null, signal: 'SIGKILL' } })![0]).toBe('The server failed to start: it was killed by SIGKILL.');
  });
});
