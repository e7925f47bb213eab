import type { FieldError, FieldErrors, FieldValues } from 'react-hook-form';

/**
 * Form schemas carry catalogue keys as their messages, never text: the field shows `t(key)` in the
 * language of the moment. This types the key where the schema is written.
 */
export function messageKey<K extends string>(key: K): K {
  return key;
}

/** The catalogue key of a field's error, if any (a nested field's error is found by its path). */
export function errorKeyOf<V extends FieldValues>(errors: FieldErrors<V>, path: string): string | undefined {
  let node: unknown = errors;
  for (const segment of path.split('.')) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  const message = (node as FieldError | undefined)?.message;
  return typeof message === 'string' && message !== '' ? message : undefined;
}
