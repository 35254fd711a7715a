import { SdkErrorCode, SdkHttpError } from '@modelcontextprotocol/client';
import { describe, expect, it } from 'vitest';
import { fallsBackToSse, isEraProbe } from './transportFallback';

const initialize = { jsonrpc: '2.0' as const, id: 0, method: 'initialize', params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 't', version: '1' } } };
const probe = { jsonrpc: '2.0' as const, id: 'server-discover-probe-1', method: 'server/discover', params: {} };

/** What the SDK's Streamable HTTP transport throws for a refused POST. */
const refused = (status: number, text = '') =>
  new SdkHttpError(SdkErrorCode.ClientHttpNotImplemented, `Error POSTing to endpoint: ${text}`, { status, statusText: '', text });

describe('fallsBackToSse', () => {
  it('falls back when initialize is refused with 400, 404 or 405 (a legacy HTTP+SSE server)', () => {
    for (const status of [400, 404, 405]) expect(fallsBackToSse(initialize, refused(status, 'Cannot POST /sse'))).toBe(true);
    // server-everything's answer to a POST without a session is a JSON-RPC error of a 2025 server: still a fallback.
    const legacyBody = JSON.stringify({ jsonrpc: '2.0', error: { code: -32000, message: 'Bad Request: No valid session ID provided' }, id: null });
    expect(fallsBackToSse(initialize, refused(400, legacyBody))).toBe(true);
  });

  it('never falls back on the era probe: its refusal means "send initialize", which then decides the transport', () => {
    for (const status of [400, 404, 405]) expect(fallsBackToSse(probe, refused(status))).toBe(false);
    expect(isEraProbe(probe)).toBe(true);
    expect(isEraProbe(initialize)).toBe(false);
    expect(isEraProbe({ jsonrpc: '2.0', method: 'server/discover' })).toBe(false);
  });

  it('keeps Streamable HTTP on other statuses, network errors, and a modern UnsupportedProtocolVersion body', () => {
    for (const status of [401, 403, 500]) expect(fallsBackToSse(initialize, refused(status))).toBe(false);
    expect(fallsBackToSse(initialize, new TypeError('fetch failed'))).toBe(false);
    const modernBody = JSON.stringify({ jsonrpc: '2.0', id: 0, error: { code: -32022, message: 'Unsupported protocol version', data: { supported: ['2026-07-28'] } } });
    expect(fallsBackToSse(initialize, refused(400, modernBody))).toBe(false);
  });
});
