import type { ComponentProps } from 'react';

/**
 * A whole number typed as text: the phone's numeric keypad, no spinner, no autofill; the form's
 * schema reads the number and says what is wrong with it.
 */
export function NumericInput(props: Omit<ComponentProps<'input'>, 'type' | 'inputMode' | 'className'>) {
  return <input autoComplete="off" {...props} className="input" type="text" inputMode="numeric" />;
}
