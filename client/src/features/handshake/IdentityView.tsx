import { Badge } from '../../ui/Badge';
import { ClickToLoadImage } from '../../ui/ClickToLoadImage';
import type { Identity } from './serverIdentity';

/** Name, title, version, website and icons of a server or client, as it described itself. */
export function IdentityView({ identity, fallbackName }: { identity: Identity; fallbackName: string }) {
  return (
    <div className="flex items-start gap-3">
      {identity.icons.length > 0 && (
        <div className="flex shrink-0 gap-1">
          {identity.icons.slice(0, 3).map((icon) => (
            <ClickToLoadImage key={icon.src} src={icon.src} alt="" what="icon" title={icon.sizes} className="size-8 rounded object-contain" />
          ))}
        </div>
      )}
      <div className="min-w-0">
        <div className="flex flex-wrap items-baseline gap-x-2">
          <span className="text-base font-semibold">{identity.title ?? identity.name ?? fallbackName}</span>
          {identity.title && identity.name && <span className="font-mono text-xs text-zinc-500">{identity.name}</span>}
          {identity.version && <Badge>v{identity.version}</Badge>}
        </div>
        {identity.description && <p className="mt-0.5 text-zinc-600 dark:text-zinc-300">{identity.description}</p>}
        {identity.websiteUrl && (
          <a href={identity.websiteUrl} target="_blank" rel="noopener noreferrer" className="text-sky-700 underline dark:text-sky-400">
            {identity.websiteUrl}
          </a>
        )}
        {identity.rejectedWebsite && (
          <p className="text-xs text-amber-700 dark:text-amber-400">
            Website not linked (not an http(s) URL): <code>{identity.rejectedWebsite}</code>
          </p>
        )}
        {identity.rejectedIcons > 0 && (
          <p className="text-xs text-amber-700 dark:text-amber-400">
            {identity.rejectedIcons} icon(s) not shown (only http(s) and data: images are loaded).
          </p>
        )}
      </div>
    </div>
  );
}
