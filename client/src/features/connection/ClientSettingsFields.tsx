import type { ClientCapabilityChoices } from '../../../../shared/connectionTypes';
import { TextField } from '../../ui/TextField';
import { EraSelect } from '../eras/EraSelect';
import type { SettingsDraft, SettingsField } from './settingsDraft';

export interface ClientSettingsFieldsProps {
  draft: SettingsDraft;
  errors: Partial<Record<SettingsField, string>>;
  edit: (patch: Partial<SettingsDraft>) => void;
}

const CAPABILITIES: { key: keyof ClientCapabilityChoices; label: string; hint?: string }[] = [
  { key: 'sampling', label: 'Sampling' },
  { key: 'samplingTools', label: 'Sampling with tools', hint: 'needs sampling' },
  { key: 'elicitationForm', label: 'Elicitation: form' },
  { key: 'elicitationUrl', label: 'Elicitation: URL' },
  { key: 'roots', label: 'Roots (listChanged)' },
  { key: 'tasks', label: 'Tasks', hint: 'declared only' },
];

/** The client's part: the capabilities declared in `initialize`, and the request timeouts. */
export function ClientSettingsFields({ draft, errors, edit }: ClientSettingsFieldsProps) {
  const setCapability = (key: keyof ClientCapabilityChoices, on: boolean) => edit({ capabilities: { ...draft.capabilities, [key]: on } });
  return (
    <>
      <EraSelect era={draft.era} onChange={(era) => edit({ era })} />
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-0.5 font-medium text-zinc-700 dark:text-zinc-300">Client capabilities</legend>
        {CAPABILITIES.map(({ key, label, hint }) => (
          <label key={key} className="flex items-center gap-1.5 text-xs">
            <input type="checkbox" checked={draft.capabilities[key]} onChange={(event) => setCapability(key, event.target.checked)} />
            {label}
            {hint && <span className="text-zinc-500">({hint})</span>}
          </label>
        ))}
        <p className="text-xs text-zinc-500 dark:text-zinc-400">Sent in initialize (modern: in each request's _meta); a change applies on the next connect.</p>
      </fieldset>
      <fieldset className="flex flex-col gap-1.5">
        <legend className="mb-0.5 font-medium text-zinc-700 dark:text-zinc-300">Timeouts</legend>
        <TextField
          label="Request timeout (ms)"
          value={draft.requestTimeoutMs}
          error={errors.requestTimeoutMs}
          onChange={(requestTimeoutMs) => edit({ requestTimeoutMs })}
        />
        <label className="flex items-center gap-1.5 text-xs">
          <input type="checkbox" checked={draft.resetTimeoutOnProgress} onChange={(event) => edit({ resetTimeoutOnProgress: event.target.checked })} />
          Progress resets the timeout
        </label>
        <TextField
          label="Maximum total (ms)"
          value={draft.maxTotalTimeoutMs}
          placeholder="no limit"
          error={errors.maxTotalTimeoutMs}
          onChange={(maxTotalTimeoutMs) => edit({ maxTotalTimeoutMs })}
        />
        <TextField
          label="Answer server requests within (ms)"
          value={draft.serverRequestTimeoutMs}
          hint="Then the server gets an error."
          error={errors.serverRequestTimeoutMs}
          onChange={(serverRequestTimeoutMs) => edit({ serverRequestTimeoutMs })}
        />
      </fieldset>
    </>
  );
}
