// The requestor's side of the task utility, sent through the proxy like any request: what comes back
// is recorded in the log, and the Tasks view reads it from there.
import { useMutation } from '@tanstack/react-query';
import type { RequestOutcome } from '../../../../shared/inspectorProtocol';
import { useInspectorApi } from '../../api/useInspectorApi';

export type TaskRequestMethod = 'tasks/get' | 'tasks/result' | 'tasks/cancel';

/** Sends `tasks/get`, `tasks/result` or `tasks/cancel` for one task; a server error is in the outcome. */
export function useTaskRequest(connectionId: string, method: TaskRequestMethod) {
  const api = useInspectorApi();
  return useMutation<RequestOutcome, Error, string>({
    mutationKey: [method, connectionId],
    mutationFn: (taskId) => api.request({ connectionId, method, params: { taskId } }),
  });
}

/** Sends `tasks/list`, following every page. */
export function useListServerTasks(connectionId: string) {
  const api = useInspectorApi();
  return useMutation<number, Error, void>({
    mutationKey: ['tasks/list', connectionId],
    mutationFn: async () => {
      let cursor: string | undefined;
      let count = 0;
      // A server that repeats a cursor would loop forever; the diagnosis flags it, we stop at 100 pages.
      for (let page = 0; page < 100; page++) {
        const outcome = await api.request({ connectionId, method: 'tasks/list', params: cursor === undefined ? {} : { cursor } });
        if (!outcome.ok) throw new Error(`tasks/list failed: ${outcome.error.message} (code ${outcome.error.code})`);
        const result = (outcome.result ?? {}) as { tasks?: unknown; nextCursor?: unknown };
        count += Array.isArray(result.tasks) ? result.tasks.length : 0;
        if (typeof result.nextCursor !== 'string') break;
        cursor = result.nextCursor;
      }
      return count;
    },
  });
}
