// The Resources tab's state: both paged lists (resources and templates) and what changed in them since
// first listed, the filter over both, and the selection, which a workspace focus request (a clicked resource link) can set.
import { useMemo, useState } from 'react';
import type { ConnectionSummary } from '../../../../shared/connectionTypes';
import { useListChangedRefresh } from '../serverLists/useListChangedRefresh';
import { usePagedList } from '../serverLists/usePagedList';
import { useCapabilityGate } from '../serverLists/useCapabilityGate';
import { useFocusedSelection, type FocusRequest } from '../serverLists/useFocusedSelection';
import { useListDrift } from '../serverLists/useListDrift';
import { readResourceFacts, resourceMatches, type ResourceFacts } from './resourceFacts';
import { readTemplateFacts, templateMatches } from './templateFacts';
import { useResourceWatch } from './useResourceWatch';

export type ResourceSelection = { kind: 'resource'; uri: string } | { kind: 'template'; uriTemplate: string };

export function useResourcesModel(connection: ConnectionSummary, focus: FocusRequest | undefined) {
  const gate = useCapabilityGate(connection, 'resources');
  const list = usePagedList(connection, 'resources', { sendUndeclared: gate.open });
  const templateList = usePagedList(connection, 'resourceTemplates', { sendUndeclared: gate.open });
  const refreshedAt = useListChangedRefresh(connection, 'resources');
  const templatesRefreshedAt = useListChangedRefresh(connection, 'resourceTemplates');
  const drift = useListDrift(connection, 'resources', list);
  const templateDrift = useListDrift(connection, 'resourceTemplates', templateList);
  const watch = useResourceWatch(connection.id);
  const [filter, setFilter] = useState('');
  // A focus request (a clicked resource link) selects its URI, with the filter cleared so it shows.
  const [selection, setSelection] = useFocusedSelection<ResourceSelection>(focus, (uri) => ({ kind: 'resource', uri }), () => setFilter(''));

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
    gate,
    list,
    templateList,
    refreshedAt,
    templatesRefreshedAt,
    drift,
    templateDrift,
    watch,
    filter,
    setFilter,
    shownResources,
    shownTemplates,
    selectedResource,
    /** True when the selected resource is not among those listed (opened from a link). */
    selectedUnlisted: selectedResource !== undefined && !resources.some((resource) => resource.uri === selectedResource.uri),
    selectedTemplate,
    selectedResourceMark: selectedResource && drift.marks.get(selectedResource.uri),
    selectedTemplateMark: selectedTemplate && templateDrift.marks.get(selectedTemplate.uriTemplate),
    selectResource: (uri: string) => setSelection({ kind: 'resource', uri }),
    selectTemplate: (uriTemplate: string) => setSelection({ kind: 'template', uriTemplate }),
  };
}
