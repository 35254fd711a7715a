import { describe, expect, it } from 'vitest';
import { authorizationHeaders, takeToken, withTokenFragment, type TokenEnvironment } from './pageToken';

function fakeEnv(href: string) {
  const replaced: string[] = [];
  const env: TokenEnvironment = {
    location: { href },
    history: { state: null, replaceState: (_state: unknown, _title: string, url?: string | URL | null) => void replaced.push(String(url)) },
  };
  return { env, replaced };
}

describe('takeToken', () => {
  it('reads the token from the fragment and leaves the address as it is, so a reload keeps it', () => {
    const { env, replaced } = fakeEnv('http://127.0.0.1:6274/#token=a%20b');
    expect(takeToken(env)).toBe('a b');
    expect(replaced).toEqual([]);
    expect(authorizationHeaders()).toEqual({ Authorization: 'Bearer a b' });
  });

  it('moves a ?token= (an old link) into the fragment, keeping the rest of the address', () => {
    const { env, replaced } = fakeEnv('http://127.0.0.1:6274/?token=abc&session=s.jsonl');
    expect(takeToken(env)).toBe('abc');
    expect(replaced).toEqual(['/?session=s.jsonl#token=abc']);
  });

  it('holds nothing when the address has no token', () => {
    expect(takeToken(fakeEnv('http://127.0.0.1:6274/').env)).toBeUndefined();
    expect(authorizationHeaders()).toEqual({});
    expect(withTokenFragment('/?session=x')).toBe('/?session=x');
  });
});

describe('withTokenFragment', () => {
  it('gives a page link the token in its fragment, never in its query', () => {
    takeToken(fakeEnv('http://127.0.0.1:6274/#token=t%2B1').env);
    expect(withTokenFragment('/?session=x.jsonl')).toBe('/?session=x.jsonl#token=t%2B1');
  });
});
