import { canSend, type ConnectionSummary } from '../../../../shared/connectionTypes';
import { Button } from '../../ui/Button';
import { JsonView } from '../../ui/JsonView';
import { answersTo } from './composerAnswers';
import type { FocusRequest } from '../serverLists/useFocusedSelection';
import { HttpReplyView } from './HttpReplyView';
import { useComposerModel } from './useComposerModel';

export interface ComposerTabProps {
  connection: ConnectionSummary;
  onShowInLog: (seq: number) => void;
  /** Text to put in the composer ("Edit and send" from the Log); a new serial replaces the text again. */
  prefill?: FocusRequest;
}

const PRESETS: { label: string; text: (id: string) => string }[] = [
  { label: 'Valid request', text: (id) => JSON.stringify({ jsonrpc: '2.0', id, method: 'ping' }) },
  { label: 'Invalid JSON', text: (id) => `{"jsonrpc": "2.0", "id": "${id}", "method": "ping"` },
  { label: 'Wrong types', text: (id) => JSON.stringify({ jsonrpc: '2.0', id, method: 'tools/call', params: { name: 42, arguments: 'not an object' } }) },
  { label: 'Unknown method', text: (id) => JSON.stringify({ jsonrpc: '2.0', id, method: 'no/such-method' }) },
  { label: 'Batch', text: (id) => JSON.stringify([{ jsonrpc: '2.0', id: `${id}a`, method: 'ping' }, { jsonrpc: '2.0', id: `${id}b`, method: 'tools/list' }]) },
];

/** Sends any text to the server and shows what came back for it (answers never reach the SDK client). */
export function ComposerTab({ connection, onShowInLog, prefill }: ComposerTabProps) {
  const { log, text, setText, sends, error, sending, send } = useComposerModel(connection, prefill, () => PRESETS[0]!.text('raw-1'));

  return (
    <div className="flex h-full min-h-0 flex-col gap-2 overflow-auto p-3">
      <p className="text-xs text-zinc-600 dark:text-zinc-400">
        Written to the server exactly as typed: any JSON-RPC, invalid JSON, wrong types, batches (over HTTP: POSTed with the session&apos;s headers, and
        the HTTP status shown). Answers to it show here and in the Log, never in the inspector&apos;s own client.
      </p>
      <div className="flex flex-wrap gap-1">
        {PRESETS.map((preset) => (
          <Button key={preset.label} className="h-6 text-xs" onClick={() => setText(preset.text(`raw-${sends.length + 1}`))}>
            {preset.label}
          </Button>
        ))}
      </div>
      <textarea
        aria-label="Raw message"
        value={text}
        onChange={(event) => setText(event.target.value)}
        spellCheck={false}
        rows={6}
        className="w-full rounded border border-zinc-300 bg-white p-2 font-mono text-xs dark:border-zinc-600 dark:bg-zinc-900"
      />
      <div className="flex items-center gap-2">
        <Button variant="primary" disabled={sending || text.length === 0 || !canSend(connection)} onClick={() => void send()}>
          Send raw
        </Button>
        {error && (
          <p role="alert" className="text-xs text-red-700 dark:text-red-400">
            {error}
          </p>
        )}
      </div>
      <ol aria-label="Raw sends" className="flex flex-col gap-2">
        {sends.map((sent) => {
          const answers = answersTo(sent, log.entries, log.count);
          return (
            <li key={sent.key} aria-label="Raw send" className="rounded border border-zinc-200 p-2 dark:border-zinc-700">
              <pre className="mb-1 truncate font-mono text-[11px] text-zinc-500">{sent.text}</pre>
              {sent.http && <HttpReplyView reply={sent.http} />}
              {answers.length === 0 ? (
                <p className="text-xs text-zinc-500">No answer yet{sent.requestIds.length === 0 ? ' (the text holds no request with an id; a server may stay silent)' : ''}.</p>
              ) : (
                answers.map((answer) => (
                  <div key={answer.seq} aria-label="Answer" role="group" className="mt-1">
                    <Button variant="ghost" className="h-6 text-xs" onClick={() => onShowInLog(answer.seq)}>
                      Show #{answer.seq} in log
                    </Button>
                    <JsonView label="Answer JSON" value={answer.event.kind === 'message' ? answer.event.message : undefined} expandDepth={3} />
                  </div>
                ))
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
