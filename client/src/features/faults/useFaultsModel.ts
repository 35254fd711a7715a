// The Faults tab's state: the connection's rules (from its summary) and the rule being typed, checked
// by the same parser the proxy uses, so a bad rule is explained before it is sent. Every change sends
// the whole list (`setFaults`); the proxy applies it from the next message on.
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { ConnectionSummary } from '../../../../shared/connectionTypes';
import { parseFaultRule, printFaultRule, type FaultRuleEntry } from '../../../../shared/faults/faultRule';
import { useInspectorClient } from '../../api/inspectorContext';

export function useFaultsModel(connection: ConnectionSummary) {
  const { api, connections } = useInspectorClient();
  const rules = connection.settings?.faults ?? [];
  const [draft, setDraft] = useState('');
  const apply = useMutation({
    mutationFn: (faults: FaultRuleEntry[]) => api.setFaults({ connectionId: connection.id, faults }),
    onSuccess: (summary) => connections.upsert(summary),
  });
  const parsed = draft.trim() === '' ? undefined : parseFaultRule(draft);
  const draftError = parsed && !parsed.ok ? parsed.error : undefined;
  const readOnly = connection.state === 'recorded';

  const add = () => {
    if (!parsed?.ok) return;
    apply.mutate([...rules, { rule: printFaultRule(parsed.rule), enabled: true }], { onSuccess: () => setDraft('') });
  };
  const toggle = (index: number) => apply.mutate(rules.map((entry, i) => (i === index ? { ...entry, enabled: !entry.enabled } : entry)));
  const remove = (index: number) => apply.mutate(rules.filter((_, i) => i !== index));

  return { rules, draft, setDraft, draftError, canAdd: parsed?.ok === true && !apply.isPending, add, toggle, remove, readOnly, applyError: apply.error?.message };
}
