import { previewValue, REPLAY_VERDICT_LABELS, type ReplayedRequest, type ReplayVerdict } from '../../../../shared/replay';
import { Badge, type BadgeTone } from '../../ui/Badge';
import { Disclosure } from '../../ui/Disclosure';

const TONES: Record<ReplayVerdict, BadgeTone> = { same: 'success', changed: 'warning', failed: 'danger', missing: 'danger', newError: 'danger' };
const KIND_WORDS = { added: 'added', removed: 'removed', changed: 'changed' } as const;

function DifferencesTable({ request }: { request: ReplayedRequest }) {
  return (
    <table aria-label="Differences" className="w-full table-fixed text-left font-mono text-xs">
      <thead className="text-zinc-500">
        <tr>
          <th className="w-1/3 py-0.5 font-medium">Path</th>
          <th className="w-20 font-medium">Change</th>
          <th className="font-medium">Recorded</th>
          <th className="font-medium">Now</th>
        </tr>
      </thead>
      <tbody>
        {request.differences.map((difference) => (
          <tr key={difference.path} className="align-top">
            <td className="py-0.5 break-all">{difference.path}</td>
            <td>{KIND_WORDS[difference.kind]}</td>
            <td className="break-all text-red-800 dark:text-red-300">{difference.kind === 'added' ? '' : previewValue(difference.before, 200)}</td>
            <td className="break-all text-emerald-800 dark:text-emerald-300">{difference.kind === 'removed' ? '' : previewValue(difference.after, 200)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One replayed request: its verdict, why, and (expandable) the differences and what was ignored. */
export function ReplayRequestRow({ request }: { request: ReplayedRequest }) {
  const what = request.subject === undefined ? request.method : `${request.method} ${request.subject}`;
  const hasDetail = request.differences.length > 0 || request.ignored.length > 0;
  const reason = request.verdict === 'same' ? undefined : <span className="min-w-0 break-words text-zinc-600 dark:text-zinc-400">{request.reason}</span>;
  return (
    <li className="flex items-start gap-3 border-b border-zinc-100 px-4 py-2 dark:border-zinc-800">
      <div className="w-20 shrink-0 pt-0.5">
        <Badge tone={TONES[request.verdict]}>{REPLAY_VERDICT_LABELS[request.verdict]}</Badge>
      </div>
      <div className="min-w-0 flex-1">
        {hasDetail ? (
          <Disclosure summary={what} defaultOpen={request.verdict !== 'same'} extra={reason}>
            {request.differences.length > 0 && <DifferencesTable request={request} />}
            {request.ignored.length > 0 && (
              <p className="mt-1 text-xs text-zinc-500 dark:text-zinc-400">
                Ignored as volatile: {request.ignored.map((ignored) => `${ignored.path} (${ignored.rule})`).join(', ')}
              </p>
            )}
          </Disclosure>
        ) : (
          <div className="flex items-center gap-2">
            <span className="px-1 font-medium">{what}</span>
            {reason}
          </div>
        )}
      </div>
      <span className="shrink-0 text-xs text-zinc-500 tabular-nums">{Math.round(request.durationMs)} ms</span>
    </li>
  );
}
