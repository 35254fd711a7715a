import { THEME_PREFERENCES, type ThemePreference } from './theme';
import { useTheme } from './ThemeProvider';

const LABELS: Record<ThemePreference, { text: string; icon: string }> = {
  system: { text: 'System', icon: '◐' },
  light: { text: 'Light', icon: '☀' },
  dark: { text: 'Dark', icon: '☾' },
};

/** System / light / dark, as a radio group (one choice, arrow keys move between them). */
export function ThemeToggle() {
  const { preference, theme, setPreference } = useTheme();
  return (
    <div role="radiogroup" aria-label="Theme" title={`Theme: ${preference} (showing ${theme})`} className="flex rounded border border-zinc-300 dark:border-zinc-600">
      {THEME_PREFERENCES.map((option) => {
        const checked = option === preference;
        return (
          <button
            key={option}
            type="button"
            role="radio"
            aria-checked={checked}
            aria-label={LABELS[option].text}
            title={LABELS[option].text}
            tabIndex={checked ? 0 : -1}
            onClick={() => setPreference(option)}
            onKeyDown={(event) => {
              const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : 0;
              if (step === 0) return;
              event.preventDefault();
              const next = THEME_PREFERENCES[(THEME_PREFERENCES.indexOf(option) + step + THEME_PREFERENCES.length) % THEME_PREFERENCES.length] ?? option;
              setPreference(next);
              const sibling = event.currentTarget.parentElement?.querySelector<HTMLElement>(`[aria-label="${LABELS[next].text}"]`);
              sibling?.focus();
            }}
            className="h-6 px-1.5 text-xs text-zinc-500 first:rounded-l last:rounded-r hover:text-zinc-900 aria-checked:bg-zinc-200 aria-checked:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-50 dark:aria-checked:bg-zinc-700 dark:aria-checked:text-zinc-50"
          >
            <span aria-hidden>{LABELS[option].icon}</span>
          </button>
        );
      })}
    </div>
  );
}
