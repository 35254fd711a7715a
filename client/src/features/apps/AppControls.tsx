// The debug controls of a rendered app: theme, locale, display mode, container size, reload.
import { Button } from '../../ui/Button';
import { DISPLAY_MODES, LOCALES, SIZE_PRESETS, type AppDisplay } from './appDisplay';

export interface AppControlsProps {
  display: AppDisplay;
  onChange(display: AppDisplay): void;
  onReload(): void;
}

const selectClass = 'h-7 rounded border border-zinc-300 bg-white px-1.5 text-[13px] dark:border-zinc-600 dark:bg-zinc-800 dark:text-zinc-100';

export function AppControls({ display, onChange, onReload }: AppControlsProps) {
  return (
    <div role="toolbar" aria-label="App controls" className="flex flex-wrap items-center gap-2 text-[13px]">
      <div role="group" aria-label="App theme" className="flex gap-1">
        {(['light', 'dark'] as const).map((theme) => (
          <Button key={theme} variant="ghost" aria-pressed={display.theme === theme} onClick={() => onChange({ ...display, theme })}>
            {theme === 'light' ? 'Light' : 'Dark'}
          </Button>
        ))}
      </div>
      <div role="group" aria-label="Container size" className="flex gap-1">
        {SIZE_PRESETS.map((preset) => (
          <Button key={preset.id} variant="ghost" aria-pressed={display.size === preset.id} title={`${preset.width} px wide`} onClick={() => onChange({ ...display, size: preset.id })}>
            {preset.label}
          </Button>
        ))}
      </div>
      <label className="flex items-center gap-1">
        <span className="text-zinc-600 dark:text-zinc-300">Display</span>
        <select className={selectClass} value={display.displayMode} onChange={(event) => onChange({ ...display, displayMode: event.target.value as AppDisplay['displayMode'] })}>
          {DISPLAY_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {mode}
            </option>
          ))}
        </select>
      </label>
      <label className="flex items-center gap-1">
        <span className="text-zinc-600 dark:text-zinc-300">Locale</span>
        <select className={selectClass} value={display.locale} onChange={(event) => onChange({ ...display, locale: event.target.value })}>
          {LOCALES.map((locale) => (
            <option key={locale} value={locale}>
              {locale}
            </option>
          ))}
        </select>
      </label>
      <Button onClick={onReload}>Reload app</Button>
    </div>
  );
}
