// One server request waiting for the person: what it is, how long is left, and how to answer it.
import { useEffect, useRef } from 'react';
import type { PendingServerRequest } from '../../../../shared/serverRequests';
import { Badge } from '../../ui/Badge';
import { ElicitationFormView } from './ElicitationFormView';
import { ElicitationUrlView } from './ElicitationUrlView';
import { elicitationMode, requestTitle } from './inboxFacts';
import { SamplingReplyComposer } from './SamplingReplyComposer';
import { SamplingRequestView } from './SamplingRequestView';
import { useCountdown } from './useCountdown';

export interface PendingRequestCardProps {
  request: PendingServerRequest;
  /** Move the focus into the card's first field when it appears (the only request waiting). */
  takeFocus?: boolean;
}

/** Where the person starts answering: the first field, or (URL mode, which has none) the first answer button. */
function firstAnswerControl(card: HTMLElement): HTMLElement | null {
  return card.querySelector<HTMLElement>('textarea, input, select') ?? card.querySelector<HTMLElement>('[role="group"][aria-label="Answer"] button');
}

export function PendingRequestCard({ request, takeFocus = false }: PendingRequestCardProps) {
  const secondsLeft = useCountdown(request.expiresAt);
  const title = requestTitle(request.method, request.params);
  const cardRef = useRef<HTMLElement>(null);
  useEffect(() => {
    const card = cardRef.current;
    if (takeFocus && card) firstAnswerControl(card)?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- run once, when the card mounts
  }, []);
  return (
    <article ref={cardRef} aria-label={title} className="flex flex-col gap-2 rounded border border-amber-300 bg-amber-50/40 p-3 dark:border-amber-800 dark:bg-amber-950/20">
      <header className="flex flex-wrap items-center gap-2">
        <h3 className="font-semibold">{title}</h3>
        <code className="text-xs text-zinc-500">{request.method}</code>
        {request.taskId !== undefined && (
          <Badge tone="accent" title={`The server asked for this as a task (${request.taskId}); it polls the task until you answer`}>
            as a task
          </Badge>
        )}
        <span className="ml-auto" aria-label="Time left">
          <Badge tone={secondsLeft < 15 ? 'danger' : 'warning'} title="The proxy answers with an error when this runs out">
            {secondsLeft} s left
          </Badge>
        </span>
      </header>
      {request.inputRequestKey !== undefined && (
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          <Badge tone="accent">MRTR</Badge> Asked inside an input_required result (key{' '}
          <code aria-label="Input request key">{request.inputRequestKey}</code>); your answer goes back in the retried request&apos;s inputResponses.
        </p>
      )}
      {request.method === 'sampling/createMessage' ? (
        <>
          <SamplingRequestView params={request.params} />
          <SamplingReplyComposer connectionId={request.connectionId} requestId={request.id} />
        </>
      ) : elicitationMode(request.params) === 'url' ? (
        <ElicitationUrlView connectionId={request.connectionId} requestId={request.id} params={request.params} />
      ) : (
        <ElicitationFormView connectionId={request.connectionId} requestId={request.id} params={request.params} />
      )}
    </article>
  );
}
