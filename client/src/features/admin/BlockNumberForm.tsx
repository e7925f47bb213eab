import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { blockNumberRequestSchema } from '@shared/schemas/admin-telephony';
import { LIMITS } from '@shared/schemas/limits';
import { fieldProblemsOf, problem, useFieldErrorText } from '../../app/forms/form-errors';
import { ApiRequestError } from '../../api/http';
import { errorMessageKey } from '../../app/i18n/error-messages';
import { useT } from '../../app/i18n/i18n-context';
import type { PlainMessageKey } from '../../app/i18n/translate';
import { Banner } from '../../ui/Banner';
import { Field } from '../../ui/Field';
import { setServerFieldErrors } from '../../ui/form/server-field-errors';
import { placeFieldErrors } from './field-errors';
import { useBlockNumber } from './useBlockNumber';

const FIELDS = ['number', 'reason'] as const;
type FieldName = (typeof FIELDS)[number];

function explain(field: FieldName, withheld: boolean): PlainMessageKey {
  if (field === 'reason') return 'admin.blocked.reasonInvalid';
  return withheld ? 'admin.blocked.withheld' : 'admin.blocked.numberInvalid';
}

/** A withheld caller has a reason of its own: there is no number to block. */
const isWithheld = (error: unknown) =>
  error instanceof ApiRequestError && error.reason === 'withheld_number_not_blockable';

/** What is typed; an empty reason is left out. Whether a number can be blocked is the server's call. */
const formSchema = z
  .object({
    number: z.string().trim().min(1, problem('admin.blocked.numberRequired')),
    reason: z.string().trim().max(LIMITS.name, problem('admin.blocked.reasonInvalid')),
  })
  .transform(({ number, reason }) => ({ number, ...(reason ? { reason } : {}) }))
  .pipe(blockNumberRequestSchema);

export function BlockNumberForm() {
  const t = useT();
  const blockNumber = useBlockNumber();
  const form = useForm({ resolver: zodResolver(formSchema), defaultValues: { number: '', reason: '' } });
  const errorText = useFieldErrorText(form.formState.errors);
  const placed = placeFieldErrors(blockNumber.error, FIELDS, (field) => explain(field, isWithheld(blockNumber.error)));

  const submit = form.handleSubmit((request) => {
    if (blockNumber.isPending) return;
    blockNumber.mutate(request, {
      onSuccess: () => form.reset(),
      onError: (error) =>
        setServerFieldErrors(fieldProblemsOf(error), form.setError, FIELDS, (field) =>
          explain(field, isWithheld(error)),
        ),
    });
  });

  return (
    <form className="admin-form" aria-label={t('admin.blocked.form')} onSubmit={submit} noValidate>
      <h3 className="section-title">{t('admin.blocked.form')}</h3>
      <div className="admin-form__fields">
        <Field label={t('admin.blocked.number')} hint={t('admin.blocked.numberHint')} error={errorText('number')}>
          {(control) => (
            <input
              {...control}
              {...form.register('number')}
              className="input"
              type="tel"
              autoComplete="off"
              maxLength={64}
            />
          )}
        </Field>
        <Field label={t('admin.blocked.reason')} error={errorText('reason')}>
          {(control) => (
            <input {...control} {...form.register('reason')} className="input" type="text" autoComplete="off" />
          )}
        </Field>
      </div>
      {blockNumber.isError && placed.unplaced ? (
        <Banner tone="danger" role="alert" title={t(errorMessageKey(blockNumber.error))} />
      ) : null}
      <div className="admin-form__actions">
        <button className="button button--primary" type="submit" aria-busy={blockNumber.isPending}>
          {t('admin.blocked.submit')}
        </button>
      </div>
    </form>
  );
}
