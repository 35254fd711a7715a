// URIs the server hands out must be URIs: in resources/list, resources/templates/list (URI templates),
// resources/read contents, and the resource links and embedded resources of tool results and prompts.
import { specLinks } from '../specLinks';
import { answeredResult, asRecord, describeRequest, showValue, type DiagnosisRule, type FindingDraft } from '../rule';
import { contentLocations } from '../contentLocations';
import { uriProblem, uriTemplateProblem, type UriProblem } from '../uriSyntax';

interface UriSite {
  path: string;
  value: unknown;
  template: boolean;
}

function listSites(result: Record<string, unknown>, listField: string, uriField: string, template: boolean): UriSite[] {
  const items = result[listField];
  if (!Array.isArray(items)) return [];
  return items.map((item, index) => ({ path: `result.${listField}[${index}].${uriField}`, value: asRecord(item)?.[uriField], template }));
}

function uriSites(method: string, result: Record<string, unknown>): UriSite[] {
  if (method === 'resources/list') return listSites(result, 'resources', 'uri', false);
  if (method === 'resources/templates/list') return listSites(result, 'resourceTemplates', 'uriTemplate', true);
  return contentLocations(method, result).flatMap((location) => {
    const item = asRecord(location.value);
    const carriesUri = location.kind === 'resource' || item?.type === 'resource_link';
    return carriesUri && item ? [{ path: `${location.path}.uri`, value: item.uri, template: false }] : [];
  });
}

export const uriInvalidRule: DiagnosisRule = {
  descriptor: {
    id: 'uri-invalid',
    title: 'Invalid resource URI',
    severity: 'error',
    specSection: specLinks.resourceUris,
    explanation: 'Resource URIs must be absolute URIs (RFC 3986) and resource templates valid URI templates (RFC 6570), or clients cannot read them.',
  },
  createChecker() {
    return {
      observe({ message }): FindingDraft[] {
        const answered = answeredResult(message);
        if (!answered || !message) return [];
        return uriSites(answered.request.method, answered.result).flatMap(({ path, value, template }) => {
          if (typeof value !== 'string') return []; // a missing or non-string URI is a schema finding
          const found: UriProblem | undefined = template ? uriTemplateProblem(value) : uriProblem(value);
          if (!found) return [];
          const what = template ? 'URI template' : 'URI';
          return [{ message: `The ${what} ${showValue(value)} at ${path} in the result of ${describeRequest(answered.request)} ${found.problem}.`, seqs: [message.seq], severity: found.severity }];
        });
      },
    };
  },
};
