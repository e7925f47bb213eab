import type { z } from 'zod';
import type { FieldProblem } from '../errors';

/**
 * zod issues as `{path,message}` lines, one per offending field (`addresses.0.city`); unknown keys
 * are named one by one. The server sends these in a 400 and the client checks its forms the same
 * way, so both sides name a field identically.
 */
export function fieldProblems(error: z.ZodError, prefix: readonly string[] = []): FieldProblem[] {
  return error.issues.flatMap((issue) => {
    const base = [...prefix, ...issue.path.map(String)];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...base, key].join('.'), message: 'unknown field' }));
    }
    return [{ path: base.join('.'), message: issue.message }];
  });
}
