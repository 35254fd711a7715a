/** The reminder an elicitation carries: the answer goes to the server, whoever runs it. */
export function TrustLine({ children }: { children: string }) {
  return (
    <p role="note" className="text-xs font-medium text-amber-800 dark:text-amber-300">
      <span aria-hidden>⚠ </span>
      {children}
    </p>
  );
}
