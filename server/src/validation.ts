import type { z } from 'zod';
import type { FieldProblem } from '@shared/errors';
import { AppError } from './errors';

/** zod issues as `{path,message}` lines; unknown keys are named one by one. */
export function fieldProblems(error: z.ZodError, prefix: string[] = []): FieldProblem[] {
  return error.issues.flatMap((issue) => {
    const base = [...prefix, ...issue.path.map(String)];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...base, key].join('.'), message: 'unknown field' }));
    }
    return [{ path: base.join('.'), message: issue.message }];
  });
}

/**
 * Parses untrusted input with a shared schema or throws a 400 naming each bad field. `where`
 * says which part of the request it was, for the message only.
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, where: 'body' | 'query' | 'params' | 'payload'): z.infer<S> {
  const result = schema.safeParse(value ?? (where === 'body' || where === 'payload' ? undefined : {}));
  if (result.success) return result.data;
  const fields = fieldProblems(result.error);
  const summary = fields.map((f) => (f.path ? `${f.path}: ${f.message}` : f.message)).join('; ');
  throw new AppError('invalid_input', `invalid ${where}: ${summary}`, fields);
}
