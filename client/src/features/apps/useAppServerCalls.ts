// The app's way to the server: its requests go through the inspector's connection (the same `request`
// as every view's, so they are in the log and the diagnosis like any other), and its traffic with the
// host is recorded into the connection's stream as `app` events.
import type { JSONRPCMessage } from '@modelcontextprotocol/client';
import { useCallback, useMemo } from 'react';
import { isCallableByApp } from '../../../../shared/apps/appResource';
import type { ConnectionSummary } from '../../../../shared/connectionTypes';
import { useInspectorApi } from '../../api/useInspectorApi';
import { usePagedList } from '../serverLists/usePagedList';
import { newRequestKey } from '../requests/newRequestKey';
import { createAppTrafficRecorder } from './appTrafficRecorder';
import type { AppDirection } from './tappedTransport';

/** An MCP error the bridge answers the app with (it reads `code` and `data`). */
class AppRequestError extends Error {
  constructor(
    message: string,
    readonly code: number,
    readonly data?: unknown,
  ) {
    super(message);
  }
}

export function useAppServerCalls(connection: ConnectionSummary, resourceUri: string, readOnly: boolean) {
  const connectionId = connection.id;
  const api = useInspectorApi();
  // The listed tools (the Tools tab's list, shared through the query cache), to refuse what apps may not call.
  const tools = usePagedList(connection, 'tools').items;
  // A recorded session is read-only: what its app does now is not added to it.
  const recorder = useMemo(() => (readOnly ? undefined : createAppTrafficRecorder(api, connectionId, resourceUri)), [api, connectionId, resourceUri, readOnly]);
  const call = useCallback(
    async (method: string, params: Record<string, unknown> | undefined): Promise<Record<string, unknown>> => {
      if (readOnly) throw new AppRequestError('This session is read-only: the app cannot reach the server.', -32603);
      const tool = method === 'tools/call' ? tools.find((item) => item.name === params?.name) : undefined;
      if (tool && !isCallableByApp(tool)) {
        throw new AppRequestError(`Tool ${JSON.stringify(params?.name)} is not visible to apps (its _meta.ui.visibility leaves out "app"), so the host does not call it.`, -32602);
      }
      recorder?.flush();
      const outcome = await api.request({ connectionId, method, ...(params ? { params } : {}), requestKey: `app-${newRequestKey()}`, origin: 'app' });
      if (!outcome.ok) throw new AppRequestError(outcome.error.message, outcome.error.code, outcome.error.data);
      return (outcome.result ?? {}) as Record<string, unknown>;
    },
    [api, connectionId, readOnly, recorder, tools],
  );
  const record = useCallback((direction: AppDirection, message: JSONRPCMessage) => recorder?.record(direction, message), [recorder]);
  return { call, record };
}
