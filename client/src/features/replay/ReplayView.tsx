import type { ConnectionTarget } from '../../../../shared/connectionTypes';
import { REPLAY_VERDICT_LABELS, type ReplayReport, type ReplayVerdict } from '../../../../shared/replay';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { ConfirmRunView } from './ConfirmRunView';
import { TextField } from '../../ui/TextField';
import { ReplayRequestRow } from './ReplayRequestRow';
import { useReplayModel } from './useReplayModel';

const VERDICT_ORDER: readonly ReplayVerdict[] = ['same', 'changed', 'failed', 'missing', 'newError'];

function ReportSummary({ report }: { report: ReplayReport }) {
  if (report.outcome === 'connect-failed') {
    return (
      <EmptyState title="Could not connect to the server" tone="danger">
        {report.error}
        {report.stderrTail && report.stderrTail.length > 0 && <pre className="mt-2 text-left text-xs whitespace-pre-wrap">{report.stderrTail.join('\n')}</pre>}
      </EmptyState>
    );
  }
  const counts = VERDICT_ORDER.filter((verdict) => report.counts[verdict] > 0).map((verdict) => `${report.counts[verdict]} ${REPLAY_VERDICT_LABELS[verdict]}`);
  const server = report.server?.name === undefined ? '' : ` against ${report.server.name}${report.server.version ? ` ${report.server.version}` : ''}`;
  const { answered, refused } = report.serverRequests;
  return (
    <div className="border-b border-zinc-200 px-4 py-2 dark:border-zinc-700">
      <p role="status" className={report.exitCode === 0 ? 'text-emerald-800 dark:text-emerald-300' : 'text-amber-800 dark:text-amber-300'}>
        <strong>{counts.join(', ') || 'Nothing replayed'}</strong>
        {`: ${report.requests.length} request${report.requests.length === 1 ? '' : 's'} of ${report.connectionId} replayed${server}.`}
      </p>
      <p className="text-xs text-zinc-500 dark:text-zinc-400">
        {answered + refused > 0 && `Server requests: ${answered} answered from the recording, ${refused} refused. `}
        {report.recordedTo && (
          <>
            The replay was recorded to <span className="font-mono">{report.recordedTo}</span>.
          </>
        )}
      </p>
    </div>
  );
}

export interface ReplayViewProps {
  /** The server the shown session recorded (prefills the target). */
  recordedTarget: ConnectionTarget | undefined;
}

/** Replays the shown session against a server and lists each request with its verdict and diff. Read-only. */
export function ReplayView({ recordedTarget }: ReplayViewProps) {
  const model = useReplayModel(recordedTarget);
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <form
        className="flex flex-wrap items-end gap-3 border-b border-zinc-200 px-4 py-3 dark:border-zinc-700"
        onSubmit={(event) => {
          event.preventDefault();
          model.replay();
        }}
      >
        <div className="min-w-80 flex-1">
          <TextField
            label="Server to replay against"
            value={model.targetText}
            onChange={model.setTargetText}
            hint={model.isRecordedTarget ? 'The recorded server. Edit it to replay against another build, command or URL.' : 'A command line or an http(s) URL.'}
          />
        </div>
        <div className="w-72">
          <TextField label="Ignore paths" value={model.ignoreText} onChange={model.setIgnoreText} placeholder="result.content[*].text **.seed" />
        </div>
        <Button type="submit" variant="primary" disabled={model.running || model.pendingTarget !== undefined}>
          Replay
        </Button>
      </form>
      {model.pendingTarget && <ConfirmRunView target={model.pendingTarget} onConfirm={model.confirm} onCancel={model.cancel} />}
      {model.error && (
        <p role="alert" className="border-b border-red-200 bg-red-50 px-4 py-2 text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-300">
          {model.error}
        </p>
      )}
      <div className="min-h-0 flex-1 overflow-auto">
        {model.running && <EmptyState title="Replaying the recorded requests…" />}
        {!model.running && !model.report && !model.error && (
          <EmptyState title="Replay the recorded requests">
            Each request the recorded client sent is sent again, in order, and its answer compared with the recorded one. Timestamps, ids and durations do not count.
          </EmptyState>
        )}
        {model.report && (
          <>
            <ReportSummary report={model.report} />
            <ul aria-label="Replayed requests">
              {model.report.requests.map((request) => (
                <ReplayRequestRow key={request.index} request={request} />
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}
