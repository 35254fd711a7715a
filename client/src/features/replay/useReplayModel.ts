// The Replay view's state: the server to replay against (as editable text), the user's ignore globs,
// the confirmation of what will run (a session file is untrusted input: its command, env and cwd are
// shown in full and run only once the person confirms), and the replay itself, a mutation (it sends
// requests to a live server; nothing to cache).
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
  /** Asks to replay: shows what would run, for confirmation. */
  replay(): void;
  /** What would run, while the person is asked to confirm it. */
  pendingTarget: ConnectionTarget | undefined;
  confirm(): void;
  cancel(): void;
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
  const [pending, setPending] = useState<{ target: ConnectionTarget; recorded: boolean } | undefined>();
  const mutation = useMutation<ReplayReport, Error, { target?: ConnectionTarget; confirmedTarget?: ConnectionTarget; ignore: string[] }>({
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
    if (target !== undefined) {
      setPending({ target, recorded: false });
      return;
    }
    // The proxy says what the file makes it run (it may differ from the summary the page holds).
    api.previewReplay({}).then(
      (preview) => setPending({ target: preview.target, recorded: true }),
      (error: unknown) => setInputError(error instanceof Error ? error.message : String(error)),
    );
  };

  const confirm = () => {
    if (!pending) return;
    setPending(undefined);
    const ignore = ignoreText.split(/[\s,]+/).filter((glob) => glob !== '');
    mutation.mutate(pending.recorded ? { confirmedTarget: pending.target, ignore } : { target: pending.target, ignore });
  };

  return {
    targetText: text,
    setTargetText,
    isRecordedTarget,
    ignoreText,
    setIgnoreText,
    replay,
    pendingTarget: pending?.target,
    confirm,
    cancel: () => setPending(undefined),
    running: mutation.isPending,
    report: mutation.isPending ? undefined : mutation.data,
    error: inputError ?? (mutation.isPending ? undefined : mutation.error?.message),
  };
}
