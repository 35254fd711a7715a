// Answers a server request with a JSON-RPC error instead of a result: a message and "Reject", on one line.
import { useState } from 'react';
import { Button } from '../../ui/Button';
import { USER_REJECTED_CODE, useRespond } from './useRespond';

export function RejectionForm({ connectionId, requestId }: { connectionId: string; requestId: string }) {
  const respond = useRespond(connectionId, requestId);
  const [message, setMessage] = useState('The user rejected the request');
  return (
    <div className="flex min-w-60 flex-1 flex-wrap items-end gap-2 text-xs">
      <label className="flex min-w-48 flex-1 flex-col gap-0.5 font-medium">
        Error message
        <input
          value={message}
          onChange={(event) => setMessage(event.target.value)}
          className="h-7 rounded border border-zinc-300 bg-white px-1.5 text-xs font-normal dark:border-zinc-600 dark:bg-zinc-800"
        />
      </label>
      <Button variant="danger" onClick={() => respond.mutate({ error: { code: USER_REJECTED_CODE, message } })} disabled={respond.isPending}>
        Reject
      </Button>
      {respond.error && (
        <p role="alert" className="w-full text-red-700 dark:text-red-400">
          {respond.error.message}
        </p>
      )}
    </div>
  );
}
