import { useState, type FormEvent } from 'react';
import type { CreateCustomerRequest } from '@shared/schemas/customer';
import { ApiRequestError } from '../../api/http';
import { errorMessageKey } from '../../app/i18n/error-messages';
import { useT } from '../../app/i18n/i18n-context';
import type { PlainMessageKey } from '../../app/i18n/translate';
import { Banner } from '../../ui/Banner';
import { Field } from '../../ui/Field';
import { useCreateCustomer } from './useCreateCustomer';
import { useLinkCall } from './useLinkCall';

type FieldName = keyof CreateCustomerRequest;
const FIELDS: readonly FieldName[] = ['givenName', 'familyName', 'companyName', 'phone', 'email'];

const LABELS: Record<FieldName, PlainMessageKey> = {
  givenName: 'phone.create.givenName',
  familyName: 'phone.create.familyName',
  companyName: 'phone.create.companyName',
  phone: 'phone.create.phone',
  email: 'phone.create.email',
};

const PROBLEMS: Record<FieldName, PlainMessageKey> = {
  givenName: 'phone.create.fieldInvalid',
  familyName: 'phone.create.nameRequired',
  companyName: 'phone.create.fieldInvalid',
  phone: 'phone.create.phoneInvalid',
  email: 'phone.create.emailInvalid',
};

function isFieldName(path: string): path is FieldName {
  return (FIELDS as readonly string[]).includes(path);
}

/** The server's field problems, in the agent's language, on the fields they concern. */
function fieldErrorsOf(error: unknown): Partial<Record<FieldName, PlainMessageKey>> {
  if (!(error instanceof ApiRequestError)) return {};
  const errors: Partial<Record<FieldName, PlainMessageKey>> = {};
  for (const field of error.fields) {
    const name = field.path.split('.')[0] ?? '';
    if (isFieldName(name)) errors[name] = PROBLEMS[name];
  }
  return errors;
}

interface CreateCustomerFormProps {
  callId: string;
  /** Pre-filled: the caller's number, when the network gave one. */
  phone: string;
  onLinked(customerId: string): void;
  onCancel(): void;
}

/** Creates the caller's record, then links the call to it. */
export function CreateCustomerForm({ callId, phone, onLinked, onCancel }: CreateCustomerFormProps) {
  const t = useT();
  const createCustomer = useCreateCustomer();
  const linkCall = useLinkCall();
  const [values, setValues] = useState<Record<FieldName, string>>({ givenName: '', familyName: '', companyName: '', phone, email: '' });
  const [nameMissing, setNameMissing] = useState(false);
  // Kept so a failed link is retried without creating the customer twice.
  const [createdId, setCreatedId] = useState<string | null>(null);

  const serverErrors = fieldErrorsOf(createCustomer.error);
  const errorOf = (name: FieldName): string | undefined => {
    if (name === 'familyName' && nameMissing) return t('phone.create.nameRequired');
    const key = serverErrors[name];
    return key ? t(key) : undefined;
  };

  function link(customerId: string) {
    linkCall.mutate({ callId, customerId }, { onSuccess: () => onLinked(customerId) });
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (createCustomer.isPending || linkCall.isPending) return;
    if (createdId) return link(createdId);
    if (values.familyName.trim() === '' && values.companyName.trim() === '') {
      setNameMissing(true);
      return;
    }
    const request: CreateCustomerRequest = {};
    for (const name of FIELDS) {
      const value = values[name].trim();
      if (value !== '') request[name] = value;
    }
    createCustomer.mutate(request, {
      onSuccess: (customer) => {
        setCreatedId(customer.id);
        link(customer.id);
      },
    });
  }

  const failure = createCustomer.error ?? linkCall.error;
  return (
    <form className="create-customer" aria-label={t('phone.create.form')} onSubmit={submit} noValidate>
      {FIELDS.map((name) => (
        <Field
          key={name}
          label={t(LABELS[name])}
          hint={name === 'familyName' ? t('phone.create.nameHint') : undefined}
          error={errorOf(name)}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              type={name === 'email' ? 'email' : name === 'phone' ? 'tel' : 'text'}
              autoComplete="off"
              value={values[name]}
              disabled={createdId !== null}
              onChange={(event) => {
                setValues({ ...values, [name]: event.target.value });
                if (name === 'familyName' || name === 'companyName') setNameMissing(false);
              }}
            />
          )}
        </Field>
      ))}
      {failure ? <Banner tone="danger" role="alert" title={t(errorMessageKey(failure))} /> : null}
      <div className="create-customer__actions">
        <button className="button button--primary" type="submit" aria-busy={createCustomer.isPending || linkCall.isPending}>
          {t('phone.unknown.create')}
        </button>
        <button className="button button--ghost" type="button" onClick={onCancel}>
          {t('phone.create.cancel')}
        </button>
      </div>
    </form>
  );
}
