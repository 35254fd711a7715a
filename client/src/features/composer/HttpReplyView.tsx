import type { RawHttpReply } from '../../../../shared/inspectorProtocol';

/** How the server answered a raw POST: status, content type, and a body that held no message. */
export function HttpReplyView({ reply }: { reply: RawHttpReply }) {
  const failed = reply.status >= 400;
  return (
    <div role="group" aria-label="HTTP answer" className="mb-1 text-xs">
      <span className={`font-mono font-semibold ${failed ? 'text-red-700 dark:text-red-400' : 'text-emerald-700 dark:text-emerald-400'}`}>
        HTTP {reply.status} {reply.statusText}
      </span>
      {reply.contentType && <span className="ml-2 text-zinc-500">{reply.contentType}</span>}
      {reply.body !== undefined && <pre className="mt-1 font-mono text-[11px] whitespace-pre-wrap text-zinc-600 dark:text-zinc-400">{reply.body}</pre>}
    </div>
  );
}
