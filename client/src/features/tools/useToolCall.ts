// Calls one tool and keeps its last outcome (per tool, until the tool is called again). Each call has
// a request key, so its progress can be shown and it can be cancelled while in flight.
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { RequestOutcome } from '../../../../shared/inspectorProtocol';
import { useInspectorApi } from '../../api/useInspectorApi';
import { newRequestKey } from '../requests/newRequestKey';

export function useToolCall(connectionId: string, toolName: string) {
  const api = useInspectorApi();
  const [requestKey, setRequestKey] = useState<string>();
  const mutation = useMutation<RequestOutcome, Error, Record<string, unknown>>({
    mutationKey: ['tools/call', connectionId, toolName],
    mutationFn: (args) => {
      const key = newRequestKey();
      setRequestKey(key);
      return api.request({ connectionId, method: 'tools/call', params: { name: toolName, arguments: args }, requestKey: key });
    },
  });
  return { ...mutation, requestKey };
}
