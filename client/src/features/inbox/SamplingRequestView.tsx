// A sampling request in full: every message with its content blocks, and every parameter the server
// set (system prompt, model preferences, token limit, tools, include-context, …).
import { JsonView } from '../../ui/JsonView';
import { KeyValueList } from '../../ui/KeyValueList';
import { ContentBlockView } from '../content/ContentBlockView';
import { samplingMessages } from './inboxFacts';

/** Shown as messages or as their own sections; every other param is listed as it came. */
const SHOWN_APART = new Set(['messages', 'systemPrompt', 'modelPreferences', 'tools', 'toolChoice']);

const SECTIONS = [
  ['modelPreferences', 'Model preferences'],
  ['tools', 'Tools offered'],
  ['toolChoice', 'Tool choice'],
] as const;

export function SamplingRequestView({ params }: { params: Record<string, unknown> }) {
  const messages = samplingMessages(params);
  const others = Object.entries(params).filter(([name]) => !SHOWN_APART.has(name));
  return (
    <div className="flex flex-col gap-2">
      {typeof params.systemPrompt === 'string' && (
        <section aria-label="System prompt">
          <h4 className="text-xs font-semibold text-zinc-500 uppercase">System prompt</h4>
          <pre className="font-mono text-xs whitespace-pre-wrap">{params.systemPrompt}</pre>
        </section>
      )}
      <section aria-label="Messages" className="flex flex-col gap-1.5">
        <h4 className="text-xs font-semibold text-zinc-500 uppercase">Messages ({messages.length})</h4>
        {messages.map((message, index) => (
          <div key={index} className="rounded border border-zinc-200 p-2 dark:border-zinc-700">
            <div className="mb-1 text-xs font-medium text-zinc-600 dark:text-zinc-300">{message.role}</div>
            {message.blocks.map((block, blockIndex) => (
              <ContentBlockView key={blockIndex} block={block} index={blockIndex} />
            ))}
          </div>
        ))}
      </section>
      {others.length > 0 && (
        <KeyValueList
          label="Parameters"
          items={others.map(([name, value]) => ({ key: name, label: name, value: typeof value === 'string' ? value : JSON.stringify(value) }))}
        />
      )}
      {SECTIONS.filter(([name]) => params[name] !== undefined).map(([name, title]) => (
        <section key={name} aria-label={title}>
          <h4 className="text-xs font-semibold text-zinc-500 uppercase">{title}</h4>
          <JsonView value={params[name]} label={title} />
        </section>
      ))}
    </div>
  );
}
