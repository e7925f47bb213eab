import { useState, type FormEvent } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { CreateCustomerRequest } from '@shared/schemas/customer';
import { fieldProblemsOf, problem, useFieldErrorText } from '../../app/forms/form-errors';
import { errorMessageKey } from '../../app/i18n/error-messages';
import { useT } from '../../app/i18n/i18n-context';
import type { PlainMessageKey } from '../../app/i18n/translate';
import { Banner } from '../../ui/Banner';
import { Field } from '../../ui/Field';
import { setServerFieldErrors } from '../../ui/form/server-field-errors';
import { useCreateCustomer } from './useCreateCustomer';
import { useLinkCall } from './useLinkCall';

const FIELDS = [
  'givenName',
  'familyName',
  'companyName',
  'phone',
  'email',
] as const satisfies readonly (keyof CreateCustomerRequest)[];
type FieldName = (typeof FIELDS)[number];

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

/** What is typed, blanks left out; a family or company name is needed. The server checks the rest and names the fields. */
const formSchema = z
  .object({
    givenName: z.string(),
    familyName: z.string(),
    companyName: z.string(),
    phone: z.string(),
    email: z.string(),
  })
  .transform((values) => {
    const request: Partial<Record<FieldName, string>> = {};
    for (const name of FIELDS) {
      const value = values[name].trim();
      if (value !== '') request[name] = value;
    }
    return request;
  })
  .refine((request) => Boolean(request.familyName || request.companyName), {
    path: ['familyName'],
    message: problem(PROBLEMS.familyName),
  })
  .transform((request): CreateCustomerRequest => request);

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
  const form = useForm({
    resolver: zodResolver(formSchema),
    defaultValues: { givenName: '', familyName: '', companyName: '', phone, email: '' },
  });
  const errorText = useFieldErrorText(form.formState.errors);
  // Kept so a failed link is retried without creating the customer twice.
  const [createdId, setCreatedId] = useState<string | null>(null);

  function link(customerId: string) {
    linkCall.mutate({ callId, customerId }, { onSuccess: () => onLinked(customerId) });
  }

  const create = form.handleSubmit((request) => {
    createCustomer.mutate(request, {
      onSuccess: (customer) => {
        setCreatedId(customer.id);
        link(customer.id);
      },
      // The server's field problems, in the agent's language, on the fields they concern.
      onError: (error) =>
        setServerFieldErrors(fieldProblemsOf(error), form.setError, FIELDS, (field) => PROBLEMS[field]),
    });
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    if (createCustomer.isPending || linkCall.isPending) return event.preventDefault();
    if (createdId) {
      event.preventDefault();
      return link(createdId);
    }
    return create(event);
  }

  const failure = createCustomer.error ?? linkCall.error;
  return (
    <form className="create-customer" aria-label={t('phone.create.form')} onSubmit={submit} noValidate>
      {FIELDS.map((name) => (
        <Field
          key={name}
          label={t(LABELS[name])}
          hint={name === 'familyName' ? t('phone.create.nameHint') : undefined}
          error={errorText(name)}
        >
          {(control) => (
            <input
              {...control}
              {...form.register(name)}
              className="input"
              type={name === 'email' ? 'email' : name === 'phone' ? 'tel' : 'text'}
              autoComplete="off"
              disabled={createdId !== null}
            />
          )}
        </Field>
      ))}
      {failure ? <Banner tone="danger" role="alert" title={t(errorMessageKey(failure))} /> : null}
      <div className="create-customer__actions">
        <button
          className="button button--primary"
          type="submit"
          aria-busy={createCustomer.isPending || linkCall.isPending}
        >
          {t('phone.unknown.create')}
        </button>
        <button className="button button--ghost" type="button" onClick={onCancel}>
          {t('phone.create.cancel')}
        </button>
      </div>
    </form>
  );
}
