import type { z } from 'zod';
import { fieldProblems } from '@shared/utils/field-problems';
import { AppError } from './errors';

/**
 * Parses untrusted input with a shared schema or throws a 400 naming each bad field. `where`
 * says which part of the request it was, for the message only.
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  where: 'body' | 'query' | 'params' | 'payload',
): z.infer<S> {
  const result = schema.safeParse(value ?? (where === 'body' || where === 'payload' ? undefined : {}));
  if (result.success) return result.data;
  const fields = fieldProblems(result.error);
  const summary = fields.map((f) => (f.path ? `${f.path}: ${f.message}` : f.message)).join('; ');
  throw new AppError('invalid_input', `invalid ${where}: ${summary}`, fields);
}
