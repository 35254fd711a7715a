// The Content-Security-Policy an app's frame runs under: the spec's strict default, widened only by
// the domains the resource declares in `_meta.ui.csp`, each checked to be a plain origin (a domain
// that smuggles `;` or a keyword such as 'unsafe-eval' is dropped, never passed into the header).
// https://github.com/modelcontextprotocol/ext-apps/blob/main/specification/2026-01-26/apps.mdx (Security)
import type { AppResourceCsp } from './appResource';

/** `https://host[:port]`, `http://…`, `wss://…` (connect only), with an optional `*.` subdomain wildcard. */
const ORIGIN_PATTERN = /^(https?|wss?):\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/i;

/** The declared domains that are plain origins; the rest are dropped. */
export function safeCspSources(domains: readonly string[] | undefined, allowWebSocket = false): string[] {
  return (domains ?? []).filter((domain) => ORIGIN_PATTERN.test(domain) && (allowWebSocket || !/^wss?:/i.test(domain)));
}

/**
 * The policy for the sandbox page and the app frame inside it (a `srcdoc` frame inherits its parent's
 * policy, so this header is the app's ceiling). `frameAncestors` are the inspector's origins: only it
 * may embed the sandbox.
 */
export function appSandboxCsp(declared: AppResourceCsp | undefined, frameAncestors: readonly string[]): string {
  const resources = safeCspSources(declared?.resourceDomains).join(' ');
  const connect = safeCspSources(declared?.connectDomains, true);
  const frames = safeCspSources(declared?.frameDomains);
  const baseUris = safeCspSources(declared?.baseUriDomains);
  const withResources = (sources: string) => (resources ? `${sources} ${resources}` : sources);
  return [
    "default-src 'none'",
    `script-src ${withResources("'unsafe-inline'")}`,
    `style-src ${withResources("'unsafe-inline'")}`,
    `img-src ${withResources('data: blob:')}`,
    `font-src ${withResources('data:')}`,
    `media-src ${withResources('data: blob:')}`,
    `connect-src ${connect.length > 0 ? connect.join(' ') : "'none'"}`,
    `frame-src ${frames.length > 0 ? frames.join(' ') : "'none'"}`,
    `base-uri ${baseUris.length > 0 ? baseUris.join(' ') : "'none'"}`,
    "object-src 'none'",
    "form-action 'none'",
    `frame-ancestors ${frameAncestors.join(' ')}`,
  ].join('; ');
}
