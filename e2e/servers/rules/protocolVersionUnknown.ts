// Breaks protocol-version-unknown: answers initialize with a version that does not exist.
import { serveRaw } from './rawStdioServer';

serveRaw({ name: 'rule-protocol-version-unknown', protocolVersion: '2099-01-01' });
