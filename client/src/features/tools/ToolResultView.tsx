// A tools/call answer: content blocks by type, structuredContent as a tree, isError set apart, the
// duration; or the MCP error when the call itself failed.
import type { RequestOutcome } from '../../../../shared/inspectorProtocol';
import { Badge } from '../../ui/Badge';
import { JsonView } from '../../ui/JsonView';
import type { JsonSchema } from '../../ui/schemaForm';
import { ContentBlockView } from '../content/ContentBlockView';
import { ExchangeLink } from '../wire/ExchangeLink';
import { checkStructuredContent } from './outputSchemaCheck';
import { OutputSchemaVerdictView } from './OutputSchemaVerdictView';

export interface ToolResultViewProps {
  outcome: RequestOutcome;
  /** The tool's outputSchema, when it declares one: the structured content is checked against it. */
  outputSchema?: JsonSchema;
}

export function ToolResultView({ outcome, outputSchema }: ToolResultViewProps) {
  if (!outcome.ok) {
    return (
      <section aria-label="Tool result" className="flex flex-col gap-2">
        <div className="flex items-center gap-2">
          <Badge tone="danger">error {outcome.error.code}</Badge>
          <span className="text-xs text-zinc-500">{outcome.durationMs.toFixed(0)} ms</span>
          <ExchangeLink requestSeq={outcome.requestSeq} />
        </div>
        <p className="text-sm text-red-700 dark:text-red-400">{outcome.error.message}</p>
        {outcome.error.data !== undefined && <JsonView value={outcome.error.data} label="Error data" />}
      </section>
    );
  }
  const result = (typeof outcome.result === 'object' && outcome.result !== null ? outcome.result : {}) as Record<string, unknown>;
  const content = Array.isArray(result.content) ? result.content : [];
  const isError = result.isError === true;
  return (
    <section aria-label="Tool result" className="flex flex-col gap-2">
      <div className="flex items-center gap-2">
        {isError ? <Badge tone="danger">isError: the tool reported a failure</Badge> : <Badge tone="success">ok</Badge>}
        <span className="text-xs text-zinc-500">{outcome.durationMs.toFixed(0)} ms</span>
          <ExchangeLink requestSeq={outcome.requestSeq} />
      </div>
      {content.length === 0 && <p className="text-xs text-zinc-500">No content blocks.</p>}
      {content.map((block, index) => (
        <ContentBlockView key={index} block={block} index={index} />
      ))}
      <OutputSchemaVerdictView check={checkStructuredContent(outputSchema, result)} />
      {result.structuredContent !== undefined && (
        <div>
          <h4 className="mb-1 text-xs font-semibold text-zinc-500 uppercase">structuredContent</h4>
          <JsonView value={result.structuredContent} label="Structured content" />
        </div>
      )}
      {result._meta !== undefined && (
        <div>
          <h4 className="mb-1 text-xs font-semibold text-zinc-500">_meta</h4>
          <JsonView value={result._meta} label="Result _meta" expandDepth={1} />
        </div>
      )}
    </section>
  );
}
