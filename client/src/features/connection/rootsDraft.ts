// The roots editor's rows and their conversion to validated roots (`file://` URIs, optional names).
import { RootSchema, type Root } from '../../../../shared/connectionTypes';

export interface RootRow {
  id: string;
  uri: string;
  name: string;
}

let lastId = 0;
export const newRootRow = (uri = '', name = ''): RootRow => ({ id: `root-${++lastId}`, uri, name });

export const rowsFromRoots = (roots: readonly Root[]): RootRow[] => roots.map((root) => newRootRow(root.uri, root.name ?? ''));

/** Blank rows are dropped; the first invalid row is named in the error. */
export function rootsFromRows(rows: readonly RootRow[]): { ok: true; roots: Root[] } | { ok: false; error: string } {
  const roots: Root[] = [];
  for (const [index, row] of rows.entries()) {
    const uri = row.uri.trim();
    const name = row.name.trim();
    if (uri === '' && name === '') continue;
    const parsed = RootSchema.safeParse({ uri, ...(name === '' ? {} : { name }) });
    if (!parsed.success) return { ok: false, error: `Root ${index + 1}: ${parsed.error.issues[0]?.message ?? 'invalid'}` };
    roots.push(parsed.data);
  }
  return { ok: true, roots };
}
