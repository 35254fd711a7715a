// The Raw composer's state: the text (which "Edit and send" can replace), the last sends and where
// each one's answers start in the connection's log.
import { useState } from 'react';
import type { ConnectionSummary } from '../../../../shared/connectionTypes';
import { useConnectionLog } from '../../api/useConnectionLog';
import { useInspectorApi } from '../../api/useInspectorApi';
import type { FocusRequest } from '../serverLists/useFocusedSelection';
import type { RawSend } from './composerAnswers';
import { usePrefilledText } from './usePrefilledText';

/** How many sends the composer lists (newest first). */
const KEPT_SENDS = 20;

export function useComposerModel(connection: ConnectionSummary, prefill: FocusRequest | undefined, initialText: () => string) {
  const api = useInspectorApi();
  const log = useConnectionLog(connection.id);
  const [text, setText] = usePrefilledText(prefill, initialText);
  const [sends, setSends] = useState<RawSend[]>([]);
  const [error, setError] = useState<string | undefined>(undefined);
  const [sending, setSending] = useState(false);

  async function send() {
    // Answers are looked for from here on, so an earlier answer with the same id is never taken for this one.
    const fromIndex = log.count;
    setSending(true);
    setError(undefined);
    try {
      const { requestIds, http } = await api.sendRaw({ connectionId: connection.id, text });
      const sent: RawSend = { key: Date.now() + sends.length, text, requestIds, fromIndex, ...(http ? { http } : {}) };
      setSends((previous) => [sent, ...previous].slice(0, KEPT_SENDS));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setSending(false);
    }
  }

  return { log, text, setText, sends, error, sending, send };
}
