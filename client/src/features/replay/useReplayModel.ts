// The Replay view's state: the server to replay against (as editable text), the user's ignore globs,
// and the replay itself, a mutation (it sends requests to a live server; nothing to cache).
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { ConnectionTarget } from '../../../../shared/connectionTypes';
import type { ReplayReport } from '../../../../shared/replay';
import { useInspectorApi } from '../../api/useInspectorApi';
import { parseTargetText, targetText } from './replayTargetText';

export interface ReplayModel {
  targetText: string;
  setTargetText(text: string): void;
  /** True while the text still names the recorded server. */
  isRecordedTarget: boolean;
  ignoreText: string;
  setIgnoreText(text: string): void;
  replay(): void;
  running: boolean;
  report: ReplayReport | undefined;
  error: string | undefined;
}

/** `recordedTarget`: the server the shown session recorded, to prefill the text. */
export function useReplayModel(recordedTarget: ConnectionTarget | undefined): ReplayModel {
  const api = useInspectorApi();
  const recordedText = recordedTarget ? targetText(recordedTarget) : '';
  const [text, setTargetText] = useState(recordedText);
  const [ignoreText, setIgnoreText] = useState('');
  const [inputError, setInputError] = useState<string | undefined>();
  const mutation = useMutation<ReplayReport, Error, { target?: ConnectionTarget; ignore: string[] }>({
    mutationFn: (params) => api.replaySession(params),
  });
  const isRecordedTarget = text.trim() === recordedText.trim() && recordedText !== '';

  const replay = () => {
    let target: ConnectionTarget | undefined;
    try {
      target = isRecordedTarget ? undefined : parseTargetText(text, recordedTarget);
    } catch (error) {
      setInputError(error instanceof Error ? error.message : String(error));
      return;
    }
    setInputError(undefined);
    const ignore = ignoreText.split(/[\s,]+/).filter((glob) => glob !== '');
    mutation.mutate({ ...(target === undefined ? {} : { target }), ignore });
  };

  return {
    targetText: text,
    setTargetText,
    isRecordedTarget,
    ignoreText,
    setIgnoreText,
    replay,
    running: mutation.isPending,
    report: mutation.isPending ? undefined : mutation.data,
    error: inputError ?? (mutation.isPending ? undefined : mutation.error?.message),
  };
}
