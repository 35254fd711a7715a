// The Sessions page's calls to the proxy (`/api/sessions`): plain same-origin HTTP, authenticated by
// the cookie the page got on first load. Answers are checked against the shared schemas.
import { queryOptions } from '@tanstack/react-query';
import {
  SESSION_QUERY_PARAM,
  SESSIONS_API_PATH,
  SessionApiErrorSchema,
  SessionImportedSchema,
  SessionListingSchema,
  type SessionImported,
} from '../../../shared/session/sessionLibrary';
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

async function send(path: string, init?: RequestInit): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`${SESSIONS_API_PATH}${path}`, { credentials: 'same-origin', ...init });
  } catch (error) {
    throw new SessionRequestError(`The proxy cannot be reached: ${error instanceof Error ? error.message : String(error)}`, 0);
  }
  if (response.status === 204) return undefined;
  const body: unknown = await response.json().catch(() => undefined);
  if (response.ok) return body;
  const refusal = SessionApiErrorSchema.safeParse(body);
  if (refusal.success) throw new SessionRequestError(refusal.data.error, response.status, refusal.data.problems, refusal.data.damagedLines);
  throw new SessionRequestError(`The proxy answered ${response.status} ${response.statusText}`.trim(), response.status);
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

/** Where the file is downloaded from (an ordinary link: the browser saves it). */
export function sessionDownloadUrl(id: string): string {
  return `${SESSIONS_API_PATH}${path(id)}/file`;
}

/** The page that shows a saved session read-only, next to the live inspector. */
export function sessionPageUrl(id: string): string {
  return `/?${SESSION_QUERY_PARAM}=${encodeURIComponent(id)}`;
}
