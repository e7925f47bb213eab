import type { FieldProblem } from '@shared/errors';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';

/**
 * The form field a server path names: the exact path when the form has it (`addresses.0.city`),
 * else its first segment (`businessHours.mon.0.start` on `businessHours`).
 */
export function formFieldOf<F extends string>(path: string, fields: readonly F[]): F | undefined {
  return fields.find((field) => field === path) ?? fields.find((field) => field === path.split('.')[0]);
}

/**
 * Puts the server's field problems on the form's fields with `setError`, the first problem per
 * field winning. The message is a catalogue key (`explain` picks it), translated at display so a
 * language switch re-words it. Returns whether any problem found its field: when none did, the form
 * says the error in a banner instead.
 */
export function setServerFieldErrors<V extends FieldValues, F extends Path<V>, K extends string>(
  problems: readonly FieldProblem[],
  setError: UseFormSetError<V>,
  fields: readonly F[],
  explain: (field: F, problem: FieldProblem) => K,
): boolean {
  const placed = new Set<F>();
  for (const problem of problems) {
    const field = formFieldOf(problem.path, fields);
    if (!field || placed.has(field)) continue;
    placed.add(field);
    setError(field, { type: 'server', message: explain(field, problem) }, { shouldFocus: placed.size === 1 });
  }
  return placed.size > 0;
}
