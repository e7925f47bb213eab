import { useLocale, useT } from '../../app/i18n/i18n-context';
import { isLocale, LOCALE_AUTONYMS, LOCALES, storeLocale } from '../../app/i18n/locale-preference';
import { useMe } from '../auth';
import { useUpdateLocale } from './useUpdateLocale';

/** Applies at once; remembered on this browser, and on the agent's profile when signed in. */
export function LanguageSelect() {
  const t = useT();
  const { locale, setLocale } = useLocale();
  const me = useMe();
  const updateLocale = useUpdateLocale();

  function choose(value: string) {
    if (!isLocale(value)) return;
    setLocale(value);
    storeLocale(value);
    if (me.data) updateLocale.mutate(value);
  }

  return (
    <label className="inline-field">
      <span className="inline-field__label">{t('language.label')}</span>
      <select className="select" value={locale} onChange={(event) => choose(event.target.value)}>
        {LOCALES.map((option) => (
          <option key={option} value={option} lang={option}>
            {LOCALE_AUTONYMS[option]}
          </option>
        ))}
      </select>
    </label>
  );
}
