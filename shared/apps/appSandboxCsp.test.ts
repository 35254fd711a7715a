import { describe, expect, it } from 'vitest';
import { appSandboxCsp, safeCspSources } from './appSandboxCsp';
import { appSandboxUrl, decodeSandboxCsp } from './appSandboxUrl';

const directives = (csp: string) => new Map(csp.split('; ').map((part) => [part.split(' ')[0], part.split(' ').slice(1).join(' ')]));

describe('appSandboxCsp', () => {
  it('is the spec\'s strict default when the resource declares nothing', () => {
    const csp = directives(appSandboxCsp(undefined, ['http://127.0.0.1:6274']));
    expect(csp.get('default-src')).toBe("'none'");
    expect(csp.get('script-src')).toBe("'unsafe-inline'");
    expect(csp.get('connect-src')).toBe("'none'");
    expect(csp.get('frame-src')).toBe("'none'");
    expect(csp.get('frame-ancestors')).toBe('http://127.0.0.1:6274');
  });

  it('widens each directive by exactly the declared domains', () => {
    const csp = directives(
      appSandboxCsp({ resourceDomains: ['https://cdn.example.com'], connectDomains: ['https://api.example.com', 'wss://live.example.com'], frameDomains: ['https://*.maps.example'] }, ['http://127.0.0.1:1']),
    );
    expect(csp.get('script-src')).toBe("'unsafe-inline' https://cdn.example.com");
    expect(csp.get('img-src')).toBe('data: blob: https://cdn.example.com');
    expect(csp.get('connect-src')).toBe('https://api.example.com wss://live.example.com');
    expect(csp.get('frame-src')).toBe('https://*.maps.example');
  });

  it('drops a declared domain that is not a plain origin, so nothing can be smuggled into the header', () => {
    expect(safeCspSources(["https://a.example; script-src 'unsafe-eval'", "'unsafe-eval'", '*', 'javascript:', 'https://ok.example:8443'])).toEqual(['https://ok.example:8443']);
    expect(safeCspSources(['wss://live.example'])).toEqual([]);
  });
});

describe('the sandbox URL', () => {
  it('carries the declared CSP and gives it back', () => {
    const csp = { connectDomains: ['https://api.example.com'], resourceDomains: ['https://cdn.example.com'] };
    const url = new URL(appSandboxUrl('http://127.0.0.1:9', csp));
    expect(url.pathname).toBe('/sandbox');
    expect(decodeSandboxCsp(url.searchParams.get('csp'))).toEqual(csp);
    expect(decodeSandboxCsp(new URL(appSandboxUrl('http://127.0.0.1:9', undefined)).searchParams.get('csp'))).toBeUndefined();
  });

  it('refuses a parameter that does not parse or has the wrong shape', () => {
    expect(decodeSandboxCsp('%%%')).toBeNull();
    expect(decodeSandboxCsp(btoa('[1]'))).toBeNull();
    expect(decodeSandboxCsp(btoa(JSON.stringify({ connectDomains: [1] })).replace(/=+$/, ''))).toBeNull();
  });
});
