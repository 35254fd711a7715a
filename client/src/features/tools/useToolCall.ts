// Calls one tool and keeps its last outcome (per tool, until the tool is called again).
import { useMutation } from '@tanstack/react-query';
import type { RequestOutcome } from '../../../../shared/inspectorProtocol';
import { useInspectorApi } from '../../api/useInspectorApi';

export function useToolCall(connectionId: string, toolName: string) {
  const api = useInspectorApi();
  return useMutation<RequestOutcome, Error, Record<string, unknown>>({
    mutationKey: ['tools/call', connectionId, toolName],
    mutationFn: (args) => api.request({ connectionId, method: 'tools/call', params: { name: toolName, arguments: args } }),
  });
}
