// Sends the person's answer to one pending server request.
import { useMutation } from '@tanstack/react-query';
import type { ServerRequestAnswer } from '../../../../shared/serverRequests';
import { useInspectorApi } from '../../api/useInspectorApi';

export function useRespond(connectionId: string, requestId: string) {
  const api = useInspectorApi();
  return useMutation<unknown, Error, ServerRequestAnswer>({
    mutationKey: ['respond', connectionId, requestId],
    mutationFn: (answer) => api.respond({ connectionId, requestId, answer }),
  });
}

/** The JSON-RPC error a person's rejection sends (the spec suggests -1 for "user rejected"). */
export const USER_REJECTED_CODE = -1;
