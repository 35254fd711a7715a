// The listed resources, each marked when the server said it changed since it was last read.
import { useCallback } from 'react';
import { Badge } from '../../ui/Badge';
import { SelectableList } from '../../ui/SelectableList';
import type { ResourceFacts } from './resourceFacts';
import type { ResourceWatch } from './resourceWatch';

export interface ResourceListViewProps {
  resources: readonly ResourceFacts[];
  selectedUri: string | undefined;
  onSelect: (uri: string) => void;
  watch: ResourceWatch;
}

const resourceUri = (resource: ResourceFacts) => resource.uri;

export function ResourceListView({ resources, selectedUri, onSelect, watch }: ResourceListViewProps) {
  // New with each watch change only, so the rows re-render when a mark comes or goes, not on every render.
  const resourceRow = useCallback(
    (resource: ResourceFacts) => (
      <>
        <span className="flex items-center gap-1 text-[13px]">
          {resource.title ?? resource.name}
          {watch.subscribed.has(resource.uri) && <Badge tone="info">subscribed</Badge>}
          {watch.updated.has(resource.uri) && <Badge tone="warning">updated</Badge>}
        </span>
        <span className="max-w-full truncate font-mono text-xs text-zinc-500">{resource.uri}</span>
      </>
    ),
    [watch],
  );
  return <SelectableList label="Resources" items={resources} keyOf={resourceUri} selectedKey={selectedUri} onSelect={onSelect} renderRow={resourceRow} />;
}
