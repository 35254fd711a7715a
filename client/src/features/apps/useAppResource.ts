// An app's `ui://` resource as the host renders it: read through the connection (in the log), its CSP
// from the read content, else from its `resources/list` entry (the spec's fallback; the Resources tab's
// list, shared through the query cache).
import { useMemo } from 'react';
import { listedAppCsp, readAppResource, type AppResource } from '../../../../shared/apps/appResource';
import type { ConnectionSummary } from '../../../../shared/connectionTypes';
import { usePagedList } from '../serverLists/usePagedList';

/** Completes a read app's CSP from its listing; `result` is the resources/read result. */
export function useAppResource(connection: ConnectionSummary, uri: string, result: unknown): { app: AppResource } | { problem: string } {
  const listed = usePagedList(connection, 'resources').items.find((item) => item.uri === uri);
  return useMemo(() => {
    const parsed = readAppResource(uri, result);
    if ('problem' in parsed || parsed.app.csp) return parsed;
    const csp = listedAppCsp(listed);
    return csp ? { app: { ...parsed.app, csp } } : parsed;
  }, [uri, result, listed]);
}
