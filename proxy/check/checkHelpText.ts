// The text of `mcp-inspect check --help`: the reference of the check command.
import { DEFAULT_CHECK_TIMEOUT_MS } from './parseCheckArgs';

export function checkHelpText(): string {
  return `Usage:
  mcp-inspect check [options] [--] <command> [args...]
  mcp-inspect check [options] --url <http(s) URL>

Connects to the server, lists everything it offers (every page of tools, resources, resource
templates and prompts), reads the listed resources, gets the prompts that need no arguments and
pings it, then prints what the live diagnosis found, grouped by severity, with the message numbers
and the spec section of each finding. No tool is called unless --call-tools is given.

Options:
  --json                  Print one JSON document instead of the report (see the README).
  --call-tools            Also call each tool once, with arguments made from its inputSchema
                          (defaults, else the smallest valid values).
  --timeout <ms>          Per request (default ${DEFAULT_CHECK_TIMEOUT_MS}); a request that times out is cancelled.
  --url, --transport, --header, -e/--env, --cwd, --config, --server, --era
                          As for mcp-inspect (see mcp-inspect --help).

Exit codes:
  0  no error findings (warnings and notes may be printed)
  1  at least one error finding
  2  usage error
  3  could not connect (the report still lists what was found on the way)
`;
}
