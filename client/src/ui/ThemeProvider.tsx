// Holds the theme preference (kept with useSetting), follows the system's colour scheme while the
// preference is "system", and applies the resolved theme to <html> before the browser paints.
import { createContext, useContext, useLayoutEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { applyTheme, DARK_SCHEME_QUERY, isThemePreference, resolveTheme, systemPrefersDark, THEME_SETTING, type Theme, type ThemePreference } from './theme';
import { useSetting } from './useSetting';

export interface ThemeState {
  preference: ThemePreference;
  /** What is shown now: the preference, or the system's scheme when the preference is "system". */
  theme: Theme;
  setPreference: (preference: ThemePreference) => void;
}

const ThemeContext = createContext<ThemeState>({ preference: 'system', theme: 'light', setPreference: () => undefined });

function subscribeToSystemScheme(onChange: () => void): () => void {
  if (typeof matchMedia !== 'function') return () => undefined;
  const query = matchMedia(DARK_SCHEME_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

export function ThemeProvider({ children }: { children: ReactNode }) {
  const [stored, setPreference] = useSetting<string>(THEME_SETTING, 'system');
  const preference: ThemePreference = isThemePreference(stored) ? stored : 'system';
  const systemDark = useSyncExternalStore(subscribeToSystemScheme, systemPrefersDark, () => false);
  const theme = resolveTheme(preference, systemDark);
  useLayoutEffect(() => applyTheme(document.documentElement, theme), [theme]);
  const state = useMemo(() => ({ preference, theme, setPreference }), [preference, theme, setPreference]);
  return <ThemeContext.Provider value={state}>{children}</ThemeContext.Provider>;
}

export function useTheme(): ThemeState {
  return useContext(ThemeContext);
}
