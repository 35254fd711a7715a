// Where a server result carries content: the content blocks of tool results and prompt messages, and the
// resource contents of `resources/read` (and of embedded resources). `content-invalid` and `uri-invalid`
// judge them; `result-schema` leaves broken ones to them, so one broken block yields one finding, not two.
import { asRecord } from './rule';

/** One content block or resource contents object, with its path in the message (`result.content[0]`). */
export interface ContentLocation {
  path: string;
  value: unknown;
  /** `block`: a content block (text, image, …); `resource`: resource contents (uri + text or blob). */
  kind: 'block' | 'resource';
}

function blocksOf(value: unknown, path: string): ContentLocation[] {
  if (Array.isArray(value)) return value.map((block, index) => ({ path: `${path}[${index}]`, value: block, kind: 'block' }));
  return value === undefined ? [] : [{ path, value, kind: 'block' }];
}

/** Several rules look at the same result's content: it is located once per result object. */
const located = new WeakMap<Record<string, unknown>, ContentLocation[]>();

/** The content of a result by its request's method; embedded resources are listed after their block. */
export function contentLocations(method: string, result: Record<string, unknown>): ContentLocation[] {
  let locations = located.get(result);
  if (!locations) located.set(result, (locations = locate(method, result)));
  return locations;
}

function locate(method: string, result: Record<string, unknown>): ContentLocation[] {
  let locations: ContentLocation[] = [];
  if (method === 'tools/call' && Array.isArray(result.content)) locations = blocksOf(result.content, 'result.content');
  else if (method === 'prompts/get' && Array.isArray(result.messages)) {
    locations = result.messages.flatMap((message, index) => blocksOf(asRecord(message)?.content, `result.messages[${index}].content`));
  } else if (method === 'resources/read' && Array.isArray(result.contents)) {
    return result.contents.map((contents, index) => ({ path: `result.contents[${index}]`, value: contents, kind: 'resource' }));
  }
  return locations.flatMap((location) => {
    const block = asRecord(location.value);
    const embedded = block?.type === 'resource' && block.resource !== undefined ? [{ path: `${location.path}.resource`, value: block.resource, kind: 'resource' as const }] : [];
    return [location, ...embedded];
  });
}
