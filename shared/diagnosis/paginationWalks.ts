// Groups the pages of a list method into walks: a walk starts with a request without a cursor and goes on
// with each request that sends the previous page's nextCursor. Walks are keyed by that cursor, so two
// walks of the same list running at once stay apart.
import { asRecord, type ObservedMessage, type TrackedRequest } from './rule';

/** The paginated list methods of the 2025-11-25 revision. */
export const LIST_METHODS = new Set(['tools/list', 'resources/list', 'resources/templates/list', 'prompts/list', 'tasks/list']);

/** Walks left open (a client that stops paging midway) are forgotten beyond this many per method. */
const MAX_OPEN_WALKS = 16;

/** One walk of a list: the cursors it went through and whatever a rule keeps about it. */
export interface PaginationWalk<T> {
  cursors: Set<string>;
  state: T;
}

/** A list page: the result of a list request, with the cursor that asked for it and the one it offers next. */
export interface ListPage {
  request: TrackedRequest;
  result: Record<string, unknown>;
  requestCursor?: string;
  nextCursor?: string;
  seq: number;
}

/** Reads a list page from a server message, if it is a result of a list method. */
export function readListPage(message: ObservedMessage): ListPage | undefined {
  if (message.envelope.kind !== 'response' || message.correlation?.status !== 'answers') return undefined;
  const { request } = message.correlation;
  const result = asRecord(asRecord(message.raw)?.result);
  if (!LIST_METHODS.has(request.method) || !result) return undefined;
  const requestCursor = typeof request.params?.cursor === 'string' ? request.params.cursor : undefined;
  const nextCursor = typeof result.nextCursor === 'string' ? result.nextCursor : undefined;
  return { request, result, requestCursor, nextCursor, seq: message.seq };
}

/** The open walks of one connection, for every list method. */
export class PaginationWalks<T> {
  private readonly openWalks = new Map<string, Map<string, PaginationWalk<T>>>();

  constructor(private readonly createState: () => T) {}

  /** The walk a page belongs to: the one waiting for its cursor, or a new one. */
  walkFor(page: ListPage): PaginationWalk<T> {
    const byCursor = this.openWalks.get(page.request.method);
    const waiting = page.requestCursor === undefined ? undefined : byCursor?.get(page.requestCursor);
    if (waiting && page.requestCursor !== undefined) {
      byCursor?.delete(page.requestCursor);
      return waiting;
    }
    const cursors = new Set<string>(page.requestCursor === undefined ? [] : [page.requestCursor]);
    return { cursors, state: this.createState() };
  }

  /** After a page: the walk waits for its next cursor, or ends when the page has none. */
  advance(page: ListPage, walk: PaginationWalk<T>): void {
    if (page.nextCursor === undefined) return;
    walk.cursors.add(page.nextCursor);
    let byCursor = this.openWalks.get(page.request.method);
    if (!byCursor) this.openWalks.set(page.request.method, (byCursor = new Map()));
    byCursor.set(page.nextCursor, walk);
    if (byCursor.size > MAX_OPEN_WALKS) byCursor.delete(byCursor.keys().next().value as string);
  }
}
