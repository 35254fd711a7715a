// A live MCP App: the sandbox frame (another origin: see docs/architecture.md, "MCP Apps"), its debug
// controls and its console. Its server calls go through the inspector's connection, so they are in the
// log; with `readOnly` (a reopened session) they are refused and the app shows what was recorded.
import type { McpUiDisplayMode } from '@modelcontextprotocol/ext-apps/app-bridge';
import { useMemo, useState } from 'react';
import type { AppResource } from '../../../../shared/apps/appResource';
import type { ConnectionSummary } from '../../../../shared/connectionTypes';
import { appSandboxUrl } from '../../../../shared/apps/appSandboxUrl';
import { useConnections } from '../../api/useConnections';
import { Button } from '../../ui/Button';
import { Disclosure } from '../../ui/Disclosure';
import { JsonView } from '../../ui/JsonView';
import { useTheme } from '../../ui/ThemeProvider';
import type { AppToolOutcome } from './appHost';
import { AppConsoleView } from './AppConsoleView';
import { AppControls } from './AppControls';
import { hostContextOf, LOCALES, presetOf, type AppDisplay } from './appDisplay';
import { useAppHost } from './useAppHost';
import { useAppServerCalls } from './useAppServerCalls';

export interface AppPanelProps {
  connection: ConnectionSummary;
  app: AppResource;
  /** The tool whose call the app renders (its `tools/list` item), its arguments and how it stands. */
  tool?: Record<string, unknown>;
  toolInput?: Record<string, unknown>;
  toolOutcome?: AppToolOutcome;
  readOnly?: boolean;
}

export function AppPanel(props: AppPanelProps) {
  const { launch } = useConnections();
  const { theme } = useTheme();
  const [display, setDisplay] = useState<AppDisplay>(() => ({ theme, locale: LOCALES[0]!, displayMode: 'inline', size: 'desktop' }));
  const [generation, setGeneration] = useState(0);
  // The app follows the inspector's theme when that changes; the controls can still set another.
  const [followedTheme, setFollowedTheme] = useState(theme);
  if (followedTheme !== theme) {
    setFollowedTheme(theme);
    setDisplay((current) => ({ ...current, theme }));
  }
  const sandboxOrigin = launch?.appSandboxOrigin;
  if (!sandboxOrigin) return <p className="text-xs text-zinc-500">This proxy serves no app sandbox, so the app cannot be shown.</p>;
  return (
    <section aria-label={`MCP App ${props.app.uri}`} className="flex flex-col gap-2 rounded border border-zinc-200 p-2 dark:border-zinc-700">
      <AppControls display={display} onChange={setDisplay} onReload={() => setGeneration((n) => n + 1)} />
      <AppFrameHost key={generation} {...props} sandboxOrigin={sandboxOrigin} display={display} onDisplay={setDisplay} />
    </section>
  );
}

interface AppFrameHostProps extends AppPanelProps {
  sandboxOrigin: string;
  display: AppDisplay;
  onDisplay(display: AppDisplay): void;
}

function AppFrameHost({ connection, app, tool, toolInput, toolOutcome, readOnly, sandboxOrigin, display, onDisplay }: AppFrameHostProps) {
  const [frame, setFrame] = useState<HTMLIFrameElement | null>(null);
  const hostContext = useMemo(() => hostContextOf(display, tool), [display, tool]);
  const server = useAppServerCalls(connection, app.uri, readOnly ?? false);
  const { consoleLines, reportedHeight, closed } = useAppHost(frame, {
    sandboxOrigin,
    app,
    hostContext,
    ...(toolInput ? { toolInput } : {}),
    ...(toolOutcome ? { toolOutcome } : {}),
    callServer: server.call,
    onTraffic: server.record,
    onDisplayModeRequest: (mode: McpUiDisplayMode) => {
      onDisplay({ ...display, displayMode: mode });
      return mode;
    },
  });
  const preset = presetOf(display.size);
  const src = useMemo(() => appSandboxUrl(sandboxOrigin, app.csp), [sandboxOrigin, app.csp]);
  if (closed) return <p className="text-xs text-zinc-500">The app asked to be closed. Reload it to show it again.</p>;
  const height = Math.min(Math.max(reportedHeight ?? 240, 80), preset.maxHeight);
  const frameBox =
    display.displayMode === 'fullscreen'
      ? 'fixed inset-4 z-40 shadow-2xl'
      : display.displayMode === 'pip'
        ? 'fixed right-4 bottom-4 z-40 h-72 w-96 shadow-2xl'
        : 'relative max-w-full';
  return (
    <>
      <div
        data-testid="app-container"
        data-display-mode={display.displayMode}
        className={`${frameBox} overflow-hidden rounded border border-zinc-300 bg-white dark:border-zinc-600 dark:bg-zinc-950`}
        style={display.displayMode === 'inline' ? { width: preset.width, height } : undefined}
      >
        {display.displayMode !== 'inline' && (
          <Button className="absolute top-1 right-1 z-10" onClick={() => onDisplay({ ...display, displayMode: 'inline' })}>
            Back to inline
          </Button>
        )}
        <iframe
          ref={setFrame}
          title={`MCP App ${app.uri}`}
          src={src}
          sandbox="allow-scripts allow-same-origin allow-forms"
          referrerPolicy="no-referrer"
          className="block h-full w-full border-0"
        />
      </div>
      <AppConsoleView lines={consoleLines} />
      <Disclosure summary="Host context">
        <JsonView value={hostContext} label="Host context" />
      </Disclosure>
    </>
  );
}
