// The listed resources, each marked when the server said it changed since it was last read.
import { Badge } from '../../ui/Badge';
import type { ResourceFacts } from './resourceFacts';
import type { ResourceWatch } from './resourceWatch';

export interface ResourceListViewProps {
  resources: readonly ResourceFacts[];
  selectedUri: string | undefined;
  onSelect: (uri: string) => void;
  watch: ResourceWatch;
}

export function ResourceListView({ resources, selectedUri, onSelect, watch }: ResourceListViewProps) {
  return (
    <ul aria-label="Resources" >
      {resources.map((resource) => (
        <li key={resource.uri}>
          <button
            type="button"
            aria-current={resource.uri === selectedUri ? 'true' : undefined}
            onClick={() => onSelect(resource.uri)}
            className="flex w-full flex-col items-start px-3 py-1.5 text-left hover:bg-zinc-100 aria-[current=true]:bg-sky-50 dark:hover:bg-zinc-800 dark:aria-[current=true]:bg-sky-950"
          >
            <span className="flex items-center gap-1 text-[13px]">
              {resource.title ?? resource.name}
              {watch.subscribed.has(resource.uri) && <Badge tone="info">subscribed</Badge>}
              {watch.updated.has(resource.uri) && <Badge tone="warning">updated</Badge>}
            </span>
            <span className="max-w-full truncate font-mono text-xs text-zinc-500">{resource.uri}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
