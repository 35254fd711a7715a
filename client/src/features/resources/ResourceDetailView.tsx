// One resource: what the list says about it, and its contents as read, with every MIME type shown
// the way it reads best (text, markdown, JSON tree, image, audio, download); its subscription when offered.
import { answersRequests, type ConnectionSummary } from '../../../../shared/connectionTypes';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { JsonView } from '../../ui/JsonView';
import { Markdown } from '../../ui/Markdown';
import { DriftDetailView } from '../serverLists/DriftDetailView';
import type { DriftMark } from '../serverLists/listDrift';
import { ContentBlockView } from '../content/ContentBlockView';
import type { ResourceFacts } from './resourceFacts';
import { ResourceWatchBar } from './ResourceWatchBar';
import { useResourceRead } from './useResourceRead';
import { useResourceWatch } from './useResourceWatch';
import { ExchangeLink } from '../wire/ExchangeLink';
import { ResourceAppView } from '../apps/lazyAppViews';
import { descriptionBesidesTitle } from '../serverLists/descriptionBesidesTitle';

export interface ResourceDetailViewProps {
  connection: ConnectionSummary;
  resource: ResourceFacts;
  /** How it differs from its listing as first listed in this session, if it does. */
  mark?: DriftMark | undefined;
  /** Where the URI came from when it is not a listed resource (a template, a resource link). */
  origin?: string;
}

export function ResourceDetailView({ connection, resource, origin, mark }: ResourceDetailViewProps) {
  const read = useResourceRead(connection, resource.uri);
  const watch = useResourceWatch(connection.id);
  const update = watch.updated.get(resource.uri);
  const outcome = read.data;
  const contents = outcome?.ok && typeof outcome.result === 'object' && outcome.result !== null ? (outcome.result as { contents?: unknown }).contents : undefined;

  const description = descriptionBesidesTitle(resource.title, resource.description);
  return (
    <section aria-label={`Resource ${resource.uri}`} className="flex flex-col gap-3 p-3">
      <header className="flex flex-wrap items-center gap-2">
        <h3 className="text-sm font-semibold">{resource.title ?? resource.name}</h3>
        <span className="font-mono text-xs break-all text-zinc-500">{resource.uri}</span>
        {resource.mimeType && <Badge>{resource.mimeType}</Badge>}
        {origin && <Badge tone="info">{origin}</Badge>}
        <Button variant={update ? 'primary' : 'secondary'} onClick={() => void read.refetch()} disabled={read.isFetching || !answersRequests(connection.state)}>
          {read.isFetching ? 'Reading…' : 'Read again'}
        </Button>
      </header>
      <DriftDetailView mark={mark} noun="resource" />
      <ResourceWatchBar connection={connection} uri={resource.uri} subscribed={watch.subscribed.has(resource.uri)} update={update} />
      {description && <Markdown text={description} />}
      {read.error && <p role="alert" className="text-xs text-red-700 dark:text-red-400">{read.error.message}</p>}
      {outcome && !outcome.ok && (
        <div role="alert" className="text-sm text-red-700 dark:text-red-400">
          resources/read failed: {outcome.error.message} (code {outcome.error.code}) <ExchangeLink requestSeq={outcome.requestSeq} />
          {outcome.error.data !== undefined && <JsonView value={outcome.error.data} label="Error data" />}
        </div>
      )}
      {outcome?.ok && (
        <section aria-label="Resource contents" className="flex flex-col gap-2">
          <div className="flex items-center gap-2">
            <span className="text-xs text-zinc-500">{outcome.durationMs.toFixed(0)} ms</span>
            <ExchangeLink requestSeq={outcome.requestSeq} />
          </div>
          {Array.isArray(contents) ? (
            contents.map((item, index) => <ContentBlockView key={index} index={index} block={{ type: 'resource', resource: item }} />)
          ) : (
            <p role="alert" className="text-xs text-amber-700 dark:text-amber-400">The result has no contents array; shown as sent.</p>
          )}
          {!Array.isArray(contents) && <JsonView value={outcome.result} label="Result as sent" />}
          <ResourceAppView connection={connection} uri={resource.uri} result={outcome.result} />
        </section>
      )}
    </section>
  );
}
