// Every diagnosis rule, in the order they run; the UI lists their descriptors.
import type { DiagnosisRule, RuleDescriptor } from './rule';
import { appProtocolMisuseRule } from './rules/appProtocolMisuse';
import { appResourceInvalidRule } from './rules/appResourceInvalid';
import { cancellationIgnoredRule } from './rules/cancellationIgnored';
import { capabilityUndeclaredRule } from './rules/capabilityUndeclared';
import { contentInvalidRule } from './rules/contentInvalid';
import { envelopeInvalidRule } from './rules/envelopeInvalid';
import { faultReactionRule } from './rules/faultReaction';
import { lifecycleOrderRule } from './rules/lifecycleOrder';
import { paginationCursorRepeatRule } from './rules/paginationCursorRepeat';
import { progressInvalidRule } from './rules/progressInvalid';
import { protocolVersionUnknownRule } from './rules/protocolVersionUnknown';
import { requestUnansweredRule } from './rules/requestUnanswered';
import { resourceUriMismatchRule } from './rules/resourceUriMismatch';
import { responseDuplicateRule, responseUnknownIdRule } from './rules/responseCorrelation';
import { resultSchemaRule } from './rules/resultSchema';
import { serverCrashedRule } from './rules/serverCrashed';
import { stdoutNotJsonRule } from './rules/stdoutNotJson';
import { structuredContentInvalidRule } from './rules/structuredContentInvalid';
import { toolNameInvalidRule } from './rules/toolNameInvalid';
import { uriInvalidRule } from './rules/uriInvalid';

/** All rules the diagnosis runs by default. */
export const diagnosisRules: readonly DiagnosisRule[] = [
  stdoutNotJsonRule,
  envelopeInvalidRule,
  responseUnknownIdRule,
  responseDuplicateRule,
  requestUnansweredRule,
  lifecycleOrderRule,
  protocolVersionUnknownRule,
  capabilityUndeclaredRule,
  resultSchemaRule,
  structuredContentInvalidRule,
  contentInvalidRule,
  uriInvalidRule,
  resourceUriMismatchRule,
  appResourceInvalidRule,
  appProtocolMisuseRule,
  toolNameInvalidRule,
  paginationCursorRepeatRule,
  progressInvalidRule,
  cancellationIgnoredRule,
  serverCrashedRule,
  faultReactionRule,
];

/** What the UI shows about each rule: id, title, severity, spec link and a one-line explanation. */
export const diagnosisRuleDescriptors: readonly RuleDescriptor[] = diagnosisRules.map((rule) => rule.descriptor);
