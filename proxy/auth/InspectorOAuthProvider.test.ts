import { describe, expect, it } from 'vitest';
import { InspectorOAuthProvider } from './InspectorOAuthProvider';

const provider = () =>
  new InspectorOAuthProvider({ serverUrl: 'https://mcp.example/mcp', redirectUrl: 'http://127.0.0.1/cb', settings: undefined, authorizationNeeded: () => undefined });

describe('InspectorOAuthProvider', () => {
  it('binds a dynamic registration to the authorization server that issued it (SEP-2352)', () => {
    const oauth = provider();
    oauth.saveClientInformation({ client_id: 'at-old' }, { issuer: 'https://old-as.example' });
    expect(oauth.clientInformation({ issuer: 'https://old-as.example' })).toEqual({ client_id: 'at-old', issuer: 'https://old-as.example' });
    expect(oauth.clientInformation({ issuer: 'https://new-as.example' })).toBeUndefined();
  });

  it('forgets the discovery once tokens arrive, so the next authorization reads the metadata again', () => {
    const oauth = provider();
    oauth.saveDiscoveryState({ authorizationServerUrl: 'https://old-as.example' });
    expect(oauth.discoveryState()).toBeDefined();
    oauth.saveTokens({ access_token: 't', token_type: 'Bearer' });
    expect(oauth.discoveryState()).toBeUndefined();
  });
});
