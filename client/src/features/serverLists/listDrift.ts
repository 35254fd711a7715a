// How a server list now differs from the same list as first listed in the session, item by item, with
// the classification of shared/artifacts/interfaceDrift; and, for tools, a "rug pull": what a tool says
// it does, or what it takes, changed after it was called.
import { definitionChanges, interfaceDrift, type Definition, type ServerInterface } from '../../../../shared/artifacts/interfaceDrift';
import type { SchemaChange } from '../../../../shared/artifacts/schemaDrift';
import type { ListBaseline } from './interfaceHistory';
import { LIST_KINDS, type ListKind } from './listKinds';

/** A tool changed since it was first called in this session. */
export interface ChangedAfterUse {
  /** The changes to its description and input schema since then. */
  details: SchemaChange[];
}

/** How one listed item differs from the baseline. */
export interface DriftMark {
  change: 'added' | 'changed';
  breaking: boolean;
  /** For `changed`: each difference since first listed. */
  details: SchemaChange[];
  afterUse?: ChangedAfterUse;
}

export interface ListDrift {
  /** By the item's key (name, URI, URI template); only items that differ. */
  marks: ReadonlyMap<string, DriftMark>;
  /** Keys first listed that the list no longer has. */
  removed: readonly string[];
}

export interface CurrentList {
  items: readonly Definition[];
  /** The list is loaded to its last page, so a key missing from it is gone. */
  complete: boolean;
}

export const NO_DRIFT: ListDrift = { marks: new Map(), removed: [] };

const EMPTY: ServerInterface = { tools: [], prompts: [], resources: [], resourceTemplates: [] };

/** What a tool's caller relied on: the words that told them what it does and the arguments it takes. */
const reliedOn = (change: SchemaChange) => change.path === 'description' || change.path.startsWith('inputSchema');

function changedAfterUse(firstCall: Definition, now: Definition): ChangedAfterUse | undefined {
  const details = definitionChanges('tool', firstCall, now).filter(reliedOn);
  return details.length > 0 ? { details } : undefined;
}

/**
 * The drift of `current` from `baseline`. An item missing from an incomplete baseline may only not have
 * been loaded then, so it is not called new; one missing from an incomplete current list is not called
 * removed. `firstCalls` (tools only): the definition each called tool had at its first call.
 */
export function listDrift(kind: ListKind, baseline: ListBaseline | undefined, current: CurrentList, firstCalls?: ReadonlyMap<string, Definition | undefined>): ListDrift {
  if (!baseline) return NO_DRIFT;
  const { itemsKey, key } = LIST_KINDS[kind];
  const list = itemsKey as keyof ServerInterface;
  const drift = interfaceDrift({ ...EMPTY, [list]: [...baseline.definitions.values()] }, { ...EMPTY, [list]: current.items });
  const marks = new Map<string, DriftMark>();
  const removed: string[] = [];
  for (const { key: name, change, breaking, details } of drift) {
    if (change === 'removed') {
      if (current.complete) removed.push(name);
    } else if (change === 'changed' || baseline.complete) marks.set(name, { change, breaking, details });
  }
  if (firstCalls) {
    for (const item of current.items) {
      const name = item[key];
      if (typeof name !== 'string' || !firstCalls.has(name)) continue;
      const firstCall = firstCalls.get(name) ?? baseline.definitions.get(name);
      const afterUse = firstCall && changedAfterUse(firstCall, item);
      if (!afterUse) continue;
      const mark = marks.get(name) ?? { change: 'changed', breaking: afterUse.details.some((detail) => detail.breaking), details: afterUse.details };
      marks.set(name, { ...mark, afterUse });
    }
  }
  return marks.size === 0 && removed.length === 0 ? NO_DRIFT : { marks, removed };
}

/** The words a mark shows and a screen reader hears, in order: "new", or "changed", "breaking", "changed after use". */
export function driftWords(mark: DriftMark): string[] {
  if (mark.change === 'added') return ['new'];
  return ['changed', ...(mark.breaking ? ['breaking'] : []), ...(mark.afterUse ? ['changed after use'] : [])];
}
