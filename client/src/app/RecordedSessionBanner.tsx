import { useState } from 'react';
import type { RecordedSessionInfo } from '../../../shared/inspectorProtocol';
import { useConnections } from '../api/useConnections';
import { ReplayDialog } from '../features/replay/ReplayDialog';
import { Button } from '../ui/Button';

/**
 * Says, on every screen, that what is shown is a recording: read-only, from a file, from when. Offers
 * to replay it against a server (the Replay view).
 */
export function RecordedSessionBanner({ session }: { session: RecordedSessionInfo | undefined }) {
  const [replaying, setReplaying] = useState(false);
  const { list } = useConnections();
  if (!session) return null;
  const recordedAt = new Date(session.createdAt).toLocaleString();
  const damaged = session.damagedLines;
  return (
    <div
      role="note"
      aria-label="Recorded session"
      className="border-b border-sky-300 bg-sky-50 px-3 py-1 text-xs text-sky-900 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-200"
    >
      <strong>Recorded session, read-only.</strong> Recorded {recordedAt} by mcp-inspect {session.inspectorVersion}:{' '}
      <span className="font-mono">{session.file}</span>. Lists and reads are answered from the recording; nothing is sent to a server unless you replay the session.
      {damaged > 0 && (
        <span title={session.problems.map((problem) => problem.message).join('\n')}>
          {' '}
          {damaged} damaged line{damaged === 1 ? ' was' : 's were'} skipped.
        </span>
      )}{' '}
      <Button variant="secondary" className="ml-2 h-6 text-xs" onClick={() => setReplaying(true)}>
        Replay against server…
      </Button>
      {replaying && (
        <ReplayDialog file={session.file} recordedTarget={list.find((connection) => connection.state === 'recorded')?.target} onClose={() => setReplaying(false)} />
      )}
    </div>
  );
}
