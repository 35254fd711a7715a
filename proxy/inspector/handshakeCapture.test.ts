import { describe, expect, it } from 'vitest';
import type { RecordedEvent } from '../../shared/recordedEvent';
import { HandshakeCapture } from './handshakeCapture';

let seq = 0;
function message(direction: 'outgoing' | 'incoming', body: Record<string, unknown>): RecordedEvent {
  return { kind: 'message', seq: ++seq, time: 0, connectionId: 'c1', direction, message: { jsonrpc: '2.0', ...body }, size: 1 } as RecordedEvent;
}

const envelope = {
  'io.modelcontextprotocol/protocolVersion': '2026-07-28',
  'io.modelcontextprotocol/clientInfo': { name: 'mcp-inspect', version: '1' },
  'io.modelcontextprotocol/clientCapabilities': { elicitation: { form: {} } },
};
const discoverResult = {
  supportedVersions: ['2026-07-28'],
  capabilities: { tools: {} },
  instructions: 'Hello',
  _meta: { 'io.modelcontextprotocol/serverInfo': { name: 'modern', version: '2' } },
};

describe('HandshakeCapture', () => {
  it('reads a modern handshake from the server/discover exchange (there is no initialize)', () => {
    const capture = new HandshakeCapture();
    const request = message('outgoing', { id: 'probe', method: 'server/discover', params: { _meta: envelope } });
    const response = message('incoming', { id: 'probe', result: discoverResult });
    capture.observe(request);
    capture.observe(response);
    expect(capture.handshake('modern', 'modern', '2026-07-28')).toEqual({
      protocolVersionOffered: '2026-07-28',
      protocolVersion: '2026-07-28',
      serverInfo: { name: 'modern', version: '2' },
      serverCapabilities: { tools: {} },
      clientInfo: { name: 'mcp-inspect', version: '1' },
      clientCapabilities: { elicitation: { form: {} } },
      instructions: 'Hello',
      requestSeq: request.seq,
      responseSeq: response.seq,
      negotiation: { requested: 'modern', era: 'modern', fellBack: false, discover: discoverResult },
    });
  });

  it('reads the initialize exchange after an auto probe that failed, and says why it fell back', () => {
    const capture = new HandshakeCapture();
    capture.observe(message('outgoing', { id: 'probe', method: 'server/discover', params: { _meta: envelope } }));
    capture.observe(message('incoming', { id: 'probe', error: { code: -32600, message: 'Server not initialized' } }));
    capture.observe(message('outgoing', { id: 0, method: 'initialize', params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'x' } } }));
    capture.observe(message('incoming', { id: 0, result: { protocolVersion: '2025-11-25', capabilities: { logging: {} }, serverInfo: { name: 'old' } } }));
    const handshake = capture.handshake('auto', 'legacy');
    expect(handshake?.serverInfo).toEqual({ name: 'old' });
    expect(handshake?.protocolVersion).toBe('2025-11-25');
    expect(handshake?.negotiation).toEqual({
      requested: 'auto',
      era: 'legacy',
      fellBack: true,
      reason: 'The server answered server/discover with error -32600: Server not initialized',
    });
  });

  it('reads the HTTP refusal of the probe (the POST exchange right after it), not that of a later request', () => {
    const capture = new HandshakeCapture();
    const post = (status: number): RecordedEvent => ({ kind: 'transport', seq: ++seq, time: 0, connectionId: 'c1', event: { type: 'http', method: 'POST', url: 'http://h/mcp', status, durationMs: 1 } });
    capture.observe(message('outgoing', { id: 'probe', method: 'server/discover', params: { _meta: envelope } }));
    expect(capture.discoverProbe()).toBeUndefined();
    capture.observe(post(400));
    capture.observe(message('outgoing', { id: 0, method: 'initialize', params: {} }));
    capture.observe(post(404));
    expect(capture.discoverProbe()).toEqual({ refusedStatus: 400 });
  });

  it('has no handshake until the answer came', () => {
    const capture = new HandshakeCapture();
    capture.observe(message('outgoing', { id: 'probe', method: 'server/discover', params: {} }));
    expect(capture.handshake('modern', 'modern')).toBeUndefined();
  });
});
