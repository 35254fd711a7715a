// The Sessions page's HTTP routes under /api/sessions (mounted after the request guard, so every one
// needs the token and this origin). The library is loaded with the inspector core; a request that
// comes before it is loaded waits for it. Every failure answers `{error}` with a sentence to show.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { EXPORT_FILES, EXPORT_FORMATS, exportFileName, isExportFormat } from '../../shared/artifacts/exportFormats';
import { exportSession } from '../../shared/artifacts/exportSession';
import { readSession } from '../../shared/session';
import { MAX_IMPORT_BYTES, SESSION_QUERY_PARAM } from '../../shared/session/sessionLibraryConstants';
import type { SessionApiError } from '../../shared/session/sessionLibrary';
import { SessionFolderError } from '../sessions/sessionFolder';
import type { SessionLibrary } from './SessionLibrary';

type Handler = (library: SessionLibrary, request: Request, response: Response) => void | Promise<void>;

function fail(response: Response, status: number, body: SessionApiError): void {
  response.status(status).json(body);
}

function tooLarge(): string {
  return `The file is larger than the ${Math.round(MAX_IMPORT_BYTES / 1024 / 1024)} MiB an import accepts.`;
}

/** A session exported (?format=otlp|har|jsonl, optional &connection=ID), as a download named after it. */
async function sendExport(sessions: SessionLibrary, request: Request, response: Response): Promise<void> {
  const session = sessions.resolve(String(request.params.id));
  const { format, connection } = request.query;
  if (!isExportFormat(format)) return fail(response, 400, { error: `format must be one of ${EXPORT_FORMATS.join(', ')}.` });
  // Damaged lines are skipped, as the command does; a file that is not a session is refused (422 below).
  const text = await exportSession(readSession(readFileSync(session.file, 'utf8')), format, typeof connection === 'string' && connection !== '' ? { connectionId: connection } : {});
  response.setHeader('Cache-Control', 'no-store');
  response.attachment(exportFileName(session.id, format));
  response.type(EXPORT_FILES[format].mimeType);
  response.send(text);
}

export function sessionRoutes(library: () => Promise<SessionLibrary>): Router {
  const router = express.Router();
  const route =
    (handler: Handler) =>
    async (request: Request, response: Response, next: NextFunction): Promise<void> => {
      try {
        await handler(await library(), request, response);
      } catch (error) {
        next(error);
      }
    };

  router.get(
    '/',
    route((sessions, _request, response) => {
      response.setHeader('Cache-Control', 'no-store');
      response.json(sessions.list());
    }),
  );
  router.get(
    '/:id/file',
    route((sessions, request, response) => {
      const session = sessions.resolve(String(request.params.id));
      response.attachment(session.id);
      response.type('application/jsonl');
      // Relative to the folder: the default folder (~/.mcp-inspect/sessions) is itself under a dot-directory,
      // which `dotfiles` would refuse if it judged the whole path; the folder already resolved the id safely.
      response.sendFile(path.basename(session.file), { root: path.dirname(session.file), dotfiles: 'deny' });
    }),
  );
  router.get(
    '/:id/export',
    route(sendExport),
  );
  router.delete(
    '/:id',
    route((sessions, request, response) => {
      sessions.delete(String(request.params.id));
      response.status(204).end();
    }),
  );
  router.post(
    '/:id/open',
    route((sessions, request, response) => {
      const id = String(request.params.id);
      sessions.viewers.prepare(id);
      response.json({ url: `/?${SESSION_QUERY_PARAM}=${encodeURIComponent(id)}` });
    }),
  );
  router.post(
    '/',
    // A declared size over the limit is refused at once, not after reading (and discarding) the upload.
    (request: Request, response: Response, next: NextFunction) => {
      if (Number(request.headers['content-length'] ?? 0) <= MAX_IMPORT_BYTES) return next();
      response.setHeader('Connection', 'close');
      fail(response, 413, { error: tooLarge() });
    },
    express.raw({ type: () => true, limit: MAX_IMPORT_BYTES }),
    route((sessions, request, response) => {
      const name = typeof request.query.name === 'string' && request.query.name !== '' ? request.query.name : 'imported-session.jsonl';
      const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      response.status(201).json(sessions.import(name, body, request.query.acceptDamaged === '1'));
    }),
  );

  router.use((error: unknown, _request: Request, response: Response, _next: NextFunction) => {
    if (error instanceof SessionFolderError) return fail(response, error.status, { error: error.message });
    if (error instanceof Error && error.name === 'SessionImportError') {
      const { problems, damagedLines } = error as Error & { problems: { line: number; message: string }[]; damagedLines: number };
      return fail(response, 422, { error: error.message, ...(problems.length > 0 ? { problems, damagedLines } : {}) });
    }
    const { type, status } = error as { type?: string; status?: number };
    if (type === 'entity.too.large') return fail(response, 413, { error: tooLarge() });
    if (typeof status === 'number' && status >= 400 && status < 500) return fail(response, status, { error: error instanceof Error ? error.message : String(error) });
    // Not a session file (e.g. unreadable for the reopened view) is said as it is; anything else too.
    const message = error instanceof Error ? error.message : String(error);
    const unprocessable = error instanceof Error && (error.name === 'SessionFormatError' || error.name === 'ExportError');
    fail(response, unprocessable ? 422 : 500, { error: message });
  });
  return router;
}
