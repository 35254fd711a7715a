// The Logging tab's data: the server's log messages filtered by level, and `logging/setLevel`.
import { useMutation } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { RequestOutcome } from '../../../../shared/inspectorProtocol';
import { useConnectionLog } from '../../api/useConnectionLog';
import { useInspectorApi } from '../../api/useInspectorApi';
import { atLeast, readLogMessage, type LogLevel, type LogMessage } from './logMessages';

export function useLoggingModel(connectionId: string) {
  const api = useInspectorApi();
  const log = useConnectionLog(connectionId);
  const [minimum, setMinimum] = useState<LogLevel>('debug');
  const all = useMemo(() => {
    const messages: LogMessage[] = [];
    for (let index = log.firstIndex; index < log.count; index++) {
      const entry = log.entries[index];
      const message = entry && readLogMessage(entry);
      if (message) messages.push(message);
    }
    return messages;
  }, [log]);
  const shown = useMemo(() => all.filter((message) => atLeast(message.level, minimum)), [all, minimum]);
  const setLevel = useMutation<RequestOutcome, Error, LogLevel>({
    mutationKey: ['logging/setLevel', connectionId],
    mutationFn: (level) => api.request({ connectionId, method: 'logging/setLevel', params: { level } }),
  });
  return { all, shown, minimum, setMinimum, setLevel };
}
