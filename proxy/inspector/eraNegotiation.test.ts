import { SdkError, SdkErrorCode } from '@modelcontextprotocol/client';
import { describe, expect, it } from 'vitest';
import { describeEraMismatch, describeNegotiation, isEraNegotiationFailure, versionNegotiationFor } from './eraNegotiation';

describe('versionNegotiationFor', () => {
  it('never probes in legacy (also when the settings predate eras), probes in auto, pins 2026-07-28 in modern', () => {
    expect(versionNegotiationFor(undefined)).toEqual({ mode: 'legacy' });
    expect(versionNegotiationFor('legacy')).toEqual({ mode: 'legacy' });
    expect(versionNegotiationFor('auto')).toEqual({ mode: 'auto' });
    expect(versionNegotiationFor('modern')).toEqual({ mode: { pin: '2026-07-28' } });
  });
});

describe('describeNegotiation', () => {
  const discover = { supportedVersions: ['2026-07-28'], capabilities: { tools: {} } };

  it('keeps the discover result of a modern connection', () => {
    expect(describeNegotiation('modern', 'modern', { result: discover })).toEqual({ requested: 'modern', era: 'modern', fellBack: false, discover });
    expect(describeNegotiation('auto', 'modern', { result: discover })).toMatchObject({ requested: 'auto', fellBack: false, discover });
  });

  it('says why auto fell back: the probe error, a result without a modern revision, or no answer', () => {
    expect(describeNegotiation('auto', 'legacy', { error: { code: -32601, message: 'Method not found' } })).toEqual({
      requested: 'auto',
      era: 'legacy',
      fellBack: true,
      reason: 'The server answered server/discover with error -32601: Method not found',
    });
    expect(describeNegotiation('auto', 'legacy', { result: { supportedVersions: ['2025-11-25'] } }).reason).toContain('supportedVersions: 2025-11-25');
    expect(describeNegotiation('auto', 'legacy', undefined).reason).toContain('no answer');
    expect(describeNegotiation('auto', 'legacy', { refusedStatus: 400 }).reason).toBe('The server refused server/discover with HTTP 400');
  });

  it('legacy is not a fallback, and a missing choice is legacy', () => {
    expect(describeNegotiation(undefined, 'legacy', undefined)).toEqual({ requested: 'legacy', era: 'legacy', fellBack: false });
  });
});

describe('describeEraMismatch (era modern against a legacy server)', () => {
  it('says the server answered -32601 "method not found", so it is legacy, and suggests auto or legacy', () => {
    const message = describeEraMismatch({ error: { code: -32601, message: 'Method not found' } });
    expect(message).toContain('answered server/discover with -32601 "method not found", i.e. it is a legacy server');
    expect(message).toContain('--era auto or --era legacy');
  });

  it('names an HTTP refusal of the probe, and another JSON-RPC error by its message', () => {
    expect(describeEraMismatch({ refusedStatus: 400 })).toMatch(/^The server refused server\/discover with HTTP 400, as a legacy server .* does/);
    expect(describeEraMismatch({ error: { code: -32600, message: 'Server not initialized' } })).toContain('-32600 "Server not initialized"');
  });

  it('says nothing when the probe got no answer or a result (how the connection ended says more)', () => {
    expect(describeEraMismatch(undefined)).toBeUndefined();
    expect(describeEraMismatch({ result: { supportedVersions: ['2027-01-01'] } })).toBeUndefined();
  });

  it("recognises the SDK's negotiation failure and nothing else", () => {
    expect(isEraNegotiationFailure(new SdkError(SdkErrorCode.EraNegotiationFailed, 'Version negotiation failed'))).toBe(true);
    expect(isEraNegotiationFailure(new SdkError(SdkErrorCode.RequestTimeout, 'timed out'))).toBe(false);
    expect(isEraNegotiationFailure(new Error('Version negotiation failed'))).toBe(false);
  });
});
