// The Sessions page's HTTP API (`/api/sessions`, behind the same token and origin guard as the rest):
// the shapes of what the proxy answers, so the page and the routes agree. Files are named by their
// file name inside the sessions folder; nothing outside that folder is ever reachable.
import { z } from 'zod';

export { MAX_IMPORT_BYTES, SESSION_QUERY_PARAM, SESSIONS_API_PATH } from './sessionLibraryConstants';

/** One line that could not be read, by its 1-based number. */
export const SessionLineProblemSchema = z.object({ line: z.number(), message: z.string() });

/** One session file as the Sessions page lists it. */
export const SessionListItemSchema = z.object({
  /** The file name inside the sessions folder: the id every other route takes. */
  id: z.string(),
  size: z.number(),
  /** Last modified, ISO 8601. */
  modifiedAt: z.string(),
  /** From the header; absent when the file cannot be read (see `error`). */
  createdAt: z.string().optional(),
  /** The server(s) recorded, secrets already removed when the file was written. */
  server: z.string().optional(),
  /** From the header's creation time to the last entry, in ms. */
  durationMs: z.number().optional(),
  /** JSON-RPC messages in either direction. */
  messageCount: z.number(),
  findingCount: z.number(),
  connectionCount: z.number(),
  /** Some connection spoke HTTP (Streamable HTTP or SSE): the session has exchanges to export as HAR. */
  http: z.boolean(),
  /** Lines that would be skipped when opened. */
  damagedLines: z.number(),
  /** This proxy is recording into the file right now (it cannot be deleted). */
  recording: z.boolean(),
  /** Why the file cannot be opened at all (not a session, from a newer version, unreadable). */
  error: z.string().optional(),
});
export type SessionListItem = z.infer<typeof SessionListItemSchema>;

export const SessionListingSchema = z.object({
  /** The sessions folder on the proxy's machine. */
  folder: z.string(),
  /** Newest first (by creation time, else modification time). */
  sessions: z.array(SessionListItemSchema),
  /** More files than the listing holds; the oldest were left out. */
  truncated: z.boolean(),
});
export type SessionListing = z.infer<typeof SessionListingSchema>;

/** Every failed route answers this: a sentence to show, and the damaged lines when that is the reason. */
export const SessionApiErrorSchema = z.object({
  error: z.string(),
  /** The first damaged lines (at most 10)… */
  problems: z.array(SessionLineProblemSchema).optional(),
  /** …of this many. */
  damagedLines: z.number().optional(),
});
export type SessionApiError = z.infer<typeof SessionApiErrorSchema>;

/** What an import answers: the stored file as listed, and the lines that will be skipped (the first 10 of `damagedLines`). */
export const SessionImportedSchema = z.object({ session: SessionListItemSchema, problems: z.array(SessionLineProblemSchema), damagedLines: z.number() });
export type SessionImported = z.infer<typeof SessionImportedSchema>;
