// Calls one tool and keeps its last outcome (per tool, until the tool is called again). Each call has
// a request key, so its progress can be shown and it can be cancelled while in flight. A call made as
// a task carries `task: {ttl}`; its outcome is then a CreateTaskResult (see features/tasks).
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { RequestOutcome } from '../../../../shared/inspectorProtocol';
import { useInspectorClient } from '../../api/inspectorContext';
import { newRequestKey } from '../requests/newRequestKey';

export function useToolCall(connectionId: string, toolName: string) {
  const { api, progress } = useInspectorClient();
  const [requestKey, setRequestKey] = useState<string>();
  const mutation = useMutation<RequestOutcome, Error, { args: Record<string, unknown>; task?: { ttl: number } }>({
    mutationKey: ['tools/call', connectionId, toolName],
    mutationFn: ({ args, task }) => {
      const key = newRequestKey();
      setRequestKey(key);
      const params = { name: toolName, arguments: args, ...(task ? { task } : {}) };
      // Progress is shown only while the call is in flight: once it ends, its last update is dropped.
      return api.request({ connectionId, method: 'tools/call', params, requestKey: key }).finally(() => progress.forget(key));
    },
  });
  return { ...mutation, requestKey };
}
