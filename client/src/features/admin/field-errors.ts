import type { FieldProblem } from '@shared/errors';
import { ApiRequestError } from '../../api/http';
import type { PlainMessageKey } from '../../app/i18n/translate';
import { formFieldOf } from '../../ui/form/server-field-errors';

export interface PlacedErrors<F extends string> {
  /** A message key per form field the server named. */
  byField: Partial<Record<F, PlainMessageKey>>;
  /** The error names no field of this form: say it in a banner. */
  unplaced: boolean;
}

/**
 * Where the server's field problems fall on the form, in the admin's language, at render: the
 * form uses `unplaced` to say an error no field shows in a banner. `explain` picks the message for
 * one problem; paths are matched like `setServerFieldErrors` does.
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
      const field = formFieldOf(problem.path, fields);
      if (field && !byField[field]) byField[field] = explain(field, problem);
    }
  }
  return { byField, unplaced: Object.keys(byField).length === 0 };
}
