import { useState } from 'react';
import { previewJson, primitiveText } from './jsonPreview';
import { formatCount } from './formatCount';

const PAGE = 100;
const LONG_STRING = 400;

export interface JsonNodeProps {
  /** The key or index under which this value sits in its parent (none for the root). */
  name?: string | number;
  value: unknown;
  depth: number;
  expandDepth: number;
}

function primitiveClass(value: unknown): string {
  if (typeof value === 'string') return 'text-emerald-700 dark:text-emerald-400';
  if (typeof value === 'number' || typeof value === 'bigint') return 'text-sky-700 dark:text-sky-300';
  if (typeof value === 'boolean') return 'text-violet-700 dark:text-violet-300';
  return 'text-zinc-500 dark:text-zinc-400';
}

function Primitive({ value }: { value: unknown }) {
  const [full, setFull] = useState(false);
  const text = primitiveText(value);
  const cut = !full && typeof value === 'string' && text.length > LONG_STRING;
  return (
    <span className={`break-all whitespace-pre-wrap ${primitiveClass(value)}`}>
      {cut ? `${text.slice(0, LONG_STRING)}…` : text}
      {cut && (
        <button type="button" className="ml-1 text-sky-700 underline dark:text-sky-400" onClick={() => setFull(true)}>
          show all ({formatCount(text.length)} chars)
        </button>
      )}
    </span>
  );
}

function Name({ name }: { name: string | number | undefined }) {
  if (name === undefined) return null;
  return (
    <>
      <span className={typeof name === 'number' ? 'text-zinc-400 dark:text-zinc-500' : 'text-rose-800 dark:text-rose-300'}>{name}</span>
      <span className="text-zinc-400">: </span>
    </>
  );
}

/** One value of a JSON tree; objects and arrays expand on click and page their children. */
export function JsonNode({ name, value, depth, expandDepth }: JsonNodeProps) {
  const isContainer = typeof value === 'object' && value !== null;
  const [expanded, setExpanded] = useState(depth < expandDepth);
  const [shown, setShown] = useState(PAGE);

  const isArray = Array.isArray(value);
  const entries: [string | number, unknown][] = !isContainer
    ? []
    : isArray
      ? (value as unknown[]).map((item, index) => [index, item])
      : Object.entries(value as Record<string, unknown>);
  if (!isContainer || entries.length === 0) {
    return (
      <div className="pl-4">
        <Name name={name} />
        {isContainer ? <span className="text-zinc-500">{isArray ? '[]' : '{}'}</span> : <Primitive value={value} />}
      </div>
    );
  }
  const [open, close] = isArray ? ['[', ']'] : ['{', '}'];
  const count = `${entries.length} ${isArray ? (entries.length === 1 ? 'item' : 'items') : entries.length === 1 ? 'key' : 'keys'}`;

  return (
    <div>
      <button
        type="button"
        aria-expanded={expanded}
        aria-label={`${name ?? 'value'} (${count})`}
        onClick={() => setExpanded(!expanded)}
        className="flex w-full items-baseline text-left hover:bg-zinc-100 dark:hover:bg-zinc-800"
      >
        <span aria-hidden className="inline-block w-4 shrink-0 text-center text-zinc-400">
          {expanded ? '▾' : '▸'}
        </span>
        <span className="min-w-0 truncate">
          <Name name={name} />
          {expanded ? open : <span className="text-zinc-500 dark:text-zinc-400">{previewJson(value, 120)}</span>}
          <span className="ml-2 text-[11px] text-zinc-400 dark:text-zinc-500">{count}</span>
        </span>
      </button>
      {expanded && (
        <div className="ml-2 border-l border-zinc-200 pl-1 dark:border-zinc-700">
          {entries.slice(0, shown).map(([key, child]) => (
            <JsonNode key={key} name={key} value={child} depth={depth + 1} expandDepth={expandDepth} />
          ))}
          {entries.length > shown && (
            <button type="button" className="pl-4 text-sky-700 underline dark:text-sky-400" onClick={() => setShown(entries.length)}>
              show all ({formatCount(entries.length - shown)} more)
            </button>
          )}
        </div>
      )}
      {expanded && <div className="pl-4">{close}</div>}
    </div>
  );
}
