// Every TanStack Query key of the app, from this one module, so invalidation has one source of truth.
import { queryOptions } from '@tanstack/react-query';
import type { InspectorApi } from '../../../shared/inspectorProtocol';

const root = ['mcp-inspect'] as const;

export const queryKeys = {
  all: root,
  /** Everything cached about one connection (dropped when the connection is removed). */
  connection: (connectionId: string) => [...root, 'connection', connectionId] as const,
  /**
   * One MCP request's answer. The attempt is part of the key, so a reconnect never shows data from
   * the previous session of the server.
   */
  mcpRequest: (connectionId: string, attempt: number, method: string, params?: Record<string, unknown>) =>
    [...root, 'connection', connectionId, attempt, 'request', method, params ?? {}] as const,
  /** A paginated server list (tools, resources, templates, prompts), all its pages under one key. */
  mcpList: (connectionId: string, attempt: number, kind: string) => [...root, 'connection', connectionId, attempt, 'list', kind] as const,
  /** The Sessions page's listing of the sessions folder. */
  sessions: [...root, 'sessions'] as const,
};

/** Query options for an MCP request whose answer is read-only server data (lists, reads). */
export function mcpRequestOptions(
  api: InspectorApi,
  request: { connectionId: string; attempt: number; method: string; params?: Record<string, unknown> },
) {
  return queryOptions({
    queryKey: queryKeys.mcpRequest(request.connectionId, request.attempt, request.method, request.params),
    queryFn: () => api.request({ connectionId: request.connectionId, method: request.method, params: request.params }),
  });
}

/**
 * Whether `earlier` is the key of the same server list of the same connection at an earlier attempt:
 * two `mcpList` keys that differ only in the attempt, the older one first.
 */
export function isEarlierAttemptOfList(earlier: readonly unknown[], key: readonly unknown[]): boolean {
  const attemptAt = root.length + 2;
  const [earlierAttempt, attempt] = [earlier[attemptAt], key[attemptAt]];
  if (earlier.length !== key.length || earlier[attemptAt + 1] !== 'list' || key[attemptAt + 1] !== 'list') return false;
  if (typeof earlierAttempt !== 'number' || typeof attempt !== 'number' || earlierAttempt >= attempt) return false;
  return earlier.every((part, index) => index === attemptAt || part === key[index]);
}
