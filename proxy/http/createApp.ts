// The HTTP side of the proxy: every request passes the guard, then /api routes, then the built UI.
// No cookie is set: the page holds the token in memory and sends it as a header (see README, Security).
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { OAUTH_CALLBACK_PATH, oauthCallbackRoute, type OAuthCallbackHandler } from './oauthCallbackRoute';
import { createRequestGuard } from './requestGuard';
import { applySecurityHeaders, securityHeaders } from './securityHeaders';

export interface AppOptions {
  port: number;
  token: string;
  version: string;
  /** The built UI (`dist/client`); it may not exist in a source checkout that was not built. */
  clientDir: string;
  /** More API routes, by mount path (e.g. the sessions folder's), behind the same guard. */
  routes?: Record<string, Router>;
  /** Completes an OAuth authorization the browser came back from (see proxy/auth/oauthCallbackRoute.ts). */
  oauthCallback?: OAuthCallbackHandler;
}

export function createApp(options: AppOptions): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  const guard = createRequestGuard(options);
  const headers = securityHeaders(options.port);
  // Before the guard: the authorization server's redirect cannot carry our token (see the route).
  if (options.oauthCallback) {
    const callback = oauthCallbackRoute(options.port, options.oauthCallback);
    app.get(OAUTH_CALLBACK_PATH, (request: Request, response: Response) => {
      applySecurityHeaders(response, headers);
      callback(request, response);
    });
  }

  const guarded = (kind: 'http' | 'asset') => (request: Request, response: Response, next: NextFunction) => {
    // originalUrl: under a mount, express has already cut the mount path off `url`.
    const verdict = guard({ headers: request.headers, url: request.originalUrl }, kind);
    if (verdict.ok) return next();
    response.status(verdict.status).type('text/plain').send(verdict.message);
  };
  app.use((request: Request, response: Response, next: NextFunction) => {
    applySecurityHeaders(response, headers);
    next();
  });
  // Host, Origin and a parseable target for everything; the token on /api, as express itself routes it
  // (so no second reading of the path can disagree with the router about what is an API call).
  app.use(guarded('asset'));
  app.use('/api', guarded('http'));

  app.get('/api/health', (_request, response) => {
    response.json({ ok: true, version: options.version });
  });
  for (const [mountPath, router] of Object.entries(options.routes ?? {})) app.use(mountPath, router);
  app.use('/api', (_request, response) => {
    response.status(404).json({ error: 'Not found' });
  });

  app.use(express.static(options.clientDir, { index: 'index.html', dotfiles: 'ignore', fallthrough: true }));
  const indexHtml = path.join(options.clientDir, 'index.html');
  // Single-page app: any other GET is a route of the UI.
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    if (!existsSync(indexHtml)) {
      response.status(503).type('text/plain').send('UI not built: run npm run build\n');
      return;
    }
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(indexHtml);
  });

  app.use((_request: Request, response: Response) => {
    response.status(404).type('text/plain').send('Not found\n');
  });
  // Express's default handler would print a stack trace into the page.
  app.use((error: unknown, _request: Request, response: Response, _next: NextFunction) => {
    console.error('mcp-inspect: request failed:', error);
    if (!response.headersSent) response.status(500).type('text/plain').send('Internal error\n');
  });
  return app;
}

