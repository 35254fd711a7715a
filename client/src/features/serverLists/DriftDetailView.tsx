// In an item's detail: how it differs from the item as first listed in this session (each change with
// where it is and what it was before), and, for a tool changed after it was called, why that matters.
import type { SchemaChange } from '../../../../shared/artifacts/schemaDrift';
import { Badge } from '../../ui/Badge';
import { previewJson } from '../../ui/jsonPreview';
import type { DriftMark } from './listDrift';

export interface DriftDetailViewProps {
  mark: DriftMark | undefined;
  /** What the item is, for people: "tool", "prompt", "resource", "resource template". */
  noun: string;
}

const PREVIEW_CHARS = 160;
const preview = (value: unknown) => (typeof value === 'string' ? value.slice(0, PREVIEW_CHARS) + (value.length > PREVIEW_CHARS ? '…' : '') : previewJson(value, PREVIEW_CHARS));
const fullText = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

function BeforeAfter({ change, labels = ['before', 'now'] }: { change: SchemaChange; labels?: [string, string] }) {
  const sides = [
    [labels[0], change.before],
    [labels[1], change.after],
  ] as const;
  return (
    <dl className="ml-4 grid grid-cols-[auto_1fr] gap-x-2 text-xs">
      {sides.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-zinc-500 dark:text-zinc-400">{label}</dt>
          <dd className="min-w-0 break-words" title={value === undefined ? undefined : fullText(value)}>
            {value === undefined ? <i>absent</i> : preview(value)}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** `shownAbove`: its before and now are in the changed-after-use note already. */
function ChangeItem({ change, shownAbove }: { change: SchemaChange; shownAbove: boolean }) {
  return (
    <li className="flex flex-col gap-0.5">
      <span className="flex flex-wrap items-center gap-1">
        <span>{change.what}</span>
        <code className="text-xs text-zinc-500 dark:text-zinc-400">{change.path}</code>
        {change.breaking && <Badge tone="warning">breaking</Badge>}
        {shownAbove && <span className="text-xs text-zinc-500 dark:text-zinc-400">(before and now above)</span>}
      </span>
      {!shownAbove && (change.before !== undefined || change.after !== undefined) && <BeforeAfter change={change} />}
    </li>
  );
}

function ChangedAfterUseNote({ details, noun }: { details: SchemaChange[]; noun: string }) {
  const description = details.find((detail) => detail.path === 'description');
  const what = description ? 'description' : 'input schema';
  const says = description ? `what a ${noun} says it does` : `what a ${noun} takes`;
  return (
    <section aria-label="Changed after use" className="flex flex-col gap-1 rounded border border-red-300 bg-red-50 p-2 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
      <h4 className="flex items-center gap-2 font-semibold">
        <Badge tone="danger">changed after use</Badge>
        Possible rug pull
      </h4>
      <p>
        The {what} changed after this {noun} was called: a server can change {says} after a client approved it.
      </p>
      {description && <BeforeAfter change={description} labels={['Before:', 'Now:']} />}
      {description && details.length > 1 && <p className="text-xs">Its input schema changed too (see below).</p>}
    </section>
  );
}

const sameChange = (a: SchemaChange, b: SchemaChange) => a.path === b.path && JSON.stringify([a.before, a.after]) === JSON.stringify([b.before, b.after]);

export function DriftDetailView({ mark, noun }: DriftDetailViewProps) {
  if (!mark) return null;
  const noted = mark.afterUse?.details.find((detail) => detail.path === 'description');
  if (mark.change === 'added') {
    return (
      <p className="flex items-center gap-2 text-sm">
        <Badge tone="success">new</Badge>
        The server added this {noun} during the session, after the list was first listed.
      </p>
    );
  }
  return (
    <>
      {mark.afterUse && <ChangedAfterUseNote details={mark.afterUse.details} noun={noun} />}
      <section aria-label="Changes since first listed" className="flex flex-col gap-1 text-sm">
        <h4 className="flex items-center gap-2 font-semibold">
          Changed since first listed
          {mark.breaking && <Badge tone="warning">breaking</Badge>}
        </h4>
        <ul className="flex flex-col gap-1">
          {mark.details.map((change) => (
            <ChangeItem key={`${change.path} ${change.what}`} change={change} shownAbove={noted !== undefined && sameChange(noted, change)} />
          ))}
        </ul>
      </section>
    </>
  );
}
