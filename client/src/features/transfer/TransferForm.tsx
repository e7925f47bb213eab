import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { FieldProblem } from '@shared/errors';
import { identityVerificationSchema, transferRequestSchema, type IdentityVerification } from '@shared/schemas/transfer';
import { ApiRequestError } from '../../api/http';
import { fieldProblemsOf, problem, useFieldErrorText } from '../../app/forms/form-errors';
import { errorMessageKey, reasonMessageKey } from '../../app/i18n/error-messages';
import { useT } from '../../app/i18n/i18n-context';
import { Banner } from '../../ui/Banner';
import { Field } from '../../ui/Field';
import { checkedAgainst } from '../../ui/form/contract-checks';
import { formFieldOf, setServerFieldErrors } from '../../ui/form/server-field-errors';
import { useCreateTransfer } from './useCreateTransfer';
import { useDirectory } from './useDirectory';

const IDENTITIES: readonly IdentityVerification[] = ['verified', 'partially_verified', 'not_verified'];
const FIELDS = ['to.id', 'reason', 'summary', 'tried', 'identity'] as const;
const packetText = z.string().trim().min(1, problem('transfer.required'));

/** Every part of the context packet is needed; then the transfer schema itself, as the server applies it. */
const formSchema = z
  .object({
    to: z.object({ kind: z.enum(['queue', 'agent']), id: z.string().min(1, problem('transfer.targetRequired')) }),
    mode: z.enum(['warm', 'cold']),
    reason: packetText,
    summary: packetText,
    tried: packetText,
    identity: identityVerificationSchema,
  })
  .transform(checkedAgainst(transferRequestSchema, FIELDS, () => problem('transfer.invalid')));

/** `to` and `to.kind` land on the target select, like `to.id`. */
function onFormFields(problems: FieldProblem[]): FieldProblem[] {
  return problems.map((item) => (item.path.startsWith('to') ? { ...item, path: 'to.id' } : item));
}

interface TransferFormProps {
  contactId: string;
  myAgentId: string;
  initialSummary?: string;
  onClose(): void;
}

/** Hands the contact over with what the customer already said, so they never repeat it (field notes 4, 5). */
export function TransferForm({ contactId, myAgentId, initialSummary = '', onClose }: TransferFormProps) {
  const t = useT();
  const directory = useDirectory();
  const transfer = useCreateTransfer();
  const form = useForm<z.input<typeof formSchema>, unknown, z.output<typeof formSchema>>({
    resolver: zodResolver(formSchema),
    defaultValues: {
      to: { kind: 'queue', id: '' },
      mode: 'warm',
      reason: '',
      summary: initialSummary,
      tried: '',
      identity: 'not_verified',
    },
  });
  const errorText = useFieldErrorText(form.formState.errors);
  const [kind, targetId] = form.watch(['to.kind', 'to.id']);

  const queues = directory.data?.queues ?? [];
  const agents = (directory.data?.agents ?? []).filter((agent) => agent.id !== myAgentId);
  const targetName =
    (kind === 'queue'
      ? queues.find((queue) => queue.id === targetId)?.name
      : agents.find((agent) => agent.id === targetId)?.displayName) ?? '';

  const submit = form.handleSubmit((request) => {
    if (transfer.isPending) return;
    transfer.mutate(
      { contactId, request, targetName },
      {
        onSuccess: onClose,
        onError: (error) => {
          // A rule (a closed queue, oneself as target) says its reason; a schema problem is "required" when the field is empty.
          const rule =
            error instanceof ApiRequestError && error.reason && error.reason !== 'invalid_input'
              ? reasonMessageKey(error.reason)
              : null;
          const isEmpty = (field: (typeof FIELDS)[number]) => String(form.getValues(field) ?? '').trim() === '';
          setServerFieldErrors(
            onFormFields(fieldProblemsOf(error)),
            form.setError,
            FIELDS,
            (field) => rule ?? (isEmpty(field) ? 'transfer.required' : 'transfer.invalid'),
          );
        },
      },
    );
  });

  const unplaced = !onFormFields(fieldProblemsOf(transfer.error)).some((item) => formFieldOf(item.path, FIELDS));

  return (
    <form className="transfer-form" aria-label={t('transfer.form')} onSubmit={submit} noValidate>
      <h3 className="section-title">{t('transfer.form')}</h3>
      <fieldset>
        <legend>{t('transfer.targetKind')}</legend>
        {(['queue', 'agent'] as const).map((value) => (
          <label key={value}>
            {/* Another kind of target: the one picked so far no longer applies. */}
            <input
              type="radio"
              value={value}
              {...form.register('to.kind', { onChange: () => form.setValue('to.id', '') })}
            />{' '}
            {value === 'queue' ? t('transfer.toQueue') : t('transfer.toAgent')}
          </label>
        ))}
      </fieldset>
      <Field label={kind === 'queue' ? t('transfer.queue') : t('transfer.agent')} error={errorText('to.id')}>
        {(control) => (
          <select {...control} {...form.register('to.id')} className="select" aria-busy={directory.isPending}>
            <option value="">{t('transfer.choose')}</option>
            {kind === 'queue'
              ? queues.map((queue) => (
                  <option key={queue.id} value={queue.id}>
                    {queue.name}
                  </option>
                ))
              : agents.map((agent) => (
                  <option key={agent.id} value={agent.id}>
                    {t('transfer.agentOption', {
                      name: agent.displayName,
                      presence: ['available', 'busy', 'away', 'wrap_up', 'offline'].includes(agent.presence)
                        ? t(`presence.${agent.presence as 'available' | 'busy' | 'away' | 'wrap_up' | 'offline'}`)
                        : agent.presence,
                    })}
                  </option>
                ))}
          </select>
        )}
      </Field>
      {directory.isError ? <Banner tone="danger" role="alert" title={t(errorMessageKey(directory.error))} /> : null}
      <fieldset>
        <legend>{t('transfer.mode')}</legend>
        {(['warm', 'cold'] as const).map((value) => (
          <label key={value}>
            <input type="radio" value={value} {...form.register('mode')} />{' '}
            {value === 'warm' ? t('transfer.warm') : t('transfer.cold')}
          </label>
        ))}
      </fieldset>
      <Field label={t('transfer.reason')} error={errorText('reason')}>
        {(control) => <input {...control} {...form.register('reason')} className="input" maxLength={500} />}
      </Field>
      <Field label={t('transfer.summary')} error={errorText('summary')}>
        {(control) => (
          <textarea {...control} {...form.register('summary')} className="textarea" rows={3} maxLength={5000} />
        )}
      </Field>
      <Field label={t('transfer.tried')} error={errorText('tried')}>
        {(control) => (
          <textarea {...control} {...form.register('tried')} className="textarea" rows={2} maxLength={5000} />
        )}
      </Field>
      <Field label={t('transfer.identity')} error={errorText('identity')}>
        {(control) => (
          <select {...control} {...form.register('identity')} className="select">
            {IDENTITIES.map((value) => (
              <option key={value} value={value}>
                {t(`transfer.identity.${value}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {transfer.isError && unplaced ? (
        <Banner tone="danger" role="alert" title={t(errorMessageKey(transfer.error))} />
      ) : null}
      <div className="transfer-form__actions">
        <button className="button button--primary" type="submit" aria-busy={transfer.isPending}>
          {t('transfer.submit')}
        </button>
        <button className="button button--ghost" type="button" onClick={onClose}>
          {t('transfer.cancel')}
        </button>
      </div>
    </form>
  );
}
