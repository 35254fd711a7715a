import { describe, expect, it } from 'vitest';
import type { ConnectionTarget } from '../../../../shared/connectionTypes';
import { draftFromTarget, targetFromDraft, type ConnectionDraft } from './connectionDraft';

const rows = (...pairs: [string, string][]) => pairs.map(([name, value], i) => ({ id: `r${i}`, name, value }));
const stdio = (patch: Partial<ConnectionDraft>): ConnectionDraft => ({ ...draftFromTarget(undefined), command: 'node', ...patch });
const remote = (patch: Partial<ConnectionDraft>): ConnectionDraft => ({ ...draftFromTarget(undefined), transport: 'streamable-http', ...patch });

describe('draftFromTarget / targetFromDraft', () => {
  it('round-trips stdio and remote targets', () => {
    const targets: ConnectionTarget[] = [
      { transport: 'stdio', command: 'node', args: ['server.js', 'a b'], env: { API_KEY: 's3cret' }, cwd: '/srv' },
      { transport: 'stdio', command: 'npx', args: [], env: {} },
      { transport: 'sse', url: 'http://127.0.0.1:3001/sse', headers: { Authorization: 'Bearer x' } },
    ];
    for (const target of targets) expect(targetFromDraft(draftFromTarget(target))).toEqual({ ok: true, target });
  });

  it('starts from an empty stdio form without a target', () => {
    expect(draftFromTarget(undefined)).toMatchObject({ transport: 'stdio', command: '', url: '' });
  });

  it('reports the schema message next to the command and the URL', () => {
    expect(targetFromDraft(stdio({ command: '  ' }))).toEqual({ ok: false, errors: { command: 'A command is required' } });
    expect(targetFromDraft(remote({ url: 'ftp://x' }))).toEqual({ ok: false, errors: { url: 'The URL must start with http:// or https://' } });
    expect(targetFromDraft(remote({ url: '' }))).toMatchObject({ ok: false, errors: { url: 'A URL is required' } });
  });

  it('reports unclosed quotes in the arguments', () => {
    expect(targetFromDraft(stdio({ args: '--name "x' }))).toEqual({ ok: false, errors: { args: 'Unclosed double quote' } });
  });

  it('checks environment rows: blank rows skipped, names required and unique', () => {
    expect(targetFromDraft(stdio({ env: rows(['', ''], ['A', '1']) }))).toMatchObject({ ok: true, target: { env: { A: '1' } } });
    expect(targetFromDraft(stdio({ env: rows(['', 'v']) }))).toMatchObject({ errors: { env: 'Every variable with a value needs a name' } });
    expect(targetFromDraft(stdio({ env: rows(['A', '1'], [' A ', '2']) }))).toMatchObject({ errors: { env: 'Duplicate variable name: A' } });
    expect(targetFromDraft(stdio({ env: rows(['A=B', '1']) }))).toMatchObject({ errors: { env: 'Variable names cannot contain "=": A=B' } });
  });

  it('checks header names, case-insensitively unique', () => {
    expect(targetFromDraft(remote({ url: 'https://x/mcp', headers: rows(['Bad Name', 'v']) }))).toMatchObject({
      errors: { headers: 'Not a valid header name: Bad Name' },
    });
    expect(targetFromDraft(remote({ url: 'https://x/mcp', headers: rows(['X-A', '1'], ['x-a', '2']) }))).toMatchObject({
      errors: { headers: 'Duplicate header name: x-a' },
    });
  });

  it('reports several fields at once', () => {
    const result = targetFromDraft(stdio({ command: '', args: "'", env: rows(['', 'x']) }));
    expect(result.ok).toBe(false);
    expect(Object.keys(result.ok ? {} : result.errors).sort()).toEqual(['args', 'command', 'env']);
  });
});

describe('connection draft: OAuth client settings', () => {
  it('keeps only the OAuth fields typed, and round-trips them', () => {
    const draft = draftFromTarget({ transport: 'auto', url: 'https://x.test/mcp', headers: {} });
    expect(targetFromDraft({ ...draft, oauth: { ...draft.oauth, clientId: ' id-1 ', scope: '' } })).toEqual({
      ok: true,
      target: { transport: 'auto', url: 'https://x.test/mcp', headers: {}, oauth: { clientId: 'id-1' } },
    });
    expect(targetFromDraft(draft)).toEqual({ ok: true, target: { transport: 'auto', url: 'https://x.test/mcp', headers: {} } });
    expect(draftFromTarget({ transport: 'auto', url: 'https://x.test/mcp', headers: {}, oauth: { clientSecret: 's' } }).oauth).toEqual({ clientId: '', clientSecret: 's', clientMetadataUrl: '', scope: '' });
  });

  it('refuses a client metadata URL that is not https', () => {
    const draft = draftFromTarget({ transport: 'auto', url: 'https://x.test/mcp', headers: {} });
    expect(targetFromDraft({ ...draft, oauth: { ...draft.oauth, clientMetadataUrl: 'http://x.test/c.json' } })).toEqual({
      ok: false,
      errors: { oauth: 'The client metadata URL must start with https://' },
    });
  });
});
