import type { FieldErrors, FieldValues } from 'react-hook-form';
import { errorKeyOf, messageKey } from '../../ui/form/form-message';
import { useWidgetT } from '../i18n/widget-i18n-context';
import type { PlainWidgetKey } from '../i18n/widget-translate';

/** A widget catalogue key as a form-schema message (checked by the compiler). */
export const widgetProblem = (key: PlainWidgetKey): PlainWidgetKey => messageKey(key);

/**
 * `errorText('name')`: the field's error in the visitor's language. `withValues` words the few
 * messages that carry a value (a limit), which a plain key cannot.
 */
export function useWidgetErrorText<V extends FieldValues>(
  errors: FieldErrors<V>,
  withValues: (key: string) => string | undefined = () => undefined,
): (path: string) => string | undefined {
  const t = useWidgetT();
  return (path) => {
    const key = errorKeyOf(errors, path);
    return key ? (withValues(key) ?? t(key as PlainWidgetKey)) : undefined;
  };
}
