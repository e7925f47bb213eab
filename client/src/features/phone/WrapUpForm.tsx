import { useState, type FormEvent } from 'react';
import type { CallView } from '@shared/schemas/call';
import { LIMITS } from '@shared/schemas/limits';
import { ApiRequestError } from '../../api/http';
import { errorMessageKey } from '../../app/i18n/error-messages';
import { useT } from '../../app/i18n/i18n-context';
import { Banner } from '../../ui/Banner';
import { Field } from '../../ui/Field';
import { useWrapUp } from './useWrapUp';
import { DispositionField } from './DispositionField';

function fieldProblemAt(error: unknown, path: string): boolean {
  return error instanceof ApiRequestError && error.fields.some((field) => field.path === path);
}

/** After the hang-up: the outcome and a note, then the agent is available again. */
export function WrapUpForm({ call }: { call: CallView }) {
  const t = useT();
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
      <DispositionField
        label={t('phone.wrapUp.disposition')}
        chooseLabel={t('phone.wrapUp.choose')}
        value={disposition}
        error={dispositionError}
        onChange={(code) => {
          setDisposition(code);
          setDispositionMissing(false);
        }}
      />
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
