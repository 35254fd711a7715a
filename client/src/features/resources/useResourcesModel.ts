// The Resources tab's state: both paged lists (resources and templates), the filter, which list is
// shown, and the selection, which a workspace focus request (a clicked resource link) can set.
import { useMemo, useState } from 'react';
import type { ConnectionSummary } from '../../../../shared/connectionTypes';
import { useListChangedRefresh } from '../serverLists/useListChangedRefresh';
import { usePagedList } from '../serverLists/usePagedList';
import { readResourceFacts, resourceMatches, type ResourceFacts } from './resourceFacts';
import { readTemplateFacts, templateMatches } from './templateFacts';
import { useResourceWatch } from './useResourceWatch';

export type ResourceListMode = 'resources' | 'templates';

export type ResourceSelection = { kind: 'resource'; uri: string } | { kind: 'template'; uriTemplate: string };

/** A request from elsewhere in the workspace to show one URI; a new serial means a new request. */
export interface ResourceFocus {
  itemId: string;
  serial: number;
}

export function useResourcesModel(connection: ConnectionSummary, focus: ResourceFocus | undefined) {
  const list = usePagedList(connection, 'resources');
  const templateList = usePagedList(connection, 'resourceTemplates');
  const refreshedAt = useListChangedRefresh(connection, 'resources');
  const templatesRefreshedAt = useListChangedRefresh(connection, 'resourceTemplates');
  const watch = useResourceWatch(connection.id);
  const [mode, setMode] = useState<ResourceListMode>('resources');
  const [filter, setFilter] = useState('');
  const [selection, setSelection] = useState<ResourceSelection | undefined>(focus && { kind: 'resource', uri: focus.itemId });
  const [focusSerial, setFocusSerial] = useState(focus?.serial);
  // A new focus request while the tab is open selects its URI (state adjusted during render, the
  // React way of following a prop).
  if (focus && focus.serial !== focusSerial) {
    setFocusSerial(focus.serial);
    setSelection({ kind: 'resource', uri: focus.itemId });
    setMode('resources');
  }

  const resources = useMemo(() => list.items.flatMap((item) => readResourceFacts(item) ?? []), [list.items]);
  const templates = useMemo(() => templateList.items.flatMap((item) => readTemplateFacts(item) ?? []), [templateList.items]);
  const shownResources = useMemo(() => resources.filter((resource) => resourceMatches(resource, filter)), [resources, filter]);
  const shownTemplates = useMemo(() => templates.filter((template) => templateMatches(template, filter)), [templates, filter]);

  const selectedUri = selection?.kind === 'resource' ? selection.uri : undefined;
  // A URI opened from a link may not be listed (or not loaded yet): it is read all the same.
  const selectedResource: ResourceFacts | undefined =
    selectedUri === undefined ? undefined : (resources.find((resource) => resource.uri === selectedUri) ?? { uri: selectedUri, name: selectedUri });
  const selectedTemplate = selection?.kind === 'template' ? templates.find((template) => template.uriTemplate === selection.uriTemplate) : undefined;

  return {
    list,
    templateList,
    refreshedAt,
    templatesRefreshedAt,
    watch,
    mode,
    setMode,
    filter,
    setFilter,
    shownResources,
    shownTemplates,
    selectedResource,
    /** True when the selected resource is not among those listed (opened from a link). */
    selectedUnlisted: selectedResource !== undefined && !resources.some((resource) => resource.uri === selectedResource.uri),
    selectedTemplate,
    selectResource: (uri: string) => setSelection({ kind: 'resource', uri }),
    selectTemplate: (uriTemplate: string) => setSelection({ kind: 'template', uriTemplate }),
  };
}
