// The one list of what is wrong with the arguments, in sentences. Quiet while the person is still
// filling in; red once a send was refused because of it.
import type { ArgumentProblem } from './argumentProblems';

export interface ArgumentProblemListProps {
  id: string;
  problems: readonly ArgumentProblem[];
  /** A send was refused (or tried) because of these: shown as errors rather than as notes. */
  urgent: boolean;
}

export function ArgumentProblemList({ id, problems, urgent }: ArgumentProblemListProps) {
  if (problems.length === 0) return null;
  const tone = urgent ? 'text-red-700 dark:text-red-400' : 'text-amber-800 dark:text-amber-300';
  return (
    <ul id={id} aria-label="Argument problems" className={`flex flex-col gap-0.5 text-xs ${tone}`}>
      {problems.map((problem, index) => (
        <li key={`${problem.path ?? 'parse'}:${index}`}>
          {problem.path ? <code className="font-mono">{problem.subject}</code> : problem.subject} {problem.predicate}
        </li>
      ))}
    </ul>
  );
}
