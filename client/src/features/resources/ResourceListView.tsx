// The listed resources, each marked when the server said it changed since it was last read, and when
// its listing changed since first listed.
import { useCallback } from 'react';
import { Badge } from '../../ui/Badge';
import { SelectableList } from '../../ui/SelectableList';
import { DriftBadge } from '../serverLists/DriftBadge';
import type { DriftMark } from '../serverLists/listDrift';
import type { ResourceFacts } from './resourceFacts';
import type { ResourceWatch } from './resourceWatch';

export interface ResourceListViewProps {
  resources: readonly ResourceFacts[];
  selectedUri: string | undefined;
  onSelect: (uri: string) => void;
  watch: ResourceWatch;
  /** How resources differ from the list as first listed in this session, by URI. */
  marks?: ReadonlyMap<string, DriftMark>;
}

const resourceUri = (resource: ResourceFacts) => resource.uri;

export function ResourceListView({ resources, selectedUri, onSelect, watch, marks }: ResourceListViewProps) {
  // New with each watch or marks change only, so the rows re-render when a mark comes or goes, not on every render.
  const resourceRow = useCallback(
    (resource: ResourceFacts) => (
      <>
        <span className="flex items-center gap-1 text-[13px]">
          {resource.title ?? resource.name}
          {watch.subscribed.has(resource.uri) && <Badge tone="info">subscribed</Badge>}
          {watch.updated.has(resource.uri) && <Badge tone="warning">updated</Badge>}
          <DriftBadge mark={marks?.get(resource.uri)} />
        </span>
        <span className="max-w-full truncate font-mono text-xs text-zinc-500">{resource.uri}</span>
      </>
    ),
    [watch, marks],
  );
  return <SelectableList label="Resources" items={resources} keyOf={resourceUri} selectedKey={selectedUri} onSelect={onSelect} renderRow={resourceRow} />;
}
