// The host side of one rendered app: the official AppBridge (ext-apps/app-bridge) over postMessage to
// the sandbox frame, its server calls sent through the inspector's connection (so they are in the log
// like any request), and its host requests served (links with a person's confirmation, messages, size,
// display mode, logging). Plain TypeScript: the React hook only starts and stops it.
import { AppBridge, PostMessageTransport, type McpUiDisplayMode, type McpUiHostContext } from '@modelcontextprotocol/ext-apps/app-bridge';
import type { JSONRPCMessage } from '@modelcontextprotocol/client';
import type { AppResource } from '../../../../shared/apps/appResource';
import { tappedTransport, type AppDirection } from './tappedTransport';

/**
 * Where the tool call the app renders stands: still running (the app has its input and waits), answered
 * (`ui/notifications/tool-result`), or cancelled (`ui/notifications/tool-cancelled`).
 */
export type AppToolOutcome = { kind: 'pending' } | { kind: 'result'; result: Record<string, unknown> } | { kind: 'cancelled'; reason: string };

/** A line of the app's console, log notifications and host requests, as the Apps panel lists them. */
export interface AppConsoleLine {
  level: string;
  text: string;
}

export interface AppHostOptions {
  frame: HTMLIFrameElement;
  /** The sandbox page's origin: only its messages are read. */
  sandboxOrigin: string;
  app: AppResource;
  hostContext: McpUiHostContext;
  /** The arguments of the tool call the app renders, if it renders one (sent once it is initialized). */
  toolInput?: Record<string, unknown>;
  /** Sends an MCP request to the server through the inspector's connection; throws the server's error. */
  callServer(method: string, params: Record<string, unknown> | undefined): Promise<Record<string, unknown>>;
  /** Asks the person; true to go ahead. */
  confirm(question: string): boolean;
  onConsole(line: AppConsoleLine): void;
  onTraffic(direction: AppDirection, message: JSONRPCMessage): void;
  onSizeChange(size: { width?: number; height?: number }): void;
  onDisplayModeRequest(mode: McpUiDisplayMode): McpUiDisplayMode;
  onTeardownRequest(): void;
}

export interface AppHost {
  setHostContext(context: McpUiHostContext): void;
  /** Tells the app how the tool call ended, once it is initialized (at most once: later calls are ignored). */
  setToolOutcome(outcome: AppToolOutcome): void;
  /** Asks the app to tear down (spec: before the frame is removed), then closes the bridge. */
  close(): Promise<void>;
}

const HOST_INFO = { name: 'mcp-inspect', version: '1' };

export function startAppHost(options: AppHostOptions): AppHost {
  const { frame, app } = options;
  const target = frame.contentWindow!;
  const bridge = new AppBridge(
    null,
    HOST_INFO,
    {
      openLinks: {},
      serverTools: {},
      serverResources: {},
      logging: {},
      message: { text: {} },
      updateModelContext: { text: {} },
      sandbox: { ...(app.csp ? { csp: app.csp } : {}) },
    },
    { hostContext: options.hostContext },
  );
  const forward = (method: string) => (params: unknown) => options.callServer(method, params as Record<string, unknown> | undefined);
  bridge.oncalltool = forward('tools/call') as never;
  bridge.onreadresource = forward('resources/read') as never;
  bridge.onlistresources = forward('resources/list') as never;
  bridge.onlistresourcetemplates = forward('resources/templates/list') as never;
  bridge.onlistprompts = forward('prompts/list') as never;
  bridge.onopenlink = async ({ url }) => {
    const safe = /^https?:\/\//i.test(url);
    options.onConsole({ level: 'host', text: `open link ${url}${safe ? '' : ' (refused: only http(s) links open)'}` });
    if (!safe || !options.confirm(`The app asks to open ${url}. Open it in a new tab?`)) return { isError: true };
    window.open(url, '_blank', 'noopener,noreferrer');
    return {};
  };
  bridge.onmessage = async (params) => {
    options.onConsole({ level: 'host', text: `message to the conversation: ${JSON.stringify(params.content)}` });
    return {};
  };
  bridge.onupdatemodelcontext = async (params) => {
    options.onConsole({ level: 'host', text: `model context update: ${JSON.stringify(params)}` });
    return {};
  };
  bridge.onrequestdisplaymode = async ({ mode }) => ({ mode: options.onDisplayModeRequest(mode) });
  bridge.onsizechange = (size) => options.onSizeChange(size);
  bridge.onrequestteardown = () => options.onTeardownRequest();
  bridge.onloggingmessage = ({ level, data, logger }) =>
    options.onConsole({ level, text: `${logger ? `[${logger}] ` : ''}${typeof data === 'string' ? data : JSON.stringify(data)}` });
  bridge.addEventListener('sandboxready', () => void bridge.sendSandboxResourceReady({ html: app.html, ...(app.csp ? { csp: app.csp } : {}) }));
  let initialized = false;
  let outcome: AppToolOutcome = { kind: 'pending' };
  let outcomeSent = false;
  const sendOutcome = () => {
    if (!initialized || outcomeSent || outcome.kind === 'pending') return;
    outcomeSent = true;
    if (outcome.kind === 'result') void bridge.sendToolResult(outcome.result as never);
    else void bridge.sendToolCancelled({ reason: outcome.reason });
  };
  bridge.oninitialized = () => {
    initialized = true;
    if (options.toolInput) void bridge.sendToolInput({ arguments: options.toolInput });
    sendOutcome();
  };

  // The sandbox page forwards what the app writes to its console as a plain (non JSON-RPC) message.
  const onConsoleMessage = (event: MessageEvent) => {
    if (event.source !== target || event.origin !== options.sandboxOrigin) return;
    const line = (event.data as { mcpInspectConsole?: unknown } | null)?.mcpInspectConsole as AppConsoleLine | undefined;
    if (line && typeof line.level === 'string' && typeof line.text === 'string') options.onConsole({ level: line.level, text: line.text.slice(0, 4_000) });
  };
  window.addEventListener('message', onConsoleMessage);
  const transport = tappedTransport(new PostMessageTransport(target, target), options.onTraffic);
  void bridge.connect(transport);

  return {
    setHostContext: (context) => bridge.setHostContext(context),
    setToolOutcome: (next) => {
      outcome = next;
      sendOutcome();
    },
    close: async () => {
      window.removeEventListener('message', onConsoleMessage);
      await Promise.race([bridge.teardownResource({}).catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 500))]);
      await bridge.close();
    },
  };
}
