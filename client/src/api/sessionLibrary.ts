// The Sessions page's calls to the proxy (`/api/sessions`): plain same-origin HTTP with the page's
// token as a Bearer header (there is no cookie). Answers are checked against the shared schemas.
import { queryOptions } from '@tanstack/react-query';
import {
  SESSION_QUERY_PARAM,
  SESSIONS_API_PATH,
  SessionApiErrorSchema,
  SessionImportedSchema,
  SessionListingSchema,
  type SessionImported,
} from '../../../shared/session/sessionLibrary';
import { exportFileName, type ExportFormat } from '../../../shared/artifacts/exportFormats';
import { authorizationHeaders, withTokenFragment } from './pageToken';
import { queryKeys } from './queryKeys';

/** A route's refusal, with the sentence the proxy gave and the damaged lines when that was the reason. */
export class SessionRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly problems: { line: number; message: string }[] = [],
    /** All the damaged lines; `problems` lists the first few. */
    readonly damagedLines = problems.length,
  ) {
    super(message);
  }
}

async function fetchFromProxy(path: string, init: RequestInit = {}): Promise<Response> {
  try {
    return await fetch(`${SESSIONS_API_PATH}${path}`, { ...init, credentials: 'omit', headers: { ...init.headers, ...authorizationHeaders() } });
  } catch (error) {
    throw new SessionRequestError(`The proxy cannot be reached: ${error instanceof Error ? error.message : String(error)}`, 0);
  }
}

async function refusal(response: Response): Promise<SessionRequestError> {
  const body: unknown = await response.json().catch(() => undefined);
  const parsed = SessionApiErrorSchema.safeParse(body);
  if (parsed.success) return new SessionRequestError(parsed.data.error, response.status, parsed.data.problems, parsed.data.damagedLines);
  return new SessionRequestError(`The proxy answered ${response.status} ${response.statusText}`.trim(), response.status);
}

async function send(path: string, init?: RequestInit): Promise<unknown> {
  const response = await fetchFromProxy(path, init);
  if (response.status === 204) return undefined;
  if (!response.ok) throw await refusal(response);
  return response.json().catch(() => undefined);
}

const path = (id: string) => `/${encodeURIComponent(id)}`;

export function sessionListOptions() {
  return queryOptions({
    queryKey: queryKeys.sessions,
    queryFn: async () => SessionListingSchema.parse(await send('')),
    staleTime: 0,
  });
}

export async function deleteSession(id: string): Promise<void> {
  await send(path(id), { method: 'DELETE' });
}

/** Uploads a file into the sessions folder; damaged lines are refused unless `acceptDamaged`. */
export async function importSession(file: File, acceptDamaged = false): Promise<SessionImported> {
  const query = `?name=${encodeURIComponent(file.name)}${acceptDamaged ? '&acceptDamaged=1' : ''}`;
  return SessionImportedSchema.parse(await send(query, { method: 'POST', body: file, headers: { 'Content-Type': 'application/octet-stream' } }));
}

/** Where the file is downloaded from (the link's address; the download itself is `downloadSession`). */
export function sessionDownloadUrl(id: string): string {
  return `${SESSIONS_API_PATH}${path(id)}/file`;
}

/**
 * Saves a session file: fetched with the token header (a plain link would carry no token), then
 * handed to the browser as a blob, under the file's own name.
 */
export async function downloadSession(id: string): Promise<void> {
  await saveFrom(`${path(id)}/file`, id);
}

/** Saves a session's export (OTLP, HAR or JSONL, made by the proxy) as `<session>.<format's extension>`. */
export async function downloadSessionExport(id: string, format: ExportFormat): Promise<void> {
  await saveFrom(`${path(id)}/export?format=${format}`, exportFileName(id, format));
}

async function saveFrom(route: string, name: string): Promise<void> {
  const response = await fetchFromProxy(route);
  if (!response.ok) throw await refusal(response);
  const blobUrl = URL.createObjectURL(await response.blob());
  try {
    const link = document.createElement('a');
    link.href = blobUrl;
    link.download = name;
    link.click();
  } finally {
    // After the click has started the download; revoking at once can cancel it in some browsers.
    setTimeout(() => URL.revokeObjectURL(blobUrl), 60_000);
  }
}

/** The page that shows a saved session read-only, next to the live inspector (with the token, for a new tab). */
export function sessionPageUrl(id: string): string {
  return withTokenFragment(`/?${SESSION_QUERY_PARAM}=${encodeURIComponent(id)}`);
}
