import type { FieldProblem } from '@shared/errors';
import type { FieldErrors, FieldValues } from 'react-hook-form';
import { ApiRequestError } from '../../api/http';
import { errorKeyOf, messageKey } from '../../ui/form/form-message';
import { useT } from '../i18n/i18n-context';
import type { PlainMessageKey } from '../i18n/translate';

/** A desk catalogue key as a form-schema message (checked by the compiler). */
export const problem = (key: PlainMessageKey): PlainMessageKey => messageKey(key);

/** The field problems a failed request named, none for any other failure. */
export function fieldProblemsOf(error: unknown): FieldProblem[] {
  return error instanceof ApiRequestError ? error.fields : [];
}

/** `errorText('name')`: the field's error in the agent's language, for `<Field error>`. */
export function useFieldErrorText<V extends FieldValues>(errors: FieldErrors<V>): (path: string) => string | undefined {
  const t = useT();
  return (path) => {
    const key = errorKeyOf(errors, path);
    return key ? t(key as PlainMessageKey) : undefined;
  };
}
