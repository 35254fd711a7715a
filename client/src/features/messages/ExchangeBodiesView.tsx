// The selected message in full; for a request or its answer, both side by side with the latency, so
// selecting either shows the whole exchange.
import type { LogEntry } from '../../api/logEntry';
import { LARGE_MESSAGE_BYTES, MessageBodyView } from './MessageBodyView';
import { formatLatency, formatSize } from './logRowText';

export interface ExchangeBodiesViewProps {
  entry: LogEntry;
  /** The request or answer paired with `entry`. */
  pair: LogEntry | undefined;
  onJump: (seq: number) => void;
}

interface SideProps {
  title: string;
  facts: string;
  entry: LogEntry;
  selected: boolean;
  onJump: (seq: number) => void;
}

function ExchangeSide({ title, facts, entry, selected, onJump }: SideProps) {
  const kind = entry.kind === 'request' ? 'request' : 'response';
  return (
    <div role="group" aria-label={title} aria-current={selected} className={`min-w-0 rounded border ${selected ? 'border-sky-300 dark:border-sky-800' : 'border-zinc-200 dark:border-zinc-700'}`}>
      <div className={`flex items-center gap-2 border-b px-2 py-0.5 text-xs ${selected ? 'border-sky-200 bg-sky-50 dark:border-sky-900 dark:bg-sky-950/60' : 'border-zinc-200 bg-zinc-50 dark:border-zinc-700 dark:bg-zinc-900'}`}>
        {selected ? (
          <span className="font-semibold">{title}</span>
        ) : (
          <button type="button" className="font-semibold text-sky-700 underline-offset-2 hover:underline dark:text-sky-300" title={`Select #${entry.seq}`} onClick={() => onJump(entry.seq)}>
            {title}
          </button>
        )}
        <span className="text-zinc-500 dark:text-zinc-400">{facts}</span>
      </div>
      <div className="min-w-0 p-1">
        {!selected && (entry.size ?? 0) > LARGE_MESSAGE_BYTES ? (
          // One editor at a time: a big paired message opens when selected.
          <p className="p-1 text-xs text-zinc-500 dark:text-zinc-400">Large message ({formatSize(entry.size)}): select it to open it read-only.</p>
        ) : (
          <MessageBodyView entry={entry} label={selected ? 'Message JSON' : `Paired ${kind} JSON`} />
        )}
      </div>
    </div>
  );
}

export function ExchangeBodiesView({ entry, pair, onJump }: ExchangeBodiesViewProps) {
  const request = entry.kind === 'request' ? entry : pair?.kind === 'request' ? pair : undefined;
  if (!request) return <MessageBodyView entry={entry} />;
  const answer = request === entry ? pair : entry;
  const direction = request.direction === 'incoming' ? 'server → client' : 'client → server';
  // A big message gets the whole pane for its editor; its pair is one click away ("Go to …" above).
  if ((entry.size ?? 0) > LARGE_MESSAGE_BYTES) return <MessageBodyView entry={entry} />;
  return (
    <div className="grid grid-cols-2 gap-2">
      <ExchangeSide title={`Request #${request.seq}`} facts={direction} entry={request} selected={request === entry} onJump={onJump} />
      {answer ? (
        <ExchangeSide
          title={`${answer.kind === 'error' ? 'Error' : 'Response'} #${answer.seq}`}
          facts={answer.latencyMs === undefined ? '' : `after ${formatLatency(answer.latencyMs)}`}
          entry={answer}
          selected={answer === entry}
          onJump={onJump}
        />
      ) : (
        <p className="rounded border border-dashed border-zinc-300 p-2 text-xs text-zinc-500 dark:border-zinc-700 dark:text-zinc-400">
          {unansweredText(request)}
        </p>
      )}
    </div>
  );
}

/** What stands in for a request's answer that is not here: not sent yet, or only not loaded in the page. */
function unansweredText(request: LogEntry): string {
  if (request.pairSeq !== undefined) return `Answer #${request.pairSeq} is not loaded: the page holds the latest events, and reads older rows back as they scroll into view.`;
  if (request.answerNotRead) return 'No answer among the older rows read with this request; a later one may hold it.';
  if (request.cancelSeq !== undefined) return `Cancelled by #${request.cancelSeq}; no answer.`;
  return request.endedSeq === undefined ? 'No answer yet.' : `No answer: the connection ended (#${request.endedSeq}) before the server answered.`;
}
