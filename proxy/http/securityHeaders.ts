// Headers on every response: no sniffing, no referrer (URLs may carry the token), and a CSP that lets
// the UI load only itself and talk only to this proxy. No CORS headers, ever.
import type { ServerResponse } from 'node:http';

/** `appSandboxOrigin`: the only origin the page may frame (MCP Apps render there, never here). */
export function securityHeaders(port: number, appSandboxOrigin?: string): Record<string, string> {
  const csp = [
    "default-src 'self'",
    `connect-src 'self' ws://127.0.0.1:${port} ws://localhost:${port}`,
    "img-src 'self' data: https: http:",
    // Audio results and resources play from data: URLs built from their own base64 (never a server's URL).
    "media-src 'self' data:",
    "style-src 'self' 'unsafe-inline'",
    "script-src 'self'",
    // Monaco's editor and JSON workers are built as same-origin files (Vite `?worker`), never blobs.
    "worker-src 'self'",
    "font-src 'self' data:",
    "object-src 'none'",
    `frame-src ${appSandboxOrigin ?? "'none'"}`,
    // No page may frame the inspector (clickjacking its buttons), no <base> may redirect its relative
    // URLs, and no form may post anywhere but here.
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    // For browsers that predate frame-ancestors.
    'X-Frame-Options': 'DENY',
    'Content-Security-Policy': csp,
  };
}

export function applySecurityHeaders(response: ServerResponse, headers: Record<string, string>): void {
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
}
