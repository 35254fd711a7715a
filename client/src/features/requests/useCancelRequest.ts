import { useMutation } from '@tanstack/react-query';
import { useInspectorApi } from '../../api/useInspectorApi';

/** Cancels an in-flight request by its key (the proxy sends `notifications/cancelled` with the reason). */
export function useCancelRequest(connectionId: string) {
  const api = useInspectorApi();
  return useMutation({
    mutationFn: (requestKey: string) => api.cancelRequest({ connectionId, requestKey, reason: 'Cancelled by the user in mcp-inspect' }),
  });
}
