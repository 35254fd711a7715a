import { describe, expect, it } from 'vitest';
import { maskBody, maskHeaders, maskUrl } from './maskHttp';

describe('maskHttp', () => {
  it('masks credential headers, keeps the Authorization scheme and the WWW-Authenticate challenge', () => {
    const headers = maskHeaders({
      Authorization: 'Bearer abc.def',
      Cookie: 'sid=1',
      'X-API-Key': 'k-1',
      'WWW-Authenticate': 'Bearer resource_metadata="http://x/.well-known/oauth-protected-resource"',
      'Content-Type': 'application/json',
    });
    expect(headers).toEqual({
      authorization: 'Bearer ***',
      cookie: '***',
      'x-api-key': '***',
      'www-authenticate': 'Bearer resource_metadata="http://x/.well-known/oauth-protected-resource"',
      'content-type': 'application/json',
    });
  });

  it('masks OAuth secrets in URLs and in form and JSON bodies', () => {
    expect(maskUrl('http://127.0.0.1:1/oauth/callback?code=c-1&state=s&iss=http%3A%2F%2Fas')).toBe('http://127.0.0.1:1/oauth/callback?code=***&state=s&iss=http%3A%2F%2Fas');
    expect(maskBody('grant_type=authorization_code&code=c-1&code_verifier=v-1&client_secret=cs&client_id=id', 'application/x-www-form-urlencoded')).toBe(
      'grant_type=authorization_code&code=***&code_verifier=***&client_secret=***&client_id=id',
    );
    expect(JSON.parse(maskBody('{"access_token":"a","refresh_token":"r","token_type":"Bearer"}', 'application/json'))).toEqual({
      access_token: '***',
      refresh_token: '***',
      token_type: 'Bearer',
    });
  });
});
