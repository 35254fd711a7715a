// Breaks request-unanswered: on ping, it exits cleanly (code 0) without answering.
import { serveRaw } from './rawStdioServer';

serveRaw({ name: 'rule-request-unanswered', handlers: { ping: () => process.exit(0) } });
