// `ping` with its round-trip time, on demand or every few seconds as a health indicator.
import { useMutation } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { RequestOutcome } from '../../../../shared/inspectorProtocol';
import { useInspectorApi } from '../../api/useInspectorApi';

export const PERIODIC_PING_MS = 10_000;

export function usePing(connectionId: string, periodic: boolean, connected: boolean) {
  const api = useInspectorApi();
  const ping = useMutation<RequestOutcome>({
    mutationKey: ['ping', connectionId],
    mutationFn: () => api.request({ connectionId, method: 'ping', timeoutMs: 10_000 }),
  });
  const { mutate } = ping;
  useEffect(() => {
    if (!periodic || !connected) return;
    const timer = setInterval(() => mutate(), PERIODIC_PING_MS);
    return () => clearInterval(timer);
  }, [periodic, connected, mutate]);
  return ping;
}
