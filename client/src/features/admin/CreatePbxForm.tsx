import { useState, type FormEvent } from 'react';
import type { CreatePbxRequest, CreatePbxResponse } from '@shared/schemas/admin-telephony';
import { ApiRequestError } from '../../api/http';
import { errorMessageKey } from '../../app/i18n/error-messages';
import { useT } from '../../app/i18n/i18n-context';
import type { PlainMessageKey } from '../../app/i18n/translate';
import { Banner } from '../../ui/Banner';
import { Field } from '../../ui/Field';
import { placeFieldErrors } from './field-errors';
import { useCreatePbx } from './useCreatePbx';

const FIELDS = ['name', 'signingSecret'] as const;
type FieldName = (typeof FIELDS)[number];
const PROBLEMS: Record<FieldName, PlainMessageKey> = { name: 'admin.pbx.nameInvalid', signingSecret: 'admin.pbx.secretInvalid' };

/** Name and optional secret; hands the one-time token to the parent to show. */
export function CreatePbxForm({ onCreated }: { onCreated(created: CreatePbxResponse): void }) {
  const t = useT();
  const createPbx = useCreatePbx();
  const [name, setName] = useState('');
  const [secret, setSecret] = useState('');
  const [nameMissing, setNameMissing] = useState(false);

  const placed = placeFieldErrors(createPbx.error, FIELDS, (field) => PROBLEMS[field]);
  // A 409 names no field, but only the name can clash.
  const nameTaken = createPbx.error instanceof ApiRequestError && createPbx.error.reason === 'pbx_name_taken';
  const nameError = nameMissing ? 'admin.pbx.nameRequired' : nameTaken ? 'admin.pbx.nameTaken' : placed.byField.name;
  const secretError = placed.byField.signingSecret;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (createPbx.isPending) return;
    if (name.trim() === '') {
      setNameMissing(true);
      return;
    }
    const request: CreatePbxRequest = { name: name.trim(), ...(secret ? { signingSecret: secret } : {}) };
    createPbx.mutate(request, {
      onSuccess: (created) => {
        setName('');
        setSecret('');
        onCreated(created);
      },
    });
  }

  return (
    <form className="admin-form" aria-label={t('admin.pbx.form')} onSubmit={submit} noValidate>
      <h3 className="section-title">{t('admin.pbx.form')}</h3>
      <div className="admin-form__fields">
        <Field label={t('admin.pbx.name')} error={nameError ? t(nameError) : undefined}>
          {(control) => (
            <input
              {...control}
              className="input"
              type="text"
              autoComplete="off"
              maxLength={100}
              value={name}
              onChange={(event) => {
                setName(event.target.value);
                setNameMissing(false);
              }}
            />
          )}
        </Field>
        <Field label={t('admin.pbx.secret')} hint={t('admin.pbx.secretHint')} error={secretError ? t(secretError) : undefined}>
          {(control) => (
            <input
              {...control}
              className="input"
              type="password"
              autoComplete="new-password"
              maxLength={200}
              value={secret}
              onChange={(event) => setSecret(event.target.value)}
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
