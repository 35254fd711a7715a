import { describe, expect, it } from 'vitest';
import { CLI_EXIT, describeRun } from './cliModeCommand';

describe('describeRun', () => {
  it('prints a result as pretty JSON on stdout and exits 0', () => {
    expect(describeRun('ping', { outcome: 'answered', result: {}, notes: [] })).toEqual({ exitCode: CLI_EXIT.ok, stdout: '{}\n', stderr: '' });
    const listed = describeRun('tools/list', { outcome: 'answered', result: { tools: [{ name: 'a' }] }, notes: ['stopped after 100 pages'] });
    expect(JSON.parse(listed.stdout)).toEqual({ tools: [{ name: 'a' }] });
    expect(listed.stdout).toContain('\n  "tools"');
    expect(listed).toMatchObject({ exitCode: CLI_EXIT.ok, stderr: 'mcp-inspect --cli: note: stopped after 100 pages\n' });
  });

  it('still prints a tool result with isError, but exits 1 and says so on stderr', () => {
    const result = { content: [{ type: 'text', text: 'boom' }], isError: true };
    const output = describeRun('tools/call', { outcome: 'answered', result, notes: [] });
    expect(output.exitCode).toBe(CLI_EXIT.failed);
    expect(JSON.parse(output.stdout)).toEqual(result);
    expect(output.stderr).toContain('isError: true');
    // isError only means something in a tool result.
    expect(describeRun('prompts/get', { outcome: 'answered', result: { isError: true }, notes: [] }).exitCode).toBe(CLI_EXIT.ok);
  });

  it('reports a server error on stderr once, with its code and data, and exits 1', () => {
    const output = describeRun('resources/read', { outcome: 'server-error', error: { code: -32002, message: 'MCP error -32002: Resource not found', data: { uri: 'x://y' } } });
    expect(output).toMatchObject({ exitCode: CLI_EXIT.failed, stdout: '' });
    expect(output.stderr).toBe('mcp-inspect --cli: resources/read failed with error -32002: Resource not found\n{\n  "uri": "x://y"\n}\n');
  });

  it('exits 3 when it cannot connect, with the server stderr tail', () => {
    const output = describeRun('ping', { outcome: 'connect-failed', error: 'Server exited with code 1', stderrTail: ['missing API_KEY'] });
    expect(output).toEqual({
      exitCode: CLI_EXIT.cannotConnect,
      stdout: '',
      stderr: 'mcp-inspect --cli: cannot connect: Server exited with code 1\n  server stderr: missing API_KEY\n',
    });
  });

  it('exits 4 when the server requires authorization and none could be had, saying why', () => {
    const output = describeRun('tools/list', { outcome: 'auth-required', error: 'the server answered 401', authFailure: 'The authorization page answered HTTP 200 instead of redirecting back' });
    expect(output).toEqual({
      exitCode: CLI_EXIT.authRequired,
      stdout: '',
      stderr: 'mcp-inspect --cli: authorization required: the server answered 401\n  OAuth: The authorization page answered HTTP 200 instead of redirecting back\n',
    });
    expect(CLI_EXIT.authRequired).toBe(4);
  });
});
