// The server's resource templates.
import type { ListKeyboard } from '../../ui/useListKeyboard';
import type { TemplateFacts } from './templateFacts';

export interface TemplateListViewProps {
  templates: readonly TemplateFacts[];
  selected: string | undefined;
  /** Arrow-key navigation (useListKeyboard), owned by the tab that also holds the filter. */
  keyboard?: ListKeyboard<HTMLUListElement>['listProps'];
  onSelect: (uriTemplate: string) => void;
}

export function TemplateListView({ templates, selected, onSelect, keyboard }: TemplateListViewProps) {
  return (
    <ul aria-label="Resource templates" {...keyboard} className="min-h-0 flex-1 overflow-auto">
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
