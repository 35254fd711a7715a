import { describe, expect, it } from 'vitest';
import { appResourceUriOf, isCallableByApp, isVisibleToModel, listedAppCsp, readAppResource } from './appResource';

describe('appResourceUriOf', () => {
  it('reads _meta.ui.resourceUri and the older _meta["ui/resourceUri"]', () => {
    expect(appResourceUriOf({ name: 't', _meta: { ui: { resourceUri: 'ui://a/app.html' } } })).toBe('ui://a/app.html');
    expect(appResourceUriOf({ name: 't', _meta: { 'ui/resourceUri': 'ui://b/app.html' } })).toBe('ui://b/app.html');
    expect(appResourceUriOf({ name: 't' })).toBeUndefined();
  });
});

describe('readAppResource', () => {
  const uri = 'ui://a/app.html';
  it('reads the HTML and the declared CSP of the content', () => {
    const read = readAppResource(uri, { contents: [{ uri, mimeType: 'text/html;profile=mcp-app', text: '<p>hi</p>', _meta: { ui: { csp: { connectDomains: ['https://x.example'] } } } }] });
    expect(read).toEqual({ app: { uri, html: '<p>hi</p>', csp: { connectDomains: ['https://x.example'] }, prefersBorder: undefined } });
  });

  it('decodes a base64 blob', () => {
    const read = readAppResource(uri, { contents: [{ uri, mimeType: 'text/html; profile=mcp-app', blob: btoa('<b>x</b>') }] });
    expect(read).toMatchObject({ app: { html: '<b>x</b>' } });
  });

  it('says why when the MIME type is wrong or there is no content', () => {
    expect(readAppResource(uri, { contents: [{ uri, mimeType: 'text/html', text: '' }] })).toEqual({ problem: `${uri} has MIME type "text/html", not text/html;profile=mcp-app` });
    expect(readAppResource(uri, { contents: [] })).toHaveProperty('problem');
  });
});

describe('isCallableByApp', () => {
  it('follows _meta.ui.visibility, both by default', () => {
    expect(isCallableByApp({ name: 't' })).toBe(true);
    expect(isCallableByApp({ name: 't', _meta: { ui: { visibility: ['app'] } } })).toBe(true);
    expect(isCallableByApp({ name: 't', _meta: { ui: { visibility: ['model'] } } })).toBe(false);
  });
});

describe('isVisibleToModel', () => {
  it('follows _meta.ui.visibility, both by default; an odd value is read as no visibility at all', () => {
    expect(isVisibleToModel({ name: 't' })).toBe(true);
    expect(isVisibleToModel({ name: 't', _meta: { ui: { visibility: ['model', 'app'] } } })).toBe(true);
    expect(isVisibleToModel({ name: 't', _meta: { ui: { visibility: ['app'] } } })).toBe(false);
    expect(isVisibleToModel({ name: 't', _meta: { ui: { visibility: 'app' } } })).toBe(true);
  });
});

describe('listedAppCsp', () => {
  it('reads the CSP a resources/list entry declares, keeping only lists of strings', () => {
    expect(listedAppCsp({ uri: 'ui://a', _meta: { ui: { csp: { resourceDomains: ['https://cdn.example'], connectDomains: 'https://x' } } } })).toEqual({ resourceDomains: ['https://cdn.example'] });
    expect(listedAppCsp({ uri: 'ui://a' })).toBeUndefined();
  });
});
