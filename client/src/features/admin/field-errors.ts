import type { FieldProblem } from '@shared/errors';
import { ApiRequestError } from '../../api/http';
import type { PlainMessageKey } from '../../app/i18n/translate';

export interface PlacedErrors<F extends string> {
  /** A message key per form field the server named. */
  byField: Partial<Record<F, PlainMessageKey>>;
  /** The error names no field of this form: say it in a banner. */
  unplaced: boolean;
}

/**
 * Puts the server's field problems on the form's fields, in the admin's language. `explain`
 * picks the message for one problem; paths are matched on their first segment.
 */
export function placeFieldErrors<F extends string>(
  error: unknown,
  fields: readonly F[],
  explain: (field: F, problem: FieldProblem) => PlainMessageKey,
): PlacedErrors<F> {
  const byField: Partial<Record<F, PlainMessageKey>> = {};
  if (!error) return { byField, unplaced: false };
  if (error instanceof ApiRequestError) {
    for (const problem of error.fields) {
      const name = problem.path.split('.')[0] ?? '';
      const field = fields.find((candidate) => candidate === name);
      if (field && !byField[field]) byField[field] = explain(field, problem);
    }
  }
  return { byField, unplaced: Object.keys(byField).length === 0 };
}
