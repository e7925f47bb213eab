import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { wrapUpRequestSchema, type CallView } from '@shared/schemas/call';
import { LIMITS } from '@shared/schemas/limits';
import { fieldProblemsOf, problem, useFieldErrorText } from '../../app/forms/form-errors';
import { errorMessageKey } from '../../app/i18n/error-messages';
import { useT } from '../../app/i18n/i18n-context';
import { Banner } from '../../ui/Banner';
import { Field } from '../../ui/Field';
import { formFieldOf, setServerFieldErrors } from '../../ui/form/server-field-errors';
import { useWrapUp } from './useWrapUp';
import { DispositionField } from './DispositionField';

const FIELDS = ['disposition', 'note'] as const;
const PROBLEMS = { disposition: 'phone.wrapUp.dispositionInvalid', note: 'phone.wrapUp.noteInvalid' } as const;

/** A disposition must be picked; an empty note is left out. */
const formSchema = z
  .object({ disposition: z.string().min(1, problem('phone.wrapUp.dispositionRequired')), note: z.string().trim() })
  .transform(({ disposition, note }) => ({ disposition, ...(note ? { note } : {}) }))
  .pipe(wrapUpRequestSchema);

/** After the hang-up: the outcome and a note, then the agent is available again. */
export function WrapUpForm({ call }: { call: CallView }) {
  const t = useT();
  const wrapUp = useWrapUp();
  const form = useForm({ resolver: zodResolver(formSchema), defaultValues: { disposition: '', note: '' } });
  const errorText = useFieldErrorText(form.formState.errors);
  // The note's message says the limit, a value the plain error key cannot carry.
  const noteError = form.formState.errors.note ? t('phone.wrapUp.noteInvalid', { max: LIMITS.noteBody }) : undefined;
  const placedOnField = fieldProblemsOf(wrapUp.error).some((item) => formFieldOf(item.path, FIELDS));

  const submit = form.handleSubmit((request) => {
    if (wrapUp.isPending) return;
    wrapUp.mutate(
      { callId: call.id, ...request },
      {
        onError: (error) =>
          setServerFieldErrors(fieldProblemsOf(error), form.setError, FIELDS, (field) => PROBLEMS[field]),
      },
    );
  });

  return (
    <form className="wrap-up" aria-label={t('phone.wrapUp.form')} onSubmit={submit} noValidate>
      <h3 className="section-title">{t('phone.wrapUp.form')}</h3>
      <Controller
        control={form.control}
        name="disposition"
        render={({ field }) => (
          <DispositionField
            label={t('phone.wrapUp.disposition')}
            chooseLabel={t('phone.wrapUp.choose')}
            value={field.value}
            error={errorText('disposition')}
            onChange={field.onChange}
          />
        )}
      />
      <Field label={t('phone.wrapUp.note')} error={noteError}>
        {(control) => (
          <textarea {...control} {...form.register('note')} className="textarea" rows={2} maxLength={LIMITS.noteBody} />
        )}
      </Field>
      {wrapUp.isError && !placedOnField ? (
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
