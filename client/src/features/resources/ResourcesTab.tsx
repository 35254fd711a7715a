// The Resources tab: the server's resources and resource templates in one list (paged, filterable),
// and the selected one read (a resource) or ready to expand (a template).
import { answersRequests, type ConnectionSummary } from '../../../../shared/connectionTypes';
import { EmptyState } from '../../ui/EmptyState';
import { ListFailedView } from '../serverLists/ListFailedView';
import { MasterDetail } from '../../ui/MasterDetail';
import { UndeclaredCapabilityView } from '../serverLists/UndeclaredCapabilityView';
import type { FocusRequest } from '../serverLists/useFocusedSelection';
import { ResourceCatalogView } from './ResourceCatalogView';
import { ResourceDetailView } from './ResourceDetailView';
import { ResourceTemplateView } from './ResourceTemplateView';
import { useResourcesModel } from './useResourcesModel';

export interface ResourcesTabProps {
  connection: ConnectionSummary;
  /** A URI to show, requested from another tab (e.g. a clicked resource link). */
  focus?: FocusRequest;
}

export function ResourcesTab({ connection, focus }: ResourcesTabProps) {
  const model = useResourcesModel(connection, focus);
  const { list } = model;

  if (connection.handshake && !model.gate.open) return <UndeclaredCapabilityView gate={model.gate} methods={['resources/list', 'resources/templates/list']} />;
  if (!answersRequests(connection.state) && list.pageCount === 0) return <EmptyState title="Not connected">Connect to the server to list its resources.</EmptyState>;
  if (list.error && list.pageCount === 0 && !model.selectedResource) {
    return (
      <ListFailedView noun="resources" list={list} />
    );
  }
  return (
    <MasterDetail
      listWidth="wide"
      list={<ResourceCatalogView model={model} />}
      detail={
        model.selectedTemplate ? (
          <ResourceTemplateView key={model.selectedTemplate.uriTemplate} connection={connection} template={model.selectedTemplate} mark={model.selectedTemplateMark} />
        ) : model.selectedResource ? (
          <ResourceDetailView
            key={model.selectedResource.uri}
            connection={connection}
            resource={model.selectedResource}
            mark={model.selectedResourceMark}
            origin={model.selectedUnlisted ? 'not in the loaded list' : undefined}
          />
        ) : (
          <EmptyState title="Nothing selected">Pick a resource on the left to read it, or a template to fill in its variables.</EmptyState>
        )
      }
    />
  );
}
