// One resource template: its variables as a form (with the server's completions), the URI they
// expand to, and that URI read with the same viewers as a listed resource.
import { useId, useMemo, useState } from 'react';
import { answersRequests, type ConnectionSummary } from '../../../../shared/connectionTypes';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Markdown } from '../../ui/Markdown';
import { DriftDetailView } from '../serverLists/DriftDetailView';
import type { DriftMark } from '../serverLists/listDrift';
import { ArgumentsForm, type ArgumentSpec } from '../completion/ArgumentsForm';
import { ResourceDetailView } from './ResourceDetailView';
import type { TemplateFacts } from './templateFacts';
import { expandUriTemplate, isOptionalVariable, missingVariables, OPERATOR_DESCRIPTIONS, parseUriTemplate } from './uriTemplate';
import { descriptionBesidesTitle } from '../serverLists/descriptionBesidesTitle';

export interface ResourceTemplateViewProps {
  connection: ConnectionSummary;
  template: TemplateFacts;
  /** How it differs from its listing as first listed in this session, if it does. */
  mark?: DriftMark | undefined;
}

export function ResourceTemplateView({ connection, template, mark }: ResourceTemplateViewProps) {
  const parsed = useMemo(() => parseUriTemplate(template.uriTemplate), [template.uriTemplate]);
  const [values, setValues] = useState<Record<string, string>>({});
  const [readUri, setReadUri] = useState<string>();
  const formId = useId();
  const specs: ArgumentSpec[] = parsed.ok
    ? parsed.variables.map((variable) => ({
        name: variable.name,
        required: !isOptionalVariable(variable),
        hint: `{${variable.operator}${variable.name}${variable.prefix ? `:${variable.prefix}` : ''}${variable.explode ? '*' : ''}}: ${OPERATOR_DESCRIPTIONS[variable.operator]}${variable.prefix ? `, first ${variable.prefix} characters` : ''}`,
      }))
    : [];
  // An empty field is an undefined variable: RFC 6570 leaves it out of the URI.
  const defined = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== ''));
  const expanded = parsed.ok ? expandUriTemplate(parsed, defined) : undefined;
  const connected = answersRequests(connection.state);
  const missing = missingVariables(parsed, values);

  const description = descriptionBesidesTitle(template.title, template.description);
  return (
    <div className="flex flex-col">
      <section aria-label={`Resource template ${template.uriTemplate}`} className="flex flex-col gap-3 border-b border-zinc-200 p-3 dark:border-zinc-700">
        <header className="flex flex-wrap items-center gap-2">
          <h3 className="text-sm font-semibold">{template.title ?? template.name}</h3>
          <span className="font-mono text-xs text-zinc-500">{template.uriTemplate}</span>
          {template.mimeType && <Badge>{template.mimeType}</Badge>}
        </header>
        <DriftDetailView mark={mark} noun="resource template" />
        {description && <Markdown text={description} />}
        {!parsed.ok && (
          <p role="alert" className="text-xs text-red-700 dark:text-red-400">
            This uriTemplate is not a valid RFC 6570 template: {parsed.error}.
          </p>
        )}
        {parsed.ok && specs.length === 0 && <p className="text-xs text-zinc-500">This template has no variables.</p>}
        <ArgumentsForm
          connection={connection}
          completionRef={{ type: 'ref/resource', uri: template.uriTemplate }}
          specs={specs}
          values={values}
          onChange={setValues}
          label="Template variables"
        />
        {expanded !== undefined && (
          <form
            className="flex flex-wrap items-center gap-2"
            onSubmit={(event) => {
              event.preventDefault();
              if (missing.length === 0) setReadUri(expanded);
            }}
          >
            <span className="text-xs text-zinc-500">Expands to</span>
            <output aria-label="Expanded URI" className="font-mono text-xs break-all">
              {expanded}
            </output>
            <Button type="submit" variant="primary" disabled={!connected || missing.length > 0} aria-describedby={missing.length > 0 ? `${formId}-missing` : undefined}>
              Read resource
            </Button>
            {missing.length > 0 && (
              <span id={`${formId}-missing`} className="text-xs text-amber-800 dark:text-amber-300">
                Still needed: {missing.join(', ')}
              </span>
            )}
          </form>
        )}
      </section>
      {readUri !== undefined && (
        <ResourceDetailView
          key={readUri}
          connection={connection}
          resource={{ uri: readUri, name: template.title ?? template.name, ...(template.mimeType ? { mimeType: template.mimeType } : {}) }}
          origin="from template"
        />
      )}
    </div>
  );
}
