// The Sessions page's fixed names and limits, without zod: the proxy reads them on its start-up path.

/** Where the routes are mounted. */
export const SESSIONS_API_PATH = '/api/sessions';

/** The page URL parameter (and socket URL parameter) that shows one saved session, read-only. */
export const SESSION_QUERY_PARAM = 'session';

/** The largest file an import accepts. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;
