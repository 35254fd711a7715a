// Gets one prompt with its arguments and keeps the last outcome (until the prompt is got again).
import { useMutation } from '@tanstack/react-query';
import type { RequestOutcome } from '../../../../shared/inspectorProtocol';
import { useInspectorApi } from '../../api/useInspectorApi';

export function usePromptGet(connectionId: string, promptName: string) {
  const api = useInspectorApi();
  return useMutation<RequestOutcome, Error, Record<string, string>>({
    mutationKey: ['prompts/get', connectionId, promptName],
    mutationFn: (args) => api.request({ connectionId, method: 'prompts/get', params: { name: promptName, arguments: args } }),
  });
}
