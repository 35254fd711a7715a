// The state of a list tab whose items have names (Tools, Prompts): the paged list behind its capability
// gate, the list_changed refresh and what it changed since first listed, the filter, and the selected
// item, which a workspace focus request (the command palette, a link) can set. The Resources tab has its own model: two lists, two kinds of item.
import { useMemo, useRef, useState } from 'react';
import type { ConnectionSummary } from '../../../../shared/connectionTypes';
import { useFocusFirstField } from '../../ui/useFocusFirstField';
import { useCapabilityGate } from './useCapabilityGate';
import { useFocusedSelection, type FocusRequest } from './useFocusedSelection';
import { matchesNameOrTitle } from './matchesNameOrTitle';
import { useListChangedRefresh } from './useListChangedRefresh';
import { useListDrift } from './useListDrift';
import { usePagedList } from './usePagedList';

export interface NamedListKind<T extends { name: string }> {
  kind: 'tools' | 'prompts';
  /** The item's facts from the server's raw entry, or undefined for an entry the list cannot show. */
  read: (item: Record<string, unknown>) => T | undefined;
}

export function useNamedListModel<T extends { name: string; title?: string | undefined }>(connection: ConnectionSummary, focus: FocusRequest | undefined, { kind, read }: NamedListKind<T>) {
  const gate = useCapabilityGate(connection, kind);
  const list = usePagedList(connection, kind, { sendUndeclared: gate.open });
  const refreshedAt = useListChangedRefresh(connection, kind);
  const drift = useListDrift(connection, kind, list);
  const [filter, setFilter] = useState('');
  // A focus request selects its item, with the filter cleared so it shows.
  const [selectedName, setSelectedName] = useFocusedSelection(focus, (name) => name, () => setFilter(''));
  // After a focus request, the detail's first field takes the keyboard (so Ctrl+Enter sends).
  const detailRef = useRef<HTMLDivElement>(null);
  useFocusFirstField(detailRef, focus?.serial);
  const items = useMemo(() => list.items.flatMap((item) => read(item) ?? []), [list.items, read]);
  const shown = useMemo(() => items.filter((item) => matchesNameOrTitle(item, filter)), [items, filter]);
  const selected = items.find((item) => item.name === selectedName);
  return {
    gate,
    list,
    refreshedAt,
    drift,
    filter,
    setFilter,
    items,
    shown,
    selectedName,
    setSelectedName,
    selected,
    selectedMark: selected && drift.marks.get(selected.name),
    detailRef,
  };
}
