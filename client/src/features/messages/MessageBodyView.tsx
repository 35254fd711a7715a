// The full text of one recorded event in the detail pane. Large messages start as a truncated,
// plain-text preview with an explicit "Show all": building a JSON tree of megabytes would stall the
// page. This is also the seam where a read-only Monaco viewer (client/src/ui, loaded lazily) can
// replace the tree for big payloads.
import { useState } from 'react';
import type { LogEntry } from '../../api/logEntry';
import { Button } from '../../ui/Button';
import { JsonView } from '../../ui/JsonView';
import { formatSize } from './logRowText';

/** Messages above this many bytes open as a text preview first. */
export const LARGE_MESSAGE_BYTES = 256_000;
const PREVIEW_CHARS = 20_000;

function LargeMessage({ entry, value }: { entry: LogEntry; value: unknown }) {
  const [showAll, setShowAll] = useState(false);
  if (showAll) return <JsonView label="Message JSON" value={value} expandDepth={1} />;
  const text = JSON.stringify(value, null, 2) ?? '';
  return (
    <div>
      <p className="mb-1 text-xs text-zinc-500">
        Large message ({formatSize(entry.size)}): showing the first {PREVIEW_CHARS.toLocaleString('en')} characters.{' '}
        <Button className="h-6 text-xs" onClick={() => setShowAll(true)}>
          Show all
        </Button>
      </p>
      <pre aria-label="Message JSON preview" className="font-mono text-xs whitespace-pre-wrap">
        {text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS)}…` : text}
      </pre>
    </div>
  );
}

export function MessageBodyView({ entry }: { entry: LogEntry }) {
  const event = entry.event;
  switch (event.kind) {
    case 'message':
      return (entry.size ?? 0) > LARGE_MESSAGE_BYTES ? (
        <LargeMessage entry={entry} value={event.message} />
      ) : (
        <JsonView label="Message JSON" value={event.message} expandDepth={3} />
      );
    case 'stdout':
    case 'stderr':
      return (
        <pre aria-label={`${event.kind} text`} className="font-mono text-xs whitespace-pre-wrap">
          {event.text}
        </pre>
      );
    case 'transport':
      return <JsonView label="Transport event" value={event.event} />;
  }
}
