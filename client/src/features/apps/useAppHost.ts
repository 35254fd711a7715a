// Starts an app host on a mounted sandbox frame and stops it (tearing the app down) when the frame goes.
// The host context follows the debug controls without restarting the app.
import type { McpUiDisplayMode, McpUiHostContext } from '@modelcontextprotocol/ext-apps/app-bridge';
import { useEffect, useRef, useState } from 'react';
import type { AppResource } from '../../../../shared/apps/appResource';
import { startAppHost, type AppConsoleLine, type AppHost, type AppHostOptions, type AppToolOutcome } from './appHost';

export interface UseAppHostOptions {
  sandboxOrigin: string;
  app: AppResource;
  hostContext: McpUiHostContext;
  toolInput?: Record<string, unknown>;
  /** How the rendered tool call stands; absent when the app renders no call (the Resources tab). */
  toolOutcome?: AppToolOutcome;
  callServer: AppHostOptions['callServer'];
  onTraffic: AppHostOptions['onTraffic'];
  onDisplayModeRequest(mode: McpUiDisplayMode): McpUiDisplayMode;
}

const MAX_CONSOLE_LINES = 500;

export function useAppHost(frame: HTMLIFrameElement | null, options: UseAppHostOptions) {
  const [consoleLines, setConsoleLines] = useState<AppConsoleLine[]>([]);
  const [reportedHeight, setReportedHeight] = useState<number>();
  const [closed, setClosed] = useState(false);
  const host = useRef<AppHost | undefined>(undefined);
  // The latest options, read by the host's callbacks: a re-render must not restart the app.
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });

  useEffect(() => {
    if (!frame?.contentWindow) return;
    const current = latest.current;
    const started = startAppHost({
      frame,
      sandboxOrigin: current.sandboxOrigin,
      app: current.app,
      hostContext: current.hostContext,
      ...(current.toolInput ? { toolInput: current.toolInput } : {}),
      callServer: (method, params) => latest.current.callServer(method, params),
      confirm: (question) => window.confirm(question),
      onConsole: (line) => setConsoleLines((lines) => [...lines.slice(-(MAX_CONSOLE_LINES - 1)), line]),
      onTraffic: (direction, message) => latest.current.onTraffic(direction, message),
      onSizeChange: ({ height }) => {
        if (typeof height === 'number' && height > 0) setReportedHeight(height);
      },
      onDisplayModeRequest: (mode) => latest.current.onDisplayModeRequest(mode),
      onTeardownRequest: () => setClosed(true),
    });
    host.current = started;
    return () => {
      host.current = undefined;
      void started.close();
    };
  }, [frame]);

  const { hostContext, toolOutcome } = options;
  useEffect(() => host.current?.setHostContext(hostContext), [hostContext]);
  useEffect(() => {
    if (toolOutcome) host.current?.setToolOutcome(toolOutcome);
  }, [toolOutcome, frame]);

  return { consoleLines, reportedHeight, closed };
}
