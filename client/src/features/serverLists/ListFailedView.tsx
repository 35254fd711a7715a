// A server list that could not be had (the server answered its list method with an error, or the request
// failed): what the server said, and a way to ask again once it may have recovered (a token set, a
// network back, a fault rule switched off) without reconnecting.
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import type { PagedList } from './usePagedList';

export function ListFailedView({ noun, list }: { noun: string; list: PagedList }) {
  return (
    <EmptyState
      title={`Could not list ${noun}`}
      tone="danger"
      action={
        <Button onClick={list.retry} disabled={list.isRetrying}>
          {list.isRetrying ? 'Asking again…' : 'Try again'}
        </Button>
      }
    >
      {list.error?.message}
    </EmptyState>
  );
}
