import { describe, expect, it } from 'vitest';
import { SecretScrubber } from './secretScrubber';

describe('SecretScrubber', () => {
  it('masks the secrets it learned, wherever they appear', () => {
    const scrubber = new SecretScrubber();
    scrubber.learn(['sk-live-123456', 'x']);
    expect(scrubber.scrub(JSON.stringify({ text: 'key sk-live-123456 and x' }))).toBe('{"text":"key *** and x"}');
  });

  it('masks bearer credentials and OAuth token fields it never learned (tokens obtained by OAuth)', () => {
    const scrubber = new SecretScrubber();
    const echoed = JSON.stringify({ headers: 'Authorization: Bearer eyJhbGciOi.abc-123_x' });
    expect(scrubber.scrub(echoed)).toBe('{"headers":"Authorization: Bearer ***"}');
    const tokenResponse = JSON.stringify({ access_token: 'at-secret-1', refresh_token: 'rt-secret-2', token_type: 'Bearer', scope: 'mcp' });
    const scrubbed = scrubber.scrub(tokenResponse);
    expect(scrubbed).not.toMatch(/at-secret-1|rt-secret-2/);
    expect(JSON.parse(scrubbed)).toEqual({ access_token: '***', refresh_token: '***', token_type: 'Bearer', scope: 'mcp' });
  });

  it('masks token fields inside a JSON string (a body recorded as text) and keeps the line valid JSON', () => {
    const scrubber = new SecretScrubber();
    const line = JSON.stringify({ responseBody: JSON.stringify({ access_token: 'at-secret-1', expires_in: 60 }) });
    const scrubbed = scrubber.scrub(line);
    expect(scrubbed).not.toContain('at-secret-1');
    expect(JSON.parse(JSON.parse(scrubbed).responseBody)).toEqual({ access_token: '***', expires_in: 60 });
  });
});
