// The Sessions page's data and actions: the listing (TanStack Query), the sort order, deleting, and
// importing files with the outcome to show (imported, refused, or refused for damaged lines with the
// choice to import anyway).
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { deleteSession, importSession, SessionRequestError, sessionListOptions } from '../../api/sessionLibrary';
import { queryKeys } from '../../api/queryKeys';
import type { SessionListItem } from '../../../../shared/session/sessionLibrary';

/** What the last import did, per file. */
export type ImportOutcome =
  | { kind: 'imported'; fileName: string; id: string; skippedLines: number }
  | { kind: 'refused'; fileName: string; message: string; problems: { line: number; message: string }[]; damagedLines: number; file: File };

export type SortOrder = 'newest' | 'oldest';

const dateOf = (session: SessionListItem) => session.createdAt ?? session.modifiedAt;

export function sortSessions(sessions: readonly SessionListItem[], order: SortOrder): SessionListItem[] {
  const sorted = [...sessions].sort((a, b) => dateOf(a).localeCompare(dateOf(b)));
  return order === 'oldest' ? sorted : sorted.reverse();
}

export function useSessionsModel() {
  const queryClient = useQueryClient();
  const listing = useQuery(sessionListOptions());
  const [order, setOrder] = useState<SortOrder>('newest');
  const [outcomes, setOutcomes] = useState<ImportOutcome[]>([]);
  const [deleteError, setDeleteError] = useState<string | undefined>();
  const [importing, setImporting] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: queryKeys.sessions });

  const importOne = async (file: File, acceptDamaged: boolean): Promise<ImportOutcome> => {
    try {
      const imported = await importSession(file, acceptDamaged);
      return { kind: 'imported', fileName: file.name, id: imported.session.id, skippedLines: imported.damagedLines };
    } catch (error) {
      const refusal = error instanceof SessionRequestError ? error : undefined;
      return { kind: 'refused', fileName: file.name, message: error instanceof Error ? error.message : String(error), problems: refusal?.problems ?? [], damagedLines: refusal?.damagedLines ?? 0, file };
    }
  };

  const importFiles = async (files: readonly File[], acceptDamaged = false) => {
    if (files.length === 0) return;
    setImporting(true);
    try {
      const results: ImportOutcome[] = [];
      for (const file of files) results.push(await importOne(file, acceptDamaged));
      setOutcomes(results);
      await refresh();
    } finally {
      setImporting(false);
    }
  };

  return {
    listing,
    sessions: listing.data ? sortSessions(listing.data.sessions, order) : [],
    order,
    toggleOrder: () => setOrder(order === 'newest' ? 'oldest' : 'newest'),
    outcomes,
    importing,
    deleteError,
    importFiles,
    dismissOutcomes: () => setOutcomes([]),
    remove: async (id: string) => {
      setDeleteError(undefined);
      try {
        await deleteSession(id);
      } catch (error) {
        setDeleteError(error instanceof Error ? error.message : String(error));
      }
      await refresh();
    },
    refresh,
  };
}
