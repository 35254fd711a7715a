import { describe, expect, it } from 'vitest';
import { describeNegotiation, versionNegotiationFor } from './eraNegotiation';

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
  });

  it('legacy is not a fallback, and a missing choice is legacy', () => {
    expect(describeNegotiation(undefined, 'legacy', undefined)).toEqual({ requested: 'legacy', era: 'legacy', fellBack: false });
  });
});
