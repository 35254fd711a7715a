import { useEffect } from 'react';
import type { ConnectionTarget } from '../../../../shared/connectionTypes';
import { Button } from '../../ui/Button';
import { ReplayView } from './ReplayView';

export interface ReplayDialogProps {
  file: string;
  recordedTarget: ConnectionTarget | undefined;
  onClose(): void;
}

/** The Replay view over the workspace, closed with its button or Escape; the recording stays as it is. */
export function ReplayDialog({ file, recordedTarget, onClose }: ReplayDialogProps) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className="fixed inset-0 z-40 flex items-stretch justify-center bg-zinc-900/40 p-6">
      <div
        role="dialog"
        aria-modal="true"
        aria-label="Replay"
        className="flex w-full max-w-5xl flex-col overflow-hidden rounded-lg border border-zinc-300 bg-white text-sm text-zinc-900 shadow-xl dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100"
      >
        <header className="flex items-center gap-3 border-b border-zinc-200 px-4 py-2 dark:border-zinc-700">
          <h2 className="font-semibold">Replay against a server</h2>
          <span className="min-w-0 flex-1 truncate font-mono text-xs text-zinc-500" title={file}>
            {file}
          </span>
          <Button variant="ghost" onClick={onClose}>
            Close
          </Button>
        </header>
        <ReplayView recordedTarget={recordedTarget} />
      </div>
    </div>
  );
}
