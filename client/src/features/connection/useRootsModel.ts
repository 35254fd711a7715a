// The Roots tab's state: the rows being edited (from the connection's settings) and applying them,
// which stores them on the connection and tells a connected server that the list changed.
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { DEFAULT_CONNECTION_SETTINGS, type ConnectionSummary } from '../../../../shared/connectionTypes';
import { useInspectorClient } from '../../api/inspectorContext';
import { rootsFromRows, rowsFromRoots, type RootRow } from './rootsDraft';

export function useRootsModel(connection: ConnectionSummary) {
  const { api, connections } = useInspectorClient();
  const settings = connection.settings ?? DEFAULT_CONNECTION_SETTINGS;
  const [rows, setRows] = useState<RootRow[]>(() => rowsFromRoots(settings.roots));
  const [error, setError] = useState<string>();
  const apply = useMutation({
    mutationFn: (roots: Parameters<typeof api.setRoots>[0]['roots']) => api.setRoots({ connectionId: connection.id, roots }),
    onSuccess: (summary) => connections.upsert(summary),
  });
  const update = (id: string, patch: Partial<RootRow>) => setRows(rows.map((row) => (row.id === id ? { ...row, ...patch } : row)));
  const submit = () => {
    const result = rootsFromRows(rows);
    setError(result.ok ? undefined : result.error);
    if (result.ok) apply.mutate(result.roots);
  };
  return { settings, rows, setRows, update, submit, apply, error };
}
