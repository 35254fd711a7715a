// A prompts/get answer: its description, then each message tagged with its role and its content
// rendered by type; or the MCP error when the request failed.
import type { RequestOutcome } from '../../../../shared/inspectorProtocol';
import { Badge } from '../../ui/Badge';
import { JsonView } from '../../ui/JsonView';
import { Markdown } from '../../ui/Markdown';
import { ContentBlockView } from '../content/ContentBlockView';
import { ExchangeLink } from '../wire/ExchangeLink';

export interface PromptResultViewProps {
  outcome: RequestOutcome;
}

function readMessages(result: Record<string, unknown>): { role: string; content: unknown[] }[] | undefined {
  if (!Array.isArray(result.messages)) return undefined;
  return result.messages.map((message: unknown) => {
    const record = typeof message === 'object' && message !== null ? (message as Record<string, unknown>) : {};
    const role = typeof record.role === 'string' ? record.role : '(no role)';
    // One content block per message by the spec; a list is shown whole rather than refused.
    const content = Array.isArray(record.content) ? record.content : [record.content];
    return { role, content };
  });
}

export function PromptResultView({ outcome }: PromptResultViewProps) {
  if (!outcome.ok) {
    return (
      <section aria-label="Prompt result" className="flex flex-col gap-2">
        <div className="flex items-center gap-2">
          <Badge tone="danger">error {outcome.error.code}</Badge>
          <span className="text-xs text-zinc-500">{outcome.durationMs.toFixed(0)} ms</span>
          <ExchangeLink requestSeq={outcome.requestSeq} />
        </div>
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {outcome.error.message}
        </p>
        {outcome.error.data !== undefined && <JsonView value={outcome.error.data} label="Error data" />}
      </section>
    );
  }
  const result = (typeof outcome.result === 'object' && outcome.result !== null ? outcome.result : {}) as Record<string, unknown>;
  const messages = readMessages(result);
  return (
    <section aria-label="Prompt result" className="flex flex-col gap-2">
      <div className="flex items-center gap-2">
        <Badge tone="success">ok</Badge>
        <span className="text-xs text-zinc-500">
          {messages?.length ?? 0} message{messages?.length === 1 ? '' : 's'} · {outcome.durationMs.toFixed(0)} ms
        </span>
        <ExchangeLink requestSeq={outcome.requestSeq} />
      </div>
      {typeof result.description === 'string' && <Markdown text={result.description} />}
      {messages === undefined && (
        <>
          <p role="alert" className="text-xs text-amber-700 dark:text-amber-400">The result has no messages array; shown as sent.</p>
          <JsonView value={outcome.result} label="Result as sent" />
        </>
      )}
      <ol aria-label="Prompt messages" className="flex flex-col gap-2">
        {messages?.map((message, index) => (
          <li key={index} aria-label={`Message ${index + 1}: ${message.role}`} className="flex flex-col gap-1">
            <span className="self-start">
              <Badge tone={message.role === 'assistant' ? 'accent' : message.role === 'user' ? 'info' : 'warning'}>{message.role}</Badge>
            </span>
            {message.content.map((block, blockIndex) => (
              <ContentBlockView key={blockIndex} block={block} index={blockIndex} />
            ))}
          </li>
        ))}
      </ol>
      {result._meta !== undefined && <JsonView value={result._meta} label="Result _meta" expandDepth={0} />}
    </section>
  );
}
