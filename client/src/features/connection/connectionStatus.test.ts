import { describe, expect, it } from 'vitest';
import type { ConnectionSummary } from '../../../../shared/connectionTypes';
import { connectionInitials, describeStatus } from './connectionStatus';

const base: ConnectionSummary = {
  id: 'c1',
  label: 'demo',
  target: { transport: 'stdio', command: 'node', args: [], env: {} },
  state: 'connecting',
  stderrTail: [],
  attempt: 1,
};
const handshake = {
  protocolVersionOffered: '2025-11-25',
  protocolVersion: '2025-06-18',
  serverInfo: {},
  serverCapabilities: {},
  clientInfo: {},
  clientCapabilities: {},
};

describe('describeStatus', () => {
  it('says connecting, with the attempt after the first', () => {
    expect(describeStatus(base)).toMatchObject({ headline: 'Connecting…', detail: 'STDIO' });
    expect(describeStatus({ ...base, attempt: 3 }).detail).toBe('STDIO · attempt 3');
  });

  it('says connected with the resolved transport and negotiated version', () => {
    const remote: ConnectionSummary = {
      ...base,
      target: { transport: 'auto', url: 'http://x/mcp', headers: {} },
      transport: 'sse',
      state: 'connected',
      handshake,
    };
    expect(describeStatus(remote)).toMatchObject({ headline: 'Connected', detail: 'SSE · protocol 2025-06-18', tone: 'success' });
    // After a reconnect the attempt says a new session began.
    expect(describeStatus({ ...remote, attempt: 2 }).detail).toBe('SSE · protocol 2025-06-18 · attempt 2');
  });

  it('explains failures and exits with stderr', () => {
    expect(describeStatus({ ...base, state: 'failed', error: 'spawn nope ENOENT' }).headline).toBe('Failed: spawn nope ENOENT');
    const exited = describeStatus({ ...base, state: 'exited', exit: { code: 1, signal: null }, stderrTail: ['Error: boom'] });
    expect(exited).toMatchObject({ headline: 'Exited (code 1)', stderr: ['Error: boom'] });
    expect(describeStatus({ ...base, state: 'exited', exit: { code: null, signal: 'SIGKILL' } }).headline).toBe('Exited (signal SIGKILL)');
    expect(describeStatus({ ...base, state: 'exited' }).headline).toBe('Exited');
    expect(describeStatus({ ...base, state: 'disconnected' }).headline).toBe('Disconnected');
  });

  it('says recorded (read-only), with the protocol and how the recorded connection ended', () => {
    expect(describeStatus({ ...base, state: 'recorded', handshake, error: 'Server exited with code 1' })).toEqual({
      tone: 'info',
      headline: 'Recorded (read-only)',
      detail: 'STDIO · protocol 2025-06-18 · it ended: Server exited with code 1',
    });
  });
});

describe('connectionInitials', () => {
  it('takes the initials of the first two words, or two letters of one word', () => {
    expect(connectionInitials('Everything Reference Server')).toBe('ER');
    expect(connectionInitials('mcp-servers/everything')).toBe('MS');
    expect(connectionInitials('node crashing-fixture.js')).toBe('NC');
    expect(connectionInitials('everything')).toBe('Ev');
    expect(connectionInitials('127.0.0.1:3001')).toBe('12');
    expect(connectionInitials('')).toBe('?');
  });
});
