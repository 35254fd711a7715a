// Suggestions for one argument as the person types: completion/complete after a pause in typing,
// only when the server declared `completions` and the field is being edited.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { answersRequests, type ConnectionSummary } from '../../../../shared/connectionTypes';
import { requestResult } from '../../api/mcpRequest';
import { queryKeys } from '../../api/queryKeys';
import { useInspectorApi } from '../../api/useInspectorApi';
import { completionParams, readCompletion, supportsCompletions, type Completion, type CompletionRef } from './completionRequest';
import { useDebouncedValue } from './useDebouncedValue';

export const COMPLETION_DEBOUNCE_MS = 200;

export interface CompletionRequest {
  ref: CompletionRef;
  argumentName: string;
  value: string;
  /** Earlier arguments, sent as `context.arguments`. */
  context: Readonly<Record<string, string>>;
  /** False while the field is not being edited: nothing is asked. */
  active: boolean;
}

export interface CompletionState {
  completion: Completion | undefined;
  isFetching: boolean;
  error: Error | null;
}

export function useCompletion(connection: ConnectionSummary, request: CompletionRequest): CompletionState {
  const api = useInspectorApi();
  // Debounced as text, so a re-render with equal params does not restart the pause.
  const paramsText = JSON.stringify(completionParams(request.ref, request.argumentName, request.value, request.context));
  const settledText = useDebouncedValue(paramsText, COMPLETION_DEBOUNCE_MS);
  const settled = useMemo(() => JSON.parse(settledText) as Record<string, unknown>, [settledText]);
  const enabled = request.active && answersRequests(connection.state) && supportsCompletions(connection.handshake?.serverCapabilities);
  const query = useQuery({
    queryKey: queryKeys.mcpRequest(connection.id, connection.attempt, 'completion/complete', settled),
    queryFn: async () => readCompletion(await requestResult(api, { connectionId: connection.id, method: 'completion/complete', params: settled })),
    enabled,
    staleTime: 10_000,
    retry: false,
    placeholderData: keepPreviousData,
  });
  return { completion: enabled ? query.data : undefined, isFetching: query.isFetching, error: enabled ? query.error : null };
}
