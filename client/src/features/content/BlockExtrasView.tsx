// A content block's annotations (audience, priority, last modified, and any others) and its `_meta`.
import { Badge } from '../../ui/Badge';
import { Disclosure } from '../../ui/Disclosure';
import { JsonView } from '../../ui/JsonView';
import { readBlockExtras } from './contentBlock';

export interface BlockExtrasViewProps {
  block: unknown;
  index: number;
}

export function BlockExtrasView({ block, index }: BlockExtrasViewProps) {
  const extras = readBlockExtras(block);
  const hasAnnotations = extras.audience !== undefined || extras.priority !== undefined || extras.lastModified !== undefined || extras.otherAnnotations !== undefined;
  if (!hasAnnotations && extras.meta === undefined) return null;
  return (
    <div className="mt-1 flex flex-col gap-1 text-xs">
      {hasAnnotations && (
        <ul aria-label={`Content ${index + 1} annotations`} className="flex flex-wrap items-center gap-1">
          {extras.audience && (
            <li>
              <Badge tone="info">audience: {extras.audience.join(', ') || '(none)'}</Badge>
            </li>
          )}
          {extras.priority !== undefined && (
            <li>
              <Badge tone="info">priority: {extras.priority}</Badge>
            </li>
          )}
          {extras.lastModified && (
            <li>
              <Badge tone="info">last modified: {extras.lastModified}</Badge>
            </li>
          )}
          {extras.otherAnnotations && (
            <li>
              <Badge tone="warning" title="Annotations MCP does not define">
                other: {JSON.stringify(extras.otherAnnotations).slice(0, 200)}
              </Badge>
            </li>
          )}
        </ul>
      )}
      {extras.meta !== undefined && (
        <Disclosure summary={`Content ${index + 1} _meta`}>
          <JsonView value={extras.meta} label={`Content ${index + 1} _meta`} />
        </Disclosure>
      )}
    </div>
  );
}
