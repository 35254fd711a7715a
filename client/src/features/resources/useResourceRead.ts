// resources/read of one resource, cached per connection attempt and URI; re-readable on demand.
import { useQuery } from '@tanstack/react-query';
import { answersRequests, type ConnectionSummary } from '../../../../shared/connectionTypes';
import { queryKeys } from '../../api/queryKeys';
import { useInspectorApi } from '../../api/useInspectorApi';

export function useResourceRead(connection: ConnectionSummary, uri: string) {
  const api = useInspectorApi();
  const params = { uri };
  return useQuery({
    queryKey: queryKeys.mcpRequest(connection.id, connection.attempt, 'resources/read', params),
    // The outcome itself is the data: a server error is an answer to show, not a query failure.
    queryFn: () => api.request({ connectionId: connection.id, method: 'resources/read', params }),
    enabled: answersRequests(connection.state),
    staleTime: Infinity,
    retry: false,
  });
}
