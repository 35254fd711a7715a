// The server's resource templates.
import type { TemplateFacts } from './templateFacts';

export interface TemplateListViewProps {
  templates: readonly TemplateFacts[];
  selected: string | undefined;
  onSelect: (uriTemplate: string) => void;
}

export function TemplateListView({ templates, selected, onSelect }: TemplateListViewProps) {
  return (
    <ul aria-label="Resource templates" >
      {templates.map((template) => (
        <li key={template.uriTemplate}>
          <button
            type="button"
            aria-current={template.uriTemplate === selected ? 'true' : undefined}
            onClick={() => onSelect(template.uriTemplate)}
            className="flex w-full flex-col items-start px-3 py-1.5 text-left hover:bg-zinc-100 aria-[current=true]:bg-sky-50 dark:hover:bg-zinc-800 dark:aria-[current=true]:bg-sky-950"
          >
            <span className="text-[13px]">{template.title ?? template.name}</span>
            <span className="max-w-full truncate font-mono text-xs text-zinc-500">{template.uriTemplate}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
