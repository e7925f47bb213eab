import { errorMessageKey } from '../../app/i18n/error-messages';
import { useLocale, useT } from '../../app/i18n/i18n-context';
import { Banner } from '../../ui/Banner';
import { Field } from '../../ui/Field';
import { useDispositions } from './useDispositions';

/** The outcome of a contact, from the centre's dispositions (calls and chats use the same list). */
export function DispositionField(props: {
  label: string;
  chooseLabel: string;
  value: string;
  error: string | undefined;
  onChange(code: string): void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const dispositions = useDispositions();
  return (
    <>
      <Field label={props.label} error={props.error}>
        {(control) => (
          <select
            {...control}
            className="select"
            value={props.value}
            aria-busy={dispositions.isPending}
            onChange={(event) => props.onChange(event.target.value)}
          >
            <option value="">{props.chooseLabel}</option>
            {(dispositions.data ?? []).map((item) => (
              <option key={item.code} value={item.code}>
                {item.label[locale]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {dispositions.isError ? (
        <Banner tone="danger" role="alert" title={t(errorMessageKey(dispositions.error))} />
      ) : null}
    </>
  );
}
