// Renders one MCP content block by type. Media is shown only from data: URLs built from the block's
// own base64 (never a URL the server chose); unknown blocks are shown raw with a warning.
import { Badge } from '../../ui/Badge';
import { JsonView } from '../../ui/JsonView';
import { BlockExtrasView } from './BlockExtrasView';
import { readContentBlock, type ContentView } from './contentBlock';
import { formatBytes } from '../../ui/formatBytes';
import { LargeText } from './LargeText';
import { MarkdownText } from './MarkdownText';
import { ResourceLinkTarget } from './ResourceLinkTarget';

export interface ContentBlockViewProps {
  block: unknown;
  index: number;
}

function MediaHeader({ view }: { view: Extract<ContentView, { type: 'image' | 'audio' }> }) {
  return (
    <div className="mb-1 text-xs text-zinc-500 dark:text-zinc-400">
      {view.mimeType} · {formatBytes(view.bytes)}
    </div>
  );
}

/** A resource's contents: text (decoded from a textual blob too), a JSON tree, markdown, an image or
 * audio inline; and any blob also as a download. */
function EmbeddedResourceView({ view }: { view: Extract<ContentView, { type: 'resource' }> }) {
  const label = `Resource ${view.uri}`;
  const media = view.blobDataUrl && view.text === undefined ? view.mimeType?.split('/')[0] : undefined;
  return (
    <div className="text-xs">
      <div className="mb-1 font-mono">
        {view.uri} {view.mimeType && <span className="text-zinc-500">· {view.mimeType}</span>}
        {view.decodedBlob && <span className="text-zinc-500"> · decoded from a base64 blob</span>}
      </div>
      {view.markdown && view.text !== undefined ? (
        <MarkdownText text={view.text} label={label} />
      ) : view.json !== undefined ? (
        <JsonView value={view.json} label={label} />
      ) : view.text !== undefined ? (
        <LargeText text={view.text} label={label} />
      ) : media === 'image' ? (
        <img src={view.blobDataUrl} alt={`Image resource ${view.uri}`} className="max-h-80 max-w-full rounded" />
      ) : media === 'audio' ? (
        <audio controls src={view.blobDataUrl} aria-label={`Audio resource ${view.uri}`} />
      ) : null}
      {view.blobDataUrl && (
        <a href={view.blobDataUrl} download={view.uri.split('/').pop() || 'resource'} className="mt-1 inline-block text-sky-700 underline dark:text-sky-400">
          Download blob ({formatBytes(view.blobBytes ?? 0)})
        </a>
      )}
    </div>
  );
}

function ContentBody({ view, index }: { view: ContentView; index: number }) {
  switch (view.type) {
    case 'text':
      return view.json === undefined ? (
        <LargeText text={view.text} label={`Content ${index + 1} JSON`} />
      ) : (
        <JsonView value={view.json} label={`Content ${index + 1} JSON`} />
      );
    case 'image':
      return (
        <div>
          <MediaHeader view={view} />
          <img src={view.dataUrl} alt={`Image content ${index + 1}`} className="max-h-80 max-w-full rounded ring-1 ring-zinc-200 dark:ring-zinc-700" />
        </div>
      );
    case 'audio':
      return (
        <div>
          <MediaHeader view={view} />
          <audio controls src={view.dataUrl} aria-label={`Audio content ${index + 1}`} />
        </div>
      );
    case 'resource_link':
      return (
        <div className="text-xs">
          <ResourceLinkTarget uri={view.uri} />
          {(view.title ?? view.name) && <span className="ml-2 text-zinc-500">{view.title ?? view.name}</span>}
          {view.mimeType && <span className="ml-2 text-zinc-500">{view.mimeType}</span>}
          {view.description && <p className="mt-1 text-zinc-600 dark:text-zinc-400">{view.description}</p>}
        </div>
      );
    case 'resource':
      return <EmbeddedResourceView view={view} />;
    case 'unknown':
      return (
        <div>
          <p role="alert" className="mb-1 text-xs text-amber-700 dark:text-amber-400">
            Cannot render this content: {view.reason}. Shown as sent.
          </p>
          <JsonView value={view.raw} label={`Content ${index + 1} as sent`} />
        </div>
      );
  }
}

export function ContentBlockView({ block, index }: ContentBlockViewProps) {
  const view = readContentBlock(block);
  return (
    <article aria-label={`Content ${index + 1}: ${view.type}`} className="rounded border border-zinc-200 p-2 dark:border-zinc-700">
      <div className="mb-1">
        <Badge tone={view.type === 'unknown' ? 'warning' : 'neutral'}>{view.type === 'unknown' ? 'unrenderable' : view.type}</Badge>
      </div>
      <ContentBody view={view} index={index} />
      <BlockExtrasView block={block} index={index} />
    </article>
  );
}
