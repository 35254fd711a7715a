// The connection form's era choice, with a one-line explanation of the chosen era.
import type { EraChoice } from '../../../../shared/connectionTypes';
import { ERA_CHOICES, eraExplanation } from './eraChoices';

export interface EraSelectProps {
  era: EraChoice;
  onChange: (era: EraChoice) => void;
}

export function EraSelect({ era, onChange }: EraSelectProps) {
  return (
    <label className="flex flex-col gap-0.5 text-xs">
      <span className="font-medium text-zinc-700 dark:text-zinc-300">Protocol era</span>
      <select
        className="rounded border border-zinc-300 bg-white px-1.5 py-1 dark:border-zinc-700 dark:bg-zinc-900"
        value={era}
        onChange={(event) => onChange(event.target.value as EraChoice)}
      >
        {ERA_CHOICES.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
      <span className="text-zinc-500 dark:text-zinc-400">{eraExplanation(era)}</span>
    </label>
  );
}
