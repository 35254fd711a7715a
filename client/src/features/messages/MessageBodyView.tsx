// The full text of one recorded event in the detail pane. Small messages are a light JSON tree; big
// ones (a tree of megabytes would stall the page) open as pretty JSON in a read-only Monaco editor,
// loaded only when the first big message is opened, which virtualises its lines and brings folding and
// search (Ctrl/Cmd+F).
import { useMemo } from 'react';
import type { LogEntry } from '../../api/logEntry';
import { JsonEditor } from '../../ui/JsonEditor';
import { JsonView } from '../../ui/JsonView';
import { formatSize } from './logRowText';
import { formatCount } from '../../ui/formatCount';
import { withVisibleControls } from '../../ui/visibleControls';

/** Messages above this many bytes open in the read-only editor instead of the tree. */
export const LARGE_MESSAGE_BYTES = 100_000;

function LargeMessage({ entry, value, label }: { entry: LogEntry; value: unknown; label: string }) {
  const text = useMemo(() => JSON.stringify(value, null, 2) ?? '', [value]);
  return (
    <div className="flex flex-col gap-1">
      <p className="text-xs text-zinc-500">
        Large message ({formatSize(entry.size)}), read-only: fold with the gutter arrows, search with Ctrl/Cmd+F.
      </p>
      <JsonEditor label={label} value={text} readOnly minLines={12} maxLines={48} />
    </div>
  );
}

/** Of a message too deep to display, this many characters of its raw text are shown (Copy JSON copies all). */
export const TOO_DEEP_SHOWN_CHARS = 10_000;

/** A message nested deeper than the proxy handles: its raw text, never a tree (it would overflow the stack). */
function TooDeepMessage({ levels, raw }: { levels: number; raw: string }) {
  const shown = raw.length > TOO_DEEP_SHOWN_CHARS ? `${raw.slice(0, TOO_DEEP_SHOWN_CHARS)}…` : raw;
  return (
    <div className="flex flex-col gap-1">
      <p role="alert" className="text-xs text-amber-700 dark:text-amber-400">
        Too deep to display ({formatCount(levels)} levels). Kept as raw text
        {raw.length > TOO_DEEP_SHOWN_CHARS ? `; the first ${formatCount(TOO_DEEP_SHOWN_CHARS)} of ${formatCount(raw.length)} characters are shown, Copy JSON copies all` : ''}.
      </p>
      <pre aria-label="Message raw text" className="max-h-96 overflow-auto font-mono text-xs break-all whitespace-pre-wrap">
        {shown}
      </pre>
    </div>
  );
}

export interface MessageBodyViewProps {
  entry: LogEntry;
  /** The accessible name of the message's tree or editor. */
  label?: string;
}

export function MessageBodyView({ entry, label = 'Message JSON' }: MessageBodyViewProps) {
  const event = entry.event;
  switch (event.kind) {
    case 'message':
      if (event.tooDeep) return <TooDeepMessage levels={event.tooDeep.levels} raw={event.tooDeep.raw} />;
      return (entry.size ?? 0) > LARGE_MESSAGE_BYTES ? (
        <LargeMessage entry={entry} value={event.message} label={label} />
      ) : (
        <JsonView label={label} value={event.message} expandDepth={3} />
      );
    case 'stdout':
    case 'stderr':
      return (
        <pre aria-label={`${event.kind} text`} className="font-mono text-xs whitespace-pre-wrap">
          {withVisibleControls(event.text)}
        </pre>
      );
    case 'transport':
      return <JsonView label="Transport event" value={event.event} />;
    case 'fault':
      return <JsonView label="Injected fault" value={event.fault} expandDepth={2} />;
    case 'app':
      return <JsonView label={label} value={event.message} expandDepth={3} />;
  }
}
