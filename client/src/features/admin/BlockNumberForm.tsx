import { useState, type FormEvent } from 'react';
import type { BlockNumberRequest } from '@shared/schemas/admin-telephony';
import { ApiRequestError } from '../../api/http';
import { errorMessageKey } from '../../app/i18n/error-messages';
import { useT } from '../../app/i18n/i18n-context';
import type { PlainMessageKey } from '../../app/i18n/translate';
import { Banner } from '../../ui/Banner';
import { Field } from '../../ui/Field';
import { placeFieldErrors } from './field-errors';
import { useBlockNumber } from './useBlockNumber';

const FIELDS = ['number', 'reason'] as const;
type FieldName = (typeof FIELDS)[number];

function explain(field: FieldName, withheld: boolean): PlainMessageKey {
  if (field === 'reason') return 'admin.blocked.reasonInvalid';
  return withheld ? 'admin.blocked.withheld' : 'admin.blocked.numberInvalid';
}

export function BlockNumberForm() {
  const t = useT();
  const blockNumber = useBlockNumber();
  const [number, setNumber] = useState('');
  const [reason, setReason] = useState('');
  const [numberMissing, setNumberMissing] = useState(false);

  const withheld = blockNumber.error instanceof ApiRequestError && blockNumber.error.reason === 'withheld_number_not_blockable';
  const placed = placeFieldErrors(blockNumber.error, FIELDS, (field) => explain(field, withheld));
  const numberError = numberMissing ? 'admin.blocked.numberRequired' : placed.byField.number;
  const reasonError = placed.byField.reason;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (blockNumber.isPending) return;
    if (number.trim() === '') {
      setNumberMissing(true);
      return;
    }
    const request: BlockNumberRequest = { number: number.trim(), ...(reason.trim() ? { reason: reason.trim() } : {}) };
    blockNumber.mutate(request, {
      onSuccess: () => {
        setNumber('');
        setReason('');
      },
    });
  }

  return (
    <form className="admin-form" aria-label={t('admin.blocked.form')} onSubmit={submit} noValidate>
      <h3 className="section-title">{t('admin.blocked.form')}</h3>
      <div className="admin-form__fields">
        <Field label={t('admin.blocked.number')} hint={t('admin.blocked.numberHint')} error={numberError ? t(numberError) : undefined}>
          {(control) => (
            <input
              {...control}
              className="input"
              type="tel"
              autoComplete="off"
              maxLength={64}
              value={number}
              onChange={(event) => {
                setNumber(event.target.value);
                setNumberMissing(false);
              }}
            />
          )}
        </Field>
        <Field label={t('admin.blocked.reason')} error={reasonError ? t(reasonError) : undefined}>
          {(control) => (
            <input
              {...control}
              className="input"
              type="text"
              autoComplete="off"
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
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
