import { describe, expect, it } from 'vitest';
import { CLI_EXIT, describeRun } from './cliModeCommand';

const envelope = (stderr: string) => JSON.parse(stderr.trim().split('\n').pop()!) as { error: Record<string, unknown> };

describe('describeRun', () => {
  it('prints a result as pretty JSON on stdout and exits 0; --format json prints one {"result"} line', () => {
    expect(describeRun({ method: 'ping' }, { outcome: 'answered', result: {}, notes: [] })).toEqual({ exitCode: CLI_EXIT.ok, stdout: '{}\n', stderr: '' });
    const listed = describeRun({ method: 'tools/list' }, { outcome: 'answered', result: { tools: [{ name: 'a' }] }, notes: ['stopped after 100 pages'] });
    expect(JSON.parse(listed.stdout)).toEqual({ tools: [{ name: 'a' }] });
    expect(listed.stdout).toContain('\n  "tools"');
    expect(listed).toMatchObject({ exitCode: CLI_EXIT.ok, stderr: 'mcp-inspect --cli: note: stopped after 100 pages\n' });
    const json = describeRun({ method: 'tools/list' }, { outcome: 'answered', result: { tools: [] }, notes: [] }, 'json');
    expect(json.stdout).toBe('{"result":{"tools":[]}}\n');
  });

  it('still prints a tool result with isError, but exits 5 (the official tool error) with its envelope', () => {
    const result = { content: [{ type: 'text', text: 'boom' }], isError: true };
    const output = describeRun({ method: 'tools/call', params: { name: 'explode' } }, { outcome: 'answered', result, notes: [] });
    expect(output.exitCode).toBe(5);
    expect(JSON.parse(output.stdout)).toEqual(result);
    expect(envelope(output.stderr)).toEqual({ error: { code: 'tool_is_error', message: "Tool 'explode' returned isError:true." } });
    // isError only means something in a tool result.
    expect(describeRun({ method: 'prompts/get' }, { outcome: 'answered', result: { isError: true }, notes: [] }).exitCode).toBe(CLI_EXIT.ok);
  });

  it('exits 5 for a tool the server does not list', () => {
    const output = describeRun({ method: 'tools/call', params: { name: 'nope' } }, { outcome: 'tool-not-found', tool: 'nope' });
    expect(output).toMatchObject({ exitCode: 5, stdout: '' });
    expect(envelope(output.stderr)).toEqual({ error: { code: 'tool_not_found', message: "Tool 'nope' not found on server." } });
  });

  it('reports a server error once, with its code and data, and exits 1', () => {
    const output = describeRun({ method: 'resources/read' }, { outcome: 'server-error', error: { code: -32002, message: 'MCP error -32002: Resource not found', data: { uri: 'x://y' } } });
    expect(output).toMatchObject({ exitCode: 1, stdout: '' });
    expect(output.stderr).toBe('{"error":{"code":"error","message":"resources/read failed with error -32002: Resource not found","data":{"uri":"x://y"}}}\n');
  });

  it('exits 4 (unreachable) when it cannot connect, with the server stderr tail', () => {
    const output = describeRun({ method: 'ping' }, { outcome: 'connect-failed', error: 'Server exited with code 1', stderrTail: ['missing API_KEY'] });
    expect(output).toMatchObject({ exitCode: 4, stdout: '' });
    expect(envelope(output.stderr)).toEqual({ error: { code: 'unreachable', message: 'cannot connect: Server exited with code 1', serverStderr: ['missing API_KEY'] } });
  });

  it('exits 3 when the server requires authorization and none could be had, saying why', () => {
    const output = describeRun({ method: 'tools/list' }, { outcome: 'auth-required', error: 'the server answered 401', authFailure: 'The authorization page answered HTTP 200 instead of redirecting back' });
    expect(output).toMatchObject({ exitCode: 3, stdout: '' });
    expect(envelope(output.stderr)).toEqual({
      error: { code: 'auth_required', message: 'authorization required: the server answered 401 (OAuth: The authorization page answered HTTP 200 instead of redirecting back)' },
    });
  });
});
