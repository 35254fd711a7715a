// The URI of a resource_link: a button that opens the resource in the Resources tab.
import { useOpenResource } from './openResourceContext';

export function ResourceLinkTarget({ uri }: { uri: string }) {
  const openResource = useOpenResource();
  if (!openResource) return <span className="font-mono">{uri}</span>;
  return (
    <button
      type="button"
      onClick={() => openResource(uri)}
      aria-label={`Open resource ${uri}`}
      title="Open in the Resources tab"
      className="font-mono break-all text-sky-700 underline hover:text-sky-900 dark:text-sky-400 dark:hover:text-sky-300"
    >
      {uri}
    </button>
  );
}
