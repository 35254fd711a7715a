import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createLiveClient } from './api/inspectorClient';
import { takeToken } from './api/pageToken';
import { socketUrl } from './api/socketUrl';
import { App } from './app/App';
import { preloadLikelyTabs } from './app/tabRegistry';
import { applyTheme, isThemePreference, resolveTheme, systemPrefersDark, THEME_SETTING } from './ui/theme';
import { readSetting } from './ui/useSetting';
import './index.css';

// The token stays in the URL fragment (reloads keep it) and in memory; see api/pageToken.ts.
const token = takeToken({ location: window.location, history: window.history });
const client = createLiveClient(() => socketUrl(window.location, token));

// The theme is applied before the first render so a dark page never flashes white.
const preference = readSetting<string>(THEME_SETTING, 'system');
applyTheme(document.documentElement, resolveTheme(isThemePreference(preference) ? preference : 'system', systemPrefersDark()));

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App client={client} />
  </StrictMode>,
);
preloadLikelyTabs();
