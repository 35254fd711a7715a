// A small notes server on mcp-framework (not the official SDK's server API): one tool class per
// operation, a prompt and a resource, registered in code. `node frameworkServer.js [stdio|http <port>]`.
import { MCPPrompt, MCPResource, MCPServer, MCPTool } from 'mcp-framework';
import { z } from 'zod';

const notes = new Map([['welcome', 'Notes kept in memory by the mcp-framework corpus server.']]);

class AddNoteTool extends MCPTool {
  name = 'add_note';
  description = 'Store a note under a title, replacing any note with that title';
  schema = z.object({
    title: z.string().describe('Title of the note'),
    body: z.string().describe('Text of the note'),
  });

  async execute(input) {
    notes.set(input.title, input.body);
    return `Saved note "${input.title}" (${notes.size} notes)`;
  }
}

class ListNotesTool extends MCPTool {
  name = 'list_notes';
  description = 'List the titles of every stored note';
  schema = z.object({});

  async execute() {
    return [...notes.keys()].join('\n');
  }
}

class SummarizePrompt extends MCPPrompt {
  name = 'summarize_note';
  description = 'Ask the model to summarise one note';
  schema = { title: { type: z.string(), description: 'Title of the note to summarise', required: true } };

  async generateMessages({ title }) {
    return [{ role: 'user', content: { type: 'text', text: `Summarise this note: ${notes.get(title) ?? '(no such note)'}` } }];
  }
}

class NotesIndexResource extends MCPResource {
  uri = 'notes://index';
  name = 'Notes index';
  description = 'Every note title, one per line';
  mimeType = 'text/plain';

  async read() {
    return [{ uri: this.uri, mimeType: this.mimeType, text: [...notes.keys()].join('\n') }];
  }
}

const [mode = 'stdio', port = '8080'] = process.argv.slice(2);
const transport = mode === 'http' ? { type: 'http-stream', options: { port: Number(port), endpoint: '/mcp' } } : { type: 'stdio' };
const server = new MCPServer({ name: 'corpus-mcp-framework', version: '1.0.0', transport });
server.addTool(AddNoteTool);
server.addTool(ListNotesTool);
server.addPrompt(SummarizePrompt);
server.addResource(NotesIndexResource);
await server.start();
