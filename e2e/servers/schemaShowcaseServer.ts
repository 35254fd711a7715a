// A kitchen-sink fixture server: one tool whose inputSchema holds every JSON Schema construct the form
// renders (and one it cannot), echoing its arguments back so a test can assert exactly what was sent;
// tools with icons (safe and unsafe); and a tool per content shape a result can take (audio, image,
// resource_link, embedded text and blob, an unknown type, annotations, isError, _meta, a 5 MiB text).
// Built on the SDK's low-level Server, so schemas and results go out exactly as written here.
import { Server, type CallToolResult } from '@modelcontextprotocol/server';
import { StdioServerTransport } from '@modelcontextprotocol/server/stdio';

const PNG_1X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

/** A valid 8 kHz mono 16-bit PCM WAV: a 440 Hz tone of `seconds`. */
function toneWav(seconds: number): Buffer {
  const rate = 8000;
  const samples = Math.round(rate * seconds);
  const wav = Buffer.alloc(44 + samples * 2);
  wav.write('RIFF', 0);
  wav.writeUInt32LE(36 + samples * 2, 4);
  wav.write('WAVEfmt ', 8);
  wav.writeUInt32LE(16, 16); // fmt chunk size
  wav.writeUInt16LE(1, 20); // PCM
  wav.writeUInt16LE(1, 22); // mono
  wav.writeUInt32LE(rate, 24);
  wav.writeUInt32LE(rate * 2, 28); // byte rate
  wav.writeUInt16LE(2, 32); // block align
  wav.writeUInt16LE(16, 34); // bits per sample
  wav.write('data', 36);
  wav.writeUInt32LE(samples * 2, 40);
  for (let i = 0; i < samples; i++) wav.writeInt16LE(Math.round(8000 * Math.sin((2 * Math.PI * 440 * i) / rate)), 44 + i * 2);
  return wav;
}

/** Every construct the form renders, plus one (`allOf`) it edits as JSON. */
const showcaseInputSchema = {
  type: 'object' as const,
  $defs: {
    address: {
      type: 'object',
      title: 'Address',
      properties: {
        street: { type: 'string', description: 'Street and number' },
        city: { type: 'string' },
      },
      required: ['city'],
    },
  },
  properties: {
    email: { type: 'string', format: 'email', description: 'Where the receipt goes' },
    website: { type: 'string', format: 'uri' },
    birthday: { type: 'string', format: 'date' },
    meetingAt: { type: 'string', format: 'date-time' },
    count: { type: 'integer', minimum: 1, maximum: 10, description: 'How many, 1 to 10' },
    ratio: { type: 'number', minimum: 0, maximum: 1 },
    confirmed: { type: 'boolean', description: 'A required boolean' },
    notify: { type: 'boolean', description: 'An optional boolean' },
    color: { type: 'string', enum: ['red', 'green', 'blue'], default: 'green' },
    priority: {
      oneOf: [
        { const: 1, title: 'Low' },
        { const: 2, title: 'Medium' },
        { const: 3, title: 'High' },
      ],
    },
    size: {
      type: 'string',
      anyOf: [
        { const: 's', title: 'Small' },
        { const: 'l', title: 'Large' },
      ],
    },
    retries: { type: 'integer', default: 3 },
    tags: { type: 'array', items: { type: 'string' } },
    contacts: {
      type: 'array',
      items: {
        type: 'object',
        properties: { name: { type: 'string' }, phone: { type: 'string' } },
        required: ['name'],
      },
    },
    profile: {
      type: 'object',
      properties: {
        nickname: { type: 'string' },
        geo: { type: 'object', properties: { lat: { type: 'number' }, lon: { type: 'number' } } },
      },
    },
    middleName: { type: ['string', 'null'] },
    deletedAt: { anyOf: [{ type: 'string', format: 'date-time' }, { type: 'null' }] },
    shipping: { $ref: '#/$defs/address' },
    filter: { allOf: [{ type: 'object' }, { properties: { query: { type: 'string' } } }], description: 'No widget for allOf' },
  },
  required: ['email', 'count', 'confirmed'],
};

type ObjectSchema = { type: 'object'; [keyword: string]: unknown };

interface ToolSpec {
  name: string;
  description: string;
  inputSchema?: ObjectSchema;
  icons?: { src: string; mimeType?: string }[];
  result: (args: Record<string, unknown>) => Record<string, unknown>;
}

const text = (value: string) => ({ type: 'text', text: value });

/** The SDK server validates results, so a block of an unknown type is swapped in on the way out. */
const UNKNOWN_TYPE_MARKER = '<<unknown content type goes here>>';
const unknownTypeBlock = { type: 'hologram', depth: 3 };
const emptyInput: ObjectSchema = { type: 'object', properties: {} };

