// URL-mode elicitation (2025-11-25): the URL is shown, and offered as a link only when it is http(s).
// Accepting tells the server the person will go there; the server later sends
// `notifications/elicitation/complete` with the same elicitationId.
import { openableUrl } from './inboxFacts';
import { ElicitationAnswerBar } from './ElicitationAnswerBar';
import { TrustLine } from './TrustLine';
import { useRespond } from './useRespond';

export interface ElicitationUrlViewProps {
  connectionId: string;
  requestId: string;
  params: Record<string, unknown>;
}

export function ElicitationUrlView({ connectionId, requestId, params }: ElicitationUrlViewProps) {
  const respond = useRespond(connectionId, requestId);
  const href = openableUrl(params.url);
  return (
    <>
    <div className="flex flex-col gap-2">
      {typeof params.message === 'string' && <p className="whitespace-pre-wrap">{params.message}</p>}
      <TrustLine>Only open links and enter information you trust this server with.</TrustLine>
      <div aria-label="Elicitation URL" className="rounded bg-zinc-100 p-2 font-mono text-xs break-all dark:bg-zinc-800">
        {String(params.url)}
      </div>
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer" className="self-start text-sky-700 underline dark:text-sky-400">
          Open the link in a new tab
        </a>
      ) : (
        <p role="alert" className="text-xs text-red-700 dark:text-red-400">
          Not an http(s) URL: it will not be opened.
        </p>
      )}
      {typeof params.elicitationId === 'string' && <p className="text-xs text-zinc-500">Elicitation id: <code>{params.elicitationId}</code></p>}
    </div>
    <ElicitationAnswerBar respond={respond} onAccept={() => respond.mutate({ result: { action: 'accept' } })} />
    </>
  );
}
