// The server's resource templates.
import { SelectableList } from '../../ui/SelectableList';
import type { TemplateFacts } from './templateFacts';

export interface TemplateListViewProps {
  templates: readonly TemplateFacts[];
  selected: string | undefined;
  onSelect: (uriTemplate: string) => void;
}

const templateKey = (template: TemplateFacts) => template.uriTemplate;

function templateRow(template: TemplateFacts) {
  return (
    <>
      <span className="text-[13px]">{template.title ?? template.name}</span>
      <span className="max-w-full truncate font-mono text-xs text-zinc-500">{template.uriTemplate}</span>
    </>
  );
}

export function TemplateListView({ templates, selected, onSelect }: TemplateListViewProps) {
  return <SelectableList label="Resource templates" items={templates} keyOf={templateKey} selectedKey={selected} onSelect={onSelect} renderRow={templateRow} />;
}
