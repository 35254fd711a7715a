// Breaks server-crashed: on ping, it writes an error to stderr and exits with code 1.
import { serveRaw } from './rawStdioServer';

serveRaw({
  name: 'rule-server-crashed',
  handlers: {
    ping: () => {
      process.stderr.write('TypeError: cannot read properties of undefined\n');
      process.exit(1);
    },
  },
});
