// The schema of a fault rule as a connection holds it (the protocol, summaries, a tap's frames); kept
// apart from the parser so that parsing a rule loads no zod.
import { z } from 'zod';
import { FAULT_ACTION_NAMES, type FaultRuleEntry } from './faultRule';

export const FaultRuleEntrySchema = z.object({ rule: z.string(), enabled: z.boolean() }) satisfies z.ZodType<FaultRuleEntry>;

export const FaultActionNameSchema = z.enum(FAULT_ACTION_NAMES);
