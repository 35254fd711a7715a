// The text of `mcp-inspect check --help`: prose around the option sections of check's option table.
import { ASSERTIONS_GROUP, CHECK_COMMAND, OPTIONS_GROUP } from '../../shared/options/commandTables';
import { formatOptionHelp } from '../../shared/options/optionTable';
import { OAUTH_GROUP, SERVER_GROUP } from '../../shared/options/serverOptions';

export function checkHelpText(): string {
  return `Usage:
  mcp-inspect check [options] [--] <command> [args...]
  mcp-inspect check [options] --url <http(s) URL>

Connects to the server, lists everything it offers (every page of tools, resources, resource
templates and prompts), reads the listed resources, gets the prompts that need no arguments and
pings it, then prints what the live diagnosis found, grouped by severity, with the message numbers
and the spec section of each finding. No tool is called unless --call-tools is given. Options may
come in any order before the server's command line. For CI, --format junit and --format sarif print
test results and code-scanning results instead of the report (redirect them to a file).

${formatOptionHelp(CHECK_COMMAND, [OPTIONS_GROUP, ASSERTIONS_GROUP, SERVER_GROUP, OAUTH_GROUP])}
Exit codes:
  0  no finding at --fail-on or worse (by default: no error finding; warnings, notes, failed
     requests and isError results may be printed), and every assertion held
  1  a finding at --fail-on or worse, a hung request, a run stopped by its bound, or a failed
     assertion
  2  usage error, or a --report file that cannot be written
  3  could not connect (also when the handshake does not finish within --timeout + 5 s; the
     report still lists what was found on the way)
`;
}
