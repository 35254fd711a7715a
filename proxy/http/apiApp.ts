// The /api routes other than the health check (today the Sessions page's), on express. Loaded on the
// first such request, not at start-up: express and its body parsers cost ~10 MiB and ~100 ms to load,
// and a page that only inspects a server never calls them. The request guard has run before this.
import express, { type NextFunction, type Request, type Response, type Router } from 'express';

/** An express app with `routes` mounted (by path), a JSON 404 for the rest of /api, and no stack trace in answers. */
export function createApiApp(routes: Record<string, Router>): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  for (const [mountPath, router] of Object.entries(routes)) app.use(mountPath, router);
  app.use((_request: Request, response: Response) => {
    response.status(404).json({ error: 'Not found' });
  });
  // Express's default handler would print a stack trace into the page.
  app.use((error: unknown, _request: Request, response: Response, _next: NextFunction) => {
    console.error('mcp-inspect: request failed:', error);
    if (!response.headersSent) response.status(500).type('text/plain').send('Internal error\n');
  });
  return app;
}
