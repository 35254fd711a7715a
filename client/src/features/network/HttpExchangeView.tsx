import type { HttpExchange } from '../../../../shared/oauthSteps';
import { KeyValueList } from '../../ui/KeyValueList';

export interface HttpExchangeViewProps {
  exchange: HttpExchange;
}

/** One HTTP exchange in full: request line, headers both ways and non-MCP bodies (credentials already masked by the proxy). */
export function HttpExchangeView({ exchange }: HttpExchangeViewProps) {
  return (
    <div className="space-y-3 text-xs">
      <p className="font-mono break-all">
        <span className="font-semibold">{exchange.method}</span> {exchange.url} → <span className="font-semibold">{exchange.status}</span> in{' '}
        {Math.round(exchange.durationMs)} ms
      </p>
      <HeaderSection title="Request headers" headers={exchange.requestHeaders} />
      {exchange.requestBody !== undefined && <BodySection title="Request body" body={exchange.requestBody} />}
      <HeaderSection title="Response headers" headers={exchange.responseHeaders} />
      {exchange.responseBody !== undefined && <BodySection title="Response body" body={exchange.responseBody} />}
    </div>
  );
}

function HeaderSection({ title, headers }: { title: string; headers: Record<string, string> | undefined }) {
  const items = Object.entries(headers ?? {}).map(([name, value]) => ({ key: name, label: name, value: <span className="font-mono">{value}</span> }));
  return (
    <section aria-label={title}>
      <h3 className="mb-1 font-semibold text-zinc-600 dark:text-zinc-300">{title}</h3>
      {items.length === 0 ? <p className="text-zinc-500">none recorded</p> : <KeyValueList items={items} label={title} />}
    </section>
  );
}

function BodySection({ title, body }: { title: string; body: string }) {
  return (
    <section aria-label={title}>
      <h3 className="mb-1 font-semibold text-zinc-600 dark:text-zinc-300">{title}</h3>
      <pre className="max-h-80 overflow-auto rounded bg-zinc-50 p-2 font-mono break-all whitespace-pre-wrap dark:bg-zinc-900">{body}</pre>
    </section>
  );
}
