// How the UI names the sandbox page it frames an app in: the declared CSP travels in the query
// (base64url JSON), so the sandbox origin can put it in the page's header without any state.
import type { AppResourceCsp } from './appResource';

/** The one path the app sandbox origin serves. */
export const APP_SANDBOX_PATH = '/sandbox';

/** Declared CSPs longer than this are refused (the URL would be unwieldy, and no real app needs it). */
const MAX_CSP_PARAM = 8_192;

const toBase64Url = (text: string) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(text))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

const fromBase64Url = (value: string) => new TextDecoder().decode(Uint8Array.from(atob(value.replace(/-/g, '+').replace(/_/g, '/')), (char) => char.charCodeAt(0)));

/** The sandbox page's URL for an app that declares `csp`. */
export function appSandboxUrl(sandboxOrigin: string, csp: AppResourceCsp | undefined): string {
  const url = new URL(APP_SANDBOX_PATH, sandboxOrigin);
  if (csp) url.searchParams.set('csp', toBase64Url(JSON.stringify(csp)));
  return url.toString();
}

/** The declared CSP in a sandbox URL's `csp` parameter: undefined when absent, null when it does not parse. */
export function decodeSandboxCsp(param: string | null): AppResourceCsp | undefined | null {
  if (param === null || param === '') return undefined;
  if (param.length > MAX_CSP_PARAM || !/^[A-Za-z0-9_-]+$/.test(param)) return null;
  try {
    const value: unknown = JSON.parse(fromBase64Url(param));
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
    const csp: AppResourceCsp = {};
    for (const key of ['connectDomains', 'resourceDomains', 'frameDomains', 'baseUriDomains'] as const) {
      const list = (value as Record<string, unknown>)[key];
      if (list === undefined) continue;
      if (!Array.isArray(list) || !list.every((item) => typeof item === 'string')) return null;
      csp[key] = list;
    }
    return csp;
  } catch {
    return null;
  }
}
