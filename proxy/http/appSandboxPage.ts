// The sandbox-proxy page (MCP Apps spec, "Sandbox proxy"): the only thing the app sandbox origin
// serves. It relays JSON-RPC between the inspector (its parent, checked by origin and window) and the
// app, which it renders in a nested frame from `srcdoc` with `sandbox="allow-scripts allow-forms"`: an
// opaque origin, no same-origin access, no popups, no top navigation. Whatever the host sends as
// `sandbox` is ignored, so no message can loosen that.

// Runs first in the app's document: copies what the app writes to its console (uncaught errors, and
// what its CSP blocked: the first thing an app author needs to see) to
// the inspector as plain messages, which the bridge ignores (they are not JSON-RPC).
const CONSOLE_TAP = `(() => {
  const send = (level, args) => {
    let text;
    try { text = args.map((arg) => typeof arg === 'string' ? arg : (arg instanceof Error ? String(arg) : JSON.stringify(arg))).join(' '); } catch { text = String(args[0]); }
    try { window.parent.postMessage({ mcpInspectConsole: { level, text: String(text).slice(0, 4000) } }, '*'); } catch {}
  };
  for (const level of ['log', 'info', 'warn', 'error', 'debug']) {
    const original = console[level];
    console[level] = (...args) => { send(level, args); return original.apply(console, args); };
  }
  window.addEventListener('error', (event) => send('error', [event.message]));
  window.addEventListener('unhandledrejection', (event) => send('error', ['Unhandled rejection: ' + String(event.reason)]));
  document.addEventListener('securitypolicyviolation', (event) => send('error', ['Blocked by the app\\'s CSP (' + event.effectiveDirective + '): ' + (event.blockedURI || 'inline')]));
})();`;

/** The HTML of the page; `hostOrigins` are the inspector's origins, the only parents it talks to. */
export function appSandboxPage(hostOrigins: readonly string[]): string {
  const script = `(() => {
  const consoleTap = ${JSON.stringify(`<script>${CONSOLE_TAP}</script>`).replace(/</g, '\\u003c')};
  const withConsoleTap = (html) => /<head(\\s[^>]*)?>/i.test(html) ? html.replace(/<head(\\s[^>]*)?>/i, (head) => head + consoleTap) : consoleTap + html;
  const hostOrigins = ${JSON.stringify(hostOrigins)};
  if (window.parent === window) return;
  let app;
  let hostOrigin;
  const toHost = (message) => { if (hostOrigin) window.parent.postMessage(message, hostOrigin); };
  window.addEventListener('message', (event) => {
    if (event.source === window.parent && hostOrigins.includes(event.origin)) {
      hostOrigin = event.origin;
      const message = event.data;
      if (message && message.method === 'ui/notifications/sandbox-resource-ready') {
        if (app) app.remove();
        app = document.createElement('iframe');
        app.setAttribute('sandbox', 'allow-scripts allow-forms');
        app.setAttribute('title', 'MCP App');
        app.srcdoc = withConsoleTap(String((message.params && message.params.html) || ''));
        document.body.appendChild(app);
        return;
      }
      if (app && app.contentWindow) app.contentWindow.postMessage(message, '*');
      return;
    }
    if (app && event.source === app.contentWindow) toHost(event.data);
  });
  const ready = { jsonrpc: '2.0', method: 'ui/notifications/sandbox-proxy-ready', params: {} };
  for (const origin of hostOrigins) window.parent.postMessage(ready, origin);
})();`;
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>MCP App sandbox</title>
<style>html,body{margin:0;padding:0;height:100%;overflow:hidden;background:transparent}iframe{border:0;width:100%;height:100%;display:block}</style>
</head><body><script>${script}</script></body></html>`;
}
