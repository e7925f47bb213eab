import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { createPbxRequestSchema, type CreatePbxResponse } from '@shared/schemas/admin-telephony';
import { ApiRequestError } from '../../api/http';
import { fieldProblemsOf, problem, useFieldErrorText } from '../../app/forms/form-errors';
import { errorMessageKey } from '../../app/i18n/error-messages';
import { useT } from '../../app/i18n/i18n-context';
import type { PlainMessageKey } from '../../app/i18n/translate';
import { Banner } from '../../ui/Banner';
import { Field } from '../../ui/Field';
import { setServerFieldErrors } from '../../ui/form/server-field-errors';
import { placeFieldErrors } from './field-errors';
import { useCreatePbx } from './useCreatePbx';

const FIELDS = ['name', 'signingSecret'] as const;
type FieldName = (typeof FIELDS)[number];
const PROBLEMS: Record<FieldName, PlainMessageKey> = {
  name: 'admin.pbx.nameInvalid',
  signingSecret: 'admin.pbx.secretInvalid',
};

/**
 * What is typed, checked with the admin's messages, then handed to the request schema (an empty
 * secret is left out); the server has the last word.
 */
const formSchema = z
  .object({
    name: z.string().trim().min(1, problem('admin.pbx.nameRequired')),
    signingSecret: z
      .string()
      .refine(
        (secret) => secret === '' || (secret.length >= 16 && secret.length <= 200),
        problem('admin.pbx.secretInvalid'),
      ),
  })
  .transform(({ name, signingSecret }) => ({ name, ...(signingSecret ? { signingSecret } : {}) }))
  .pipe(createPbxRequestSchema);

/** Name and optional secret; hands the one-time token to the parent to show. */
export function CreatePbxForm({ onCreated }: { onCreated(created: CreatePbxResponse): void }) {
  const t = useT();
  const createPbx = useCreatePbx();
  const form = useForm({ resolver: zodResolver(formSchema), defaultValues: { name: '', signingSecret: '' } });
  const errorText = useFieldErrorText(form.formState.errors);

  const placed = placeFieldErrors(createPbx.error, FIELDS, (field) => PROBLEMS[field]);
  // A 409 names no field, but only the name can clash.
  const nameTaken = createPbx.error instanceof ApiRequestError && createPbx.error.reason === 'pbx_name_taken';

  const submit = form.handleSubmit((request) => {
    if (createPbx.isPending) return;
    createPbx.mutate(request, {
      onSuccess: (created) => {
        form.reset();
        onCreated(created);
      },
      onError: (error) => {
        if (error instanceof ApiRequestError && error.reason === 'pbx_name_taken')
          form.setError('name', { type: 'server', message: 'admin.pbx.nameTaken' });
        else setServerFieldErrors(fieldProblemsOf(error), form.setError, FIELDS, (field) => PROBLEMS[field]);
      },
    });
  });

  return (
    <form className="admin-form" aria-label={t('admin.pbx.form')} onSubmit={submit} noValidate>
      <h3 className="section-title">{t('admin.pbx.form')}</h3>
      <div className="admin-form__fields">
        <Field label={t('admin.pbx.name')} error={errorText('name')}>
          {(control) => (
            <input
              {...control}
              {...form.register('name')}
              className="input"
              type="text"
              autoComplete="off"
              maxLength={100}
            />
          )}
        </Field>
        <Field label={t('admin.pbx.secret')} hint={t('admin.pbx.secretHint')} error={errorText('signingSecret')}>
          {(control) => (
            <input
              {...control}
              {...form.register('signingSecret')}
              className="input"
              type="password"
              autoComplete="new-password"
              maxLength={200}
            />
          )}
        </Field>
      </div>
      {createPbx.isError && placed.unplaced && !nameTaken ? (
        <Banner tone="danger" role="alert" title={t(errorMessageKey(createPbx.error))} />
      ) : null}
      <div className="admin-form__actions">
        <button className="button button--primary" type="submit" aria-busy={createPbx.isPending}>
          {t('admin.pbx.create')}
        </button>
      </div>
    </form>
  );
}
