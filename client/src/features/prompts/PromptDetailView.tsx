// One prompt: what it is, what changed in it during the session, its arguments as a form with the server's completions, and prompts/get.
// Required arguments left empty stop the request, with "Get anyway" for testing the server's checks.
import { useState, type FormEvent } from 'react';
import { answersRequests, type ConnectionSummary } from '../../../../shared/connectionTypes';
import { Button } from '../../ui/Button';
import { Markdown } from '../../ui/Markdown';
import { ArgumentsForm } from '../completion/ArgumentsForm';
import { DriftDetailView } from '../serverLists/DriftDetailView';
import type { DriftMark } from '../serverLists/listDrift';
import { missingArguments, promptArguments, type PromptFacts } from './promptFacts';
import { PromptResultView } from './PromptResultView';
import { usePromptGet } from './usePromptGet';
import { descriptionBesidesTitle } from '../serverLists/descriptionBesidesTitle';

export interface PromptDetailViewProps {
  connection: ConnectionSummary;
  prompt: PromptFacts;
  /** How it differs from the prompt as first listed in this session, if it does. */
  mark?: DriftMark | undefined;
}

export function PromptDetailView({ connection, prompt, mark }: PromptDetailViewProps) {
  const [values, setValues] = useState<Record<string, string>>({});
  const [attempted, setAttempted] = useState(false);
  const get = usePromptGet(connection.id, prompt.name);
  const missing = missingArguments(prompt, values);
  const blocked = attempted && missing.length > 0;
  const connected = answersRequests(connection.state);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (missing.length === 0 && !get.isPending) get.mutate(promptArguments(values));
  };

  const description = descriptionBesidesTitle(prompt.title, prompt.description);
  return (
    <section aria-label={`Prompt ${prompt.name}`} className="flex flex-col gap-3 p-3">
      <header className="flex flex-wrap items-center gap-2">
        <h3 className="font-mono text-sm font-semibold">{prompt.name}</h3>
        {prompt.title && <span className="text-sm text-zinc-600 dark:text-zinc-300">{prompt.title}</span>}
      </header>
      <DriftDetailView mark={mark} noun="prompt" />
      {description && <Markdown text={description} />}
      <form onSubmit={onSubmit} className="flex flex-col gap-3">
        {prompt.arguments.length === 0 ? (
          <p className="text-xs text-zinc-500">This prompt takes no arguments.</p>
        ) : (
          <ArgumentsForm
            connection={connection}
            completionRef={{ type: 'ref/prompt', name: prompt.name }}
            specs={prompt.arguments}
            values={values}
            onChange={setValues}
            label="Prompt arguments"
          />
        )}
        <div className="flex flex-wrap items-center gap-2">
          <Button type="submit" variant="primary" disabled={!connected || get.isPending}>
            {get.isPending ? 'Getting…' : 'Get prompt'}
          </Button>
          {blocked && (
            <>
              <span role="alert" className="text-xs text-red-700 dark:text-red-400">
                Required: {missing.join(', ')}. Nothing was sent.
              </span>
              <Button variant="danger" onClick={() => get.mutate(promptArguments(values))} disabled={!connected || get.isPending}>
                Get anyway
              </Button>
            </>
          )}
        </div>
      </form>
      {get.error && (
        <p role="alert" className="text-xs text-red-700 dark:text-red-400">
          {get.error.message}
        </p>
      )}
      {get.data && <PromptResultView outcome={get.data} />}
    </section>
  );
}
