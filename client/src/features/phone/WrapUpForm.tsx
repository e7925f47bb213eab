import { useState, type FormEvent } from 'react';
import type { CallView } from '@shared/schemas/call';
import { LIMITS } from '@shared/schemas/limits';
import { ApiRequestError } from '../../api/http';
import { errorMessageKey } from '../../app/i18n/error-messages';
import { useLocale, useT } from '../../app/i18n/i18n-context';
import { Banner } from '../../ui/Banner';
import { Field } from '../../ui/Field';
import { useDispositions } from './useDispositions';
import { useWrapUp } from './useWrapUp';

function fieldProblemAt(error: unknown, path: string): boolean {
  return error instanceof ApiRequestError && error.fields.some((field) => field.path === path);
}

/** After the hang-up: the outcome and a note, then the agent is available again. */
export function WrapUpForm({ call }: { call: CallView }) {
  const t = useT();
  const { locale } = useLocale();
  const dispositions = useDispositions();
  const wrapUp = useWrapUp();
  const [disposition, setDisposition] = useState('');
  const [note, setNote] = useState('');
  const [dispositionMissing, setDispositionMissing] = useState(false);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (wrapUp.isPending) return;
    if (disposition === '') {
      setDispositionMissing(true);
      return;
    }
    wrapUp.mutate({ callId: call.id, disposition, note: note.trim() || undefined });
  }

  const dispositionError = dispositionMissing
    ? t('phone.wrapUp.dispositionRequired')
    : fieldProblemAt(wrapUp.error, 'disposition')
      ? t('phone.wrapUp.dispositionInvalid')
      : undefined;
  const noteError = fieldProblemAt(wrapUp.error, 'note') ? t('phone.wrapUp.noteInvalid', { max: LIMITS.noteBody }) : undefined;

  return (
    <form className="wrap-up" aria-label={t('phone.wrapUp.form')} onSubmit={submit} noValidate>
      <h3 className="section-title">{t('phone.wrapUp.form')}</h3>
      <Field label={t('phone.wrapUp.disposition')} error={dispositionError}>
        {(control) => (
          <select
            {...control}
            className="select"
            value={disposition}
            aria-busy={dispositions.isPending}
            onChange={(event) => {
              setDisposition(event.target.value);
              setDispositionMissing(false);
            }}
          >
            <option value="">{t('phone.wrapUp.choose')}</option>
            {(dispositions.data ?? []).map((item) => (
              <option key={item.code} value={item.code}>
                {item.label[locale]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {dispositions.isError ? <Banner tone="danger" role="alert" title={t(errorMessageKey(dispositions.error))} /> : null}
      <Field label={t('phone.wrapUp.note')} error={noteError}>
        {(control) => (
          <textarea
            {...control}
            className="textarea"
            rows={2}
            maxLength={LIMITS.noteBody}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        )}
      </Field>
      {wrapUp.isError && !dispositionError && !noteError ? (
        <Banner tone="danger" role="alert" title={t(errorMessageKey(wrapUp.error))} />
      ) : null}
      <div className="wrap-up__actions">
        <button className="button button--primary" type="submit" aria-busy={wrapUp.isPending}>
          {t('phone.wrapUp.submit')}
        </button>
      </div>
    </form>
  );
}