const tools: ToolSpec[] = [
  {
    name: 'showcase',
    description: 'Every JSON Schema construct of a tool input; echoes its arguments as JSON.',
    inputSchema: showcaseInputSchema,
    result: (args) => ({ content: [text(JSON.stringify(args))] }),
  },
  {
    name: 'icon-https',
    description: 'An https icon (rendered).',
    icons: [{ src: 'https://example.com/icon.png', mimeType: 'image/png' }],
    result: () => ({ content: [text('icon-https')] }),
  },
  {
    name: 'icon-data',
    description: 'A data: icon (rendered).',
    icons: [{ src: `data:image/png;base64,${PNG_1X1}`, mimeType: 'image/png' }],
    result: () => ({ content: [text('icon-data')] }),
  },
  {
    name: 'icon-unsafe',
    description: 'javascript: and file: icons (never rendered).',
    icons: [{ src: 'javascript:alert(1)' }, { src: 'file:///etc/passwd', mimeType: 'image/png' }],
    result: () => ({ content: [text('icon-unsafe')] }),
  },
  { name: 'audio', description: 'A short WAV tone.', result: () => ({ content: [{ type: 'audio', data: toneWav(0.25).toString('base64'), mimeType: 'audio/wav' }] }) },
  { name: 'image', description: 'A 1×1 PNG.', result: () => ({ content: [{ type: 'image', data: PNG_1X1, mimeType: 'image/png' }] }) },
  {
    name: 'resource-link',
    description: 'A link to a resource of this server.',
    result: () => ({ content: [{ type: 'resource_link', uri: 'showcase://notes/readme', name: 'readme', title: 'The readme', mimeType: 'text/plain' }] }),
  },
  {
    name: 'embedded-text',
    description: 'An embedded text resource.',
    result: () => ({ content: [{ type: 'resource', resource: { uri: 'showcase://notes/readme', mimeType: 'text/plain', text: 'Embedded readme text' } }] }),
  },
  {
    name: 'embedded-blob',
    description: 'An embedded binary resource, to download.',
    result: () => ({
      content: [{ type: 'resource', resource: { uri: 'showcase://files/data.bin', mimeType: 'application/octet-stream', blob: Buffer.from([0, 1, 2, 3, 254, 255]).toString('base64') } }],
    }),
  },
  { name: 'unknown-type', description: 'A content block of a type MCP does not define.', result: () => ({ content: [text(UNKNOWN_TYPE_MARKER)] }) },
  {
    name: 'annotated',
    description: 'Content with annotations.',
    result: () => ({ content: [{ ...text('For the user only'), annotations: { audience: ['user'], priority: 0.9, lastModified: '2025-01-31T12:00:00Z' } }] }),
  },
  { name: 'fails', description: 'Reports a failure with isError.', result: () => ({ content: [text('The widget is broken')], isError: true }) },
  {
    name: 'with-meta',
    description: 'A result and a content block carrying _meta.',
    result: () => ({ content: [{ ...text('has meta'), _meta: { 'showcase/block': 'block-meta-value' } }], _meta: { 'showcase/trace': 'trace-42' } }),
  },
  {
    name: 'big-text',
    description: 'A large text result (default 5 MiB).',
    inputSchema: { type: 'object' as const, properties: { mebibytes: { type: 'number', minimum: 0, maximum: 64, default: 5 } } },
    result: (args) => {
      const bytes = Math.round((typeof args.mebibytes === 'number' ? args.mebibytes : 5) * 1024 * 1024);
      const line = 'The quick brown fox jumps over the lazy dog. 0123456789\n';
      return { content: [text(line.repeat(Math.ceil(bytes / line.length)).slice(0, bytes))] };
    },
  },
  {
    name: 'big-json',
    description: 'A large JSON text result (about 5 MiB).',
    result: () => ({ content: [text(JSON.stringify(Array.from({ length: 60_000 }, (_, i) => ({ id: i, name: `item-${i}`, payload: 'x'.repeat(60) }))))] }),
  },
];

const server = new Server({ name: 'schema-showcase-fixture', version: '1.0.0' }, { capabilities: { tools: {}, resources: {} } });

server.setRequestHandler('tools/list', () => ({
  tools: tools.map(({ name, description, inputSchema, icons }) => ({ name, description, inputSchema: inputSchema ?? emptyInput, ...(icons ? { icons } : {}) })),
}));
server.setRequestHandler('tools/call', (request) => {
  const tool = tools.find((candidate) => candidate.name === request.params.name);
  const result = tool ? tool.result(request.params.arguments ?? {}) : { content: [text(`Unknown tool ${request.params.name}`)], isError: true };
  // Sent as written, even shapes the SDK's types forbid (an unknown content type).
  return result as CallToolResult;
});
server.setRequestHandler('resources/list', () => ({ resources: [{ uri: 'showcase://notes/readme', name: 'readme', mimeType: 'text/plain' }] }));
server.setRequestHandler('resources/read', (request) => ({
  contents: [{ uri: request.params.uri, mimeType: 'text/plain', text: `Contents of ${request.params.uri}` }],
}));

const transport = new StdioServerTransport();
const send = transport.send.bind(transport);
transport.send = (message) => {
  const content = (message as { result?: { content?: Record<string, unknown>[] } }).result?.content;
  if (content?.[0]?.text === UNKNOWN_TYPE_MARKER) content[0] = unknownTypeBlock;
  return send(message);
};
await server.connect(transport);
