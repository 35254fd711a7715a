// The text of `mcp-inspect diff --help`: prose around the option sections of diff's option table.
import { DIFF_COMMAND, OPTIONS_GROUP } from '../../shared/options/commandTables';
import { formatOptionHelp } from '../../shared/options/optionTable';
import { OAUTH_GROUP, SERVER_GROUP } from '../../shared/options/serverOptions';

export function diffHelpText(): string {
  return `Usage:
  mcp-inspect diff [options] BEFORE.jsonl AFTER.jsonl
  mcp-inspect diff [options] BEFORE.jsonl [--] <command> [args...]
  mcp-inspect diff [options] BEFORE.jsonl --url <http(s) URL>

Compares a server's interface, its tools, prompts, resources and resource templates, as a recorded
session last listed them, with another session's or with a live server's (listed now, every page;
nothing is called). Each definition added, removed or changed is printed, each change classified
breaking or compatible for a client built against BEFORE: a removed tool, prompt, resource or
template, a new required argument or property, an optional one made required, a narrowed type or
set of allowed values in an input schema, a field removed or made optional in an output schema and
a changed MIME type are breaking; a new definition, a new optional argument, a widened type and a
changed description or title are not. A live server is the command or URL you give: diff never runs
what a session file names.

${formatOptionHelp(DIFF_COMMAND, [OPTIONS_GROUP, SERVER_GROUP, OAUTH_GROUP])}
Exit codes:
  0  no change at --fail-on (by default: no breaking change)
  1  a change at --fail-on
  2  usage error, or a session file that cannot be read or holds no list
  3  could not connect to the live server
`;
}
