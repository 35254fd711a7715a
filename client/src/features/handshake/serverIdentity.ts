// The serverInfo / clientInfo object (an Implementation) read defensively: only strings are shown as
// names, and only http(s) links and http(s)/data: images are kept.
import { previewJson } from '../../ui/jsonPreview';
import { safeImageUrl, safeLinkUrl } from '../../ui/safeUrl';

export interface Identity {
  name?: string;
  title?: string;
  version?: string;
  description?: string;
  /** Present only when the server sent an http(s) URL. */
  websiteUrl?: string;
  /** The website value when it was not a safe URL, shown as text only. */
  rejectedWebsite?: string;
  icons: { src: string; sizes?: string }[];
  /** How many icons were dropped for an unsafe or missing src. */
  rejectedIcons: number;
}

const text = (value: unknown): string | undefined =>
  value === undefined || value === null ? undefined : typeof value === 'string' ? value : previewJson(value, 80);

function readIcons(value: unknown): Pick<Identity, 'icons' | 'rejectedIcons'> {
  if (!Array.isArray(value)) return { icons: [], rejectedIcons: 0 };
  const icons: Identity['icons'] = [];
  let rejectedIcons = 0;
  for (const icon of value.slice(0, 16)) {
    const src = typeof icon === 'object' && icon !== null ? safeImageUrl((icon as Record<string, unknown>).src) : undefined;
    if (!src) rejectedIcons += 1;
    else icons.push({ src, sizes: text((icon as Record<string, unknown>).sizes) });
  }
  return { icons, rejectedIcons: rejectedIcons + Math.max(0, value.length - 16) };
}

/** Reads an Implementation object (name, title, version, websiteUrl, icons, description). */
export function readIdentity(info: Record<string, unknown>): Identity {
  const website = info.websiteUrl;
  const websiteUrl = safeLinkUrl(website);
  return {
    name: text(info.name),
    title: text(info.title),
    version: text(info.version),
    description: text(info.description),
    websiteUrl,
    rejectedWebsite: websiteUrl === undefined ? text(website) : undefined,
    ...readIcons(info.icons),
  };
}
