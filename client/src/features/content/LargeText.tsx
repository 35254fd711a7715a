// A text of any size. Up to LARGE_TEXT_CHARS it is shown whole; beyond, only its start, with its size
// and a "Show all". All of it is then laid out in chunks the browser skips while off screen
// (content-visibility), so even megabytes never block the page for long; JSON becomes a (paged) tree.
import { useMemo, useState } from 'react';
import { Button } from '../../ui/Button';
import { CopyButton } from '../../ui/CopyButton';
import { JsonView } from '../../ui/JsonView';
import { LARGE_TEXT_CHARS, parseJsonText, utf8Bytes } from './contentBlock';
import { formatBytes } from '../../ui/formatBytes';
import { formatCount } from '../../ui/formatCount';

export interface LargeTextProps {
  text: string;
  /** The accessible name of the JSON tree, when all of a JSON text is shown. */
  label: string;
}

const CHUNK_CHARS = 32_768;
const preClass = 'font-mono text-xs whitespace-pre-wrap break-words';

function chunksOf(text: string): string[] {
  const chunks: string[] = [];
  for (let start = 0; start < text.length; start += CHUNK_CHARS) chunks.push(text.slice(start, start + CHUNK_CHARS));
  return chunks;
}

/** All of a large text, in chunks that skip layout and paint until scrolled into view. */
function ChunkedText({ text }: { text: string }) {
  const chunks = useMemo(() => chunksOf(text), [text]);
  return (
    <pre className={`${preClass} max-h-[70vh] overflow-auto`}>
      {chunks.map((chunk, index) => (
        // 32 Ki chars of wrapped text is roughly 400 lines; the estimate only sizes the scrollbar.
        <span key={index} className="block [contain-intrinsic-size:auto_6000px] [content-visibility:auto]">
          {chunk}
        </span>
      ))}
    </pre>
  );
}

function ExpandedText({ text, label }: LargeTextProps) {
  const json = useMemo(() => parseJsonText(text), [text]);
  return json === undefined ? <ChunkedText text={text} /> : <JsonView value={json} label={label} expandDepth={1} />;
}

export function LargeText({ text, label }: LargeTextProps) {
  const [showAll, setShowAll] = useState(false);
  const large = text.length > LARGE_TEXT_CHARS;
  const size = useMemo(() => (large ? formatBytes(utf8Bytes(text)) : ''), [large, text]);
  if (!large) {
    return (
      <pre className={preClass}>
        {text}
      </pre>
    );
  }
  return (
    <div className="flex flex-col gap-1">
      <div role="note" className="flex flex-wrap items-center gap-2 text-xs text-zinc-600 dark:text-zinc-400">
        {showAll ? (
          <span>All {size} shown.</span>
        ) : (
          <>
            <span>
              Large text ({size}): showing the first {formatCount(LARGE_TEXT_CHARS)} characters.
            </span>
            <Button className="h-6 px-1.5 text-xs" onClick={() => setShowAll(true)}>
              Show all ({size})
            </Button>
          </>
        )}
        <CopyButton text={() => text} label="Copy all" />
      </div>
      {showAll ? <ExpandedText text={text} label={label} /> : <ChunkedText text={`${text.slice(0, LARGE_TEXT_CHARS)}…`} />}
    </div>
  );
}
