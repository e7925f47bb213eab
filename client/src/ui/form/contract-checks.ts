import { z } from 'zod';
import type { FieldProblem } from '@shared/errors';
import { fieldProblems } from '@shared/utils/field-problems';
import { formFieldOf } from './server-field-errors';

// Form schemas derived from the contract schemas in shared/. Kept apart from form-message.ts so the
// widget, whose forms use the small zod/mini, does not load the full zod through it.
/**
 * A form field checked by a contract schema (a shared one) but said with the form's own message:
 * `z.string().transform(parseSkills).transform(checkedBy(skillsSchema, key))`. The value goes on as
 * the schema's output.
 */
export function checkedBy<S extends z.ZodType>(schema: S, message: string) {
  return (value: unknown, ctx: z.RefinementCtx): z.output<S> => {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    ctx.addIssue({ code: 'custom', message });
    return z.NEVER;
  };
}

/**
 * The whole request checked by its contract schema, each problem put on the form field its path
 * names (first problem per field) with the form's own message. Problems on no field of the form
 * land on the form's root (`errors.root`).
 */
export function checkedAgainst<S extends z.ZodType, F extends string>(
  schema: S,
  /** The form's fields (matched by `formFieldOf`), or where a request path lands when the form names things otherwise. */
  fields: readonly F[] | ((path: string) => F | undefined),
  explain: (field: F, problem: FieldProblem) => string,
) {
  return (value: unknown, ctx: z.RefinementCtx): z.output<S> => {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    const placed = new Set<F>();
    for (const problem of fieldProblems(result.error)) {
      const field = typeof fields === 'function' ? fields(problem.path) : formFieldOf(problem.path, fields);
      if (field && placed.has(field)) continue;
      if (field) placed.add(field);
      ctx.addIssue({
        code: 'custom',
        path: field ? field.split('.') : ['root'],
        message: field ? explain(field, problem) : problem.message,
      });
    }
    return z.NEVER;
  };
}
