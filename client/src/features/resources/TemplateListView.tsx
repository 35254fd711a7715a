// The server's resource templates, each marked when it changed since first listed.
import { useCallback } from 'react';
import { SelectableList } from '../../ui/SelectableList';
import { DriftBadge } from '../serverLists/DriftBadge';
import type { DriftMark } from '../serverLists/listDrift';
import type { TemplateFacts } from './templateFacts';

export interface TemplateListViewProps {
  templates: readonly TemplateFacts[];
  selected: string | undefined;
  onSelect: (uriTemplate: string) => void;
  /** How templates differ from the list as first listed in this session, by URI template. */
  marks?: ReadonlyMap<string, DriftMark>;
}

const templateKey = (template: TemplateFacts) => template.uriTemplate;

function templateRow(template: TemplateFacts, mark: DriftMark | undefined) {
  return (
    <>
      <span className="flex items-center gap-1 text-[13px]">
        {template.title ?? template.name}
        <DriftBadge mark={mark} />
      </span>
      <span className="max-w-full truncate font-mono text-xs text-zinc-500">{template.uriTemplate}</span>
    </>
  );
}

export function TemplateListView({ templates, selected, onSelect, marks }: TemplateListViewProps) {
  // New with each change of the marks only, so the rows re-render when a mark comes or goes.
  const renderRow = useCallback((template: TemplateFacts) => templateRow(template, marks?.get(template.uriTemplate)), [marks]);
  return <SelectableList label="Resource templates" items={templates} keyOf={templateKey} selectedKey={selected} onSelect={onSelect} renderRow={renderRow} />;
}
