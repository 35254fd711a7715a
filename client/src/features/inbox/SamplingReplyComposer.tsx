// The person's answer to a sampling request: a reply (role, text, model, stop reason) or a rejection.
// The fields stay in the card's body; "Send reply" and "Reject" sit in its sticky footer.
import { useState } from 'react';
import { Button } from '../../ui/Button';
import { AnswerFooter } from './AnswerFooter';
import { RejectionForm } from './RejectionForm';
import { useRespond } from './useRespond';

const STOP_REASONS = ['endTurn', 'stopSequence', 'maxTokens', 'toolUse'] as const;

export interface SamplingReplyComposerProps {
  connectionId: string;
  requestId: string;
}

export function SamplingReplyComposer({ connectionId, requestId }: SamplingReplyComposerProps) {
  const respond = useRespond(connectionId, requestId);
  const [role, setRole] = useState<'assistant' | 'user'>('assistant');
  const [text, setText] = useState('');
  const [model, setModel] = useState('mcp-inspect-human');
  const [stopReason, setStopReason] = useState<string>('endTurn');
  const send = () => respond.mutate({ result: { role, content: { type: 'text', text }, model, stopReason } });
  const inputClass = 'h-7 rounded border border-zinc-300 bg-white px-1.5 text-xs dark:border-zinc-600 dark:bg-zinc-800';

  return (
    <>
      <div className="flex flex-col gap-2 border-t border-zinc-200 pt-2 dark:border-zinc-700">
        <h4 className="text-xs font-semibold text-zinc-500 uppercase">Reply</h4>
        <label className="flex flex-col gap-0.5 text-xs font-medium">
          Reply text
          <textarea
            value={text}
            onChange={(event) => setText(event.target.value)}
            rows={3}
            className="rounded border border-zinc-300 bg-white p-2 font-mono text-xs font-normal dark:border-zinc-600 dark:bg-zinc-900"
          />
        </label>
        <div className="flex flex-wrap items-end gap-2 text-xs">
          <label className="flex flex-col gap-0.5 font-medium">
            Role
            <select value={role} onChange={(event) => setRole(event.target.value as 'assistant' | 'user')} className={inputClass}>
              <option value="assistant">assistant</option>
              <option value="user">user</option>
            </select>
          </label>
          <label className="flex flex-col gap-0.5 font-medium">
            Model
            <input value={model} onChange={(event) => setModel(event.target.value)} className={`${inputClass} font-mono`} />
          </label>
          <label className="flex flex-col gap-0.5 font-medium">
            Stop reason
            <select value={stopReason} onChange={(event) => setStopReason(event.target.value)} className={inputClass}>
              {STOP_REASONS.map((reason) => (
                <option key={reason} value={reason}>
                  {reason}
                </option>
              ))}
            </select>
          </label>
        </div>
      </div>
      <AnswerFooter label="Answer" error={respond.error}>
        <div className="flex flex-wrap items-end gap-x-4 gap-y-2">
          <Button variant="primary" onClick={send} disabled={respond.isPending}>
            Send reply
          </Button>
          <RejectionForm connectionId={connectionId} requestId={requestId} />
        </div>
      </AnswerFooter>
    </>
  );
}
