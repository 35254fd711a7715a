import { describe, expect, it } from 'vitest';
import type { ConfigContext } from './configVariables';
import { parseConfigFile, pickServer } from './parseConfigFile';

/** A .vscode/mcp.json as VS Code users write it: comments, trailing commas, `inputs`, predefined variables. */
const vscodeMcpJson = `{
  // Inputs VS Code asks for once and keeps in its secret storage.
  "inputs": [
    { "type": "promptString", "id": "api-key", "description": "API key", "password": true, },
  ],
  "servers": {
    /* A local server started from the workspace. */
    "local": {
      "type": "stdio",
      "command": "\${workspaceFolder}\${/}node_modules\${/}.bin\${pathSeparator}server",
      "args": ["--project", "\${workspaceFolderBasename}", "--home", "\${userHome}", "--from", "\${cwd}"],
      "env": { "API_KEY": "\${input:api-key}", "TOKEN": "\${env:GH_TOKEN}", },
      "cwd": "\${workspaceFolder:app}/server",
    },
    "remote": {
      "type": "http",
      "url": "https://\${env:API_HOST}/mcp",
      "headers": { "Authorization": "Bearer \${input:api-key}" },
    },
  },
}`;

const context: ConfigContext = {
  env: { MCP_INPUT_API_KEY: 'k-1', GH_TOKEN: 'gh', API_HOST: 'api.example.com' },
  workspaceFolder: '/home/ada/app',
  userHome: '/home/ada',
  cwd: '/tmp/run',
  pathSeparator: '/',
};

function only(text: string, given: ConfigContext = context) {
  const result = parseConfigFile(text, given);
  return result.ok ? pickServer(result.servers, 'x') : result;
}
const stdio = (fields: Record<string, unknown>) => JSON.stringify({ servers: { x: { type: 'stdio', command: 'node', ...fields } } });
const claude = (fields: Record<string, unknown>) => JSON.stringify({ mcpServers: { x: { command: 'node', ...fields } } });

describe('config file variables', () => {
  it("expands VS Code's predefined variables, env and inputs in command, args, env, cwd, url and headers", () => {
    const result = parseConfigFile(vscodeMcpJson, context);
    expect(result).toEqual({
      ok: true,
      shape: 'vscode',
      servers: [
        {
          name: 'local',
          target: {
            transport: 'stdio',
            command: '/home/ada/app/node_modules/.bin/server',
            args: ['--project', 'app', '--home', '/home/ada', '--from', '/tmp/run'],
            env: { API_KEY: 'k-1', TOKEN: 'gh' },
            cwd: '/home/ada/app/server',
          },
        },
        { name: 'remote', target: { transport: 'streamable-http', url: 'https://api.example.com/mcp', headers: { Authorization: 'Bearer k-1' } } },
      ],
    });
  });

  it('refuses, naming it, a variable that cannot be answered: an input nobody set, the editor, settings, commands, anything unknown', () => {
    expect(only(stdio({ args: ['${input:api-key}'] }), { ...context, env: {} })).toEqual({
      error: 'Server "x", args[0] uses ${input:api-key}, which VS Code would ask you for; mcp-inspect does not prompt. Set MCP_INPUT_API_KEY in the environment to its value.',
    });
    expect(only(stdio({ args: ['${file}'] }))).toEqual({
      error: 'Server "x", args[0] uses ${file}, which refers to VS Code\'s editor (its open file, selection or build task); mcp-inspect has none',
    });
    expect(only(stdio({ env: { A: '${config:python.defaultInterpreterPath}' } }))).toEqual({
      error: 'Server "x", env.A uses ${config:python.defaultInterpreterPath}, which reads a VS Code setting; mcp-inspect cannot: write the value itself',
    });
    expect(only(stdio({ cwd: '${command:pickFolder}' }))).toMatchObject({ error: expect.stringContaining('uses ${command:pickFolder}, which runs a VS Code command') });
    expect(only(stdio({ args: ['${workspaceRoot}'] }))).toEqual({ error: 'Server "x", args[0] uses ${workspaceRoot}, which is not a variable mcp-inspect knows (for an environment variable write ${env:workspaceRoot})' });
    expect(only(stdio({ args: ['${HOME}'] }))).toMatchObject({ error: expect.stringContaining('uses ${HOME}, which is not a variable mcp-inspect knows (for an environment variable write ${env:HOME})') });
    expect(only(stdio({ args: ['${}'] }))).toMatchObject({ error: expect.stringContaining('uses ${}, which is not a variable') });
    expect(only(stdio({ args: ['${workspaceFolder:other}'] }))).toMatchObject({ error: expect.stringContaining('names the workspace folder "other", but the only one mcp-inspect knows is "app"') });
    expect(only(stdio({ env: { T: '${env:NOPE}' } }))).toEqual({ error: 'Server "x", env.T uses ${env:NOPE}, but NOPE is not set' });
  });

  it("reads Claude Code's ${NAME} and ${NAME:-default} in mcpServers files", () => {
    expect(only(claude({ args: ['${API_HOST}', '${MISSING:-fallback}', '${API_HOST:-unused}', '${userHome}'] }))).toMatchObject({
      target: { args: ['api.example.com', 'fallback', 'api.example.com', '/home/ada'] },
    });
    expect(only(claude({ args: ['${MISSING}'] }))).toEqual({ error: 'Server "x", args[0] uses ${MISSING}, but MISSING is not set' });
  });

  it('keeps what the browser cannot know and lists it for the person, but still refuses what can never resolve', () => {
    const kept = parseConfigFile(vscodeMcpJson, { pathSeparator: '/' }, { keepUnresolved: true });
    expect(kept.ok && kept.servers[0]).toMatchObject({
      target: { command: '${workspaceFolder}/node_modules/.bin/server', env: { API_KEY: '${input:api-key}', TOKEN: '${env:GH_TOKEN}' } },
      needs: {
        '${workspaceFolder}': 'the folder that holds .vscode/ (or the config file)',
        '${workspaceFolderBasename}': 'the folder that holds .vscode/ (or the config file)',
        '${userHome}': 'your home folder',
        '${cwd}': 'the folder mcp-inspect was started in',
        '${input:api-key}': 'an input VS Code would ask you for ("API key")',
        '${env:GH_TOKEN}': 'the environment variable GH_TOKEN',
        '${workspaceFolder:app}': 'the folder that holds .vscode/ (or the config file)',
      },
    });
    const unknown = parseConfigFile(stdio({ args: ['${selectedText}'] }), {}, { keepUnresolved: true });
    expect(unknown.ok && unknown.servers[0]).toMatchObject({ error: expect.stringContaining('${selectedText}, which refers to VS Code\'s editor') });
  });
});
