import { useState, type FormEvent } from 'react';
import type { IdentityVerification, TransferRequest } from '@shared/schemas/transfer';
import { ApiRequestError } from '../../api/http';
import { errorMessageKey, reasonMessageKey } from '../../app/i18n/error-messages';
import { useT } from '../../app/i18n/i18n-context';
import type { PlainMessageKey } from '../../app/i18n/translate';
import { Banner } from '../../ui/Banner';
import { Field } from '../../ui/Field';
import { useCreateTransfer } from './useCreateTransfer';
import { useDirectory } from './useDirectory';

const IDENTITIES: readonly IdentityVerification[] = ['verified', 'partially_verified', 'not_verified'];
type FieldName = 'to.id' | 'reason' | 'summary' | 'tried' | 'identity';
const FIELD_NAMES: readonly FieldName[] = ['to.id', 'reason', 'summary', 'tried', 'identity'];

/**
 * The server's problems on this form's fields; `to` and `to.kind` land on the target select. A rule
 * (a closed queue, oneself as target) says its reason; a schema problem is "required" when the field is empty.
 */
function fieldErrors(error: unknown, isEmpty: (field: FieldName) => boolean): { byField: Partial<Record<FieldName, PlainMessageKey>>; unplaced: boolean } {
  const byField: Partial<Record<FieldName, PlainMessageKey>> = {};
  if (error instanceof ApiRequestError) {
    const rule = error.reason && error.reason !== 'invalid_input' ? reasonMessageKey(error.reason) : null;
    for (const problem of error.fields) {
      const path = problem.path.startsWith('to') ? 'to.id' : problem.path;
      const field = FIELD_NAMES.find((name) => name === path);
      if (field && !byField[field]) byField[field] = rule ?? (isEmpty(field) ? 'transfer.required' : 'transfer.invalid');
    }
  }
  return { byField, unplaced: Boolean(error) && Object.keys(byField).length === 0 };
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
  const [kind, setKind] = useState<'queue' | 'agent'>('queue');
  const [targetId, setTargetId] = useState('');
  const [mode, setMode] = useState<'warm' | 'cold'>('warm');
  const [reason, setReason] = useState('');
  const [summary, setSummary] = useState(initialSummary);
  const [tried, setTried] = useState('');
  const [identity, setIdentity] = useState<IdentityVerification>('not_verified');
  const [missing, setMissing] = useState<Partial<Record<FieldName, boolean>>>({});

  const queues = directory.data?.queues ?? [];
  const agents = (directory.data?.agents ?? []).filter((agent) => agent.id !== myAgentId);
  const targetName =
    (kind === 'queue' ? queues.find((queue) => queue.id === targetId)?.name : agents.find((agent) => agent.id === targetId)?.displayName) ?? '';

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (transfer.isPending) return;
    const nextMissing: Partial<Record<FieldName, boolean>> = {
      ...(targetId ? {} : { 'to.id': true }),
      ...(reason.trim() ? {} : { reason: true }),
      ...(summary.trim() ? {} : { summary: true }),
      ...(tried.trim() ? {} : { tried: true }),
    };
    setMissing(nextMissing);
    if (Object.keys(nextMissing).length > 0) return;
    const request: TransferRequest = { to: { kind, id: targetId }, mode, reason: reason.trim(), summary: summary.trim(), tried: tried.trim(), identity };
    transfer.mutate({ contactId, request, targetName }, { onSuccess: onClose });
  }

  const values: Record<FieldName, string> = { 'to.id': targetId, reason, summary, tried, identity };
  const server = fieldErrors(transfer.error, (field) => values[field].trim() === '');
  const errorOf = (field: FieldName): string | undefined => {
    if (missing[field]) return field === 'to.id' ? t('transfer.targetRequired') : t('transfer.required');
    const key = server.byField[field];
    return key ? t(key) : undefined;
  };

  return (
    <form className="transfer-form" aria-label={t('transfer.form')} onSubmit={submit} noValidate>
      <h3 className="section-title">{t('transfer.form')}</h3>
      <fieldset>
        <legend>{t('transfer.targetKind')}</legend>
        {(['queue', 'agent'] as const).map((value) => (
          <label key={value}>
            <input
              type="radio"
              name="transfer-kind"
              value={value}
              checked={kind === value}
              onChange={() => {
                setKind(value);
                setTargetId('');
              }}
            />{' '}
            {value === 'queue' ? t('transfer.toQueue') : t('transfer.toAgent')}
          </label>
        ))}
      </fieldset>
      <Field label={kind === 'queue' ? t('transfer.queue') : t('transfer.agent')} error={errorOf('to.id')}>
        {(control) => (
          <select
            {...control}
            className="select"
            value={targetId}
            aria-busy={directory.isPending}
            onChange={(event) => {
              setTargetId(event.target.value);
              setMissing((current) => ({ ...current, 'to.id': false }));
            }}
          >
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
            <input type="radio" name="transfer-mode" value={value} checked={mode === value} onChange={() => setMode(value)} />{' '}
            {value === 'warm' ? t('transfer.warm') : t('transfer.cold')}
          </label>
        ))}
      </fieldset>
      <Field label={t('transfer.reason')} error={errorOf('reason')}>
        {(control) => <input {...control} className="input" maxLength={500} value={reason} onChange={(event) => setReason(event.target.value)} />}
      </Field>
      <Field label={t('transfer.summary')} error={errorOf('summary')}>
        {(control) => (
          <textarea {...control} className="textarea" rows={3} maxLength={5000} value={summary} onChange={(event) => setSummary(event.target.value)} />
        )}
      </Field>
      <Field label={t('transfer.tried')} error={errorOf('tried')}>
        {(control) => (
          <textarea {...control} className="textarea" rows={2} maxLength={5000} value={tried} onChange={(event) => setTried(event.target.value)} />
        )}
      </Field>
      <Field label={t('transfer.identity')} error={errorOf('identity')}>
        {(control) => (
          <select {...control} className="select" value={identity} onChange={(event) => setIdentity(event.target.value as IdentityVerification)}>
            {IDENTITIES.map((value) => (
              <option key={value} value={value}>
                {t(`transfer.identity.${value}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {transfer.isError && server.unplaced ? (
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
