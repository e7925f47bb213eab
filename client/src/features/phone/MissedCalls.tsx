import { useId } from 'react';
import type { CallView } from '@shared/schemas/call';
import { errorMessageKey } from '../../app/i18n/error-messages';
import { useFormat, useT } from '../../app/i18n/i18n-context';
import { Banner } from '../../ui/Banner';
import { StatusMessage } from '../../ui/StatusMessage';
import { useCustomer } from '../customer';
import { CallerNumber } from './CallerNumber';
import { useHandleMissed } from './useHandleMissed';
import { useMissedCalls } from './useMissedCalls';

/** The customer's name, read when the row shows; nothing when it cannot be read. */
function CustomerName({ customerId }: { customerId: string }) {
  const name = useCustomer(customerId).data?.displayName;
  return name ? <span className="missed-call__customer">{name}</span> : null;
}

function MissedCallRow({ call, onOpen }: { call: CallView; onOpen(customerId: string): void }) {
  const t = useT();
  const format = useFormat();
  const handleMissed = useHandleMissed();
  const summaryId = useId();

  return (
    <li className="missed-call">
      <p className="missed-call__summary" id={summaryId}>
        {call.customerId ? <CustomerName customerId={call.customerId} /> : null}
        <CallerNumber party={call.party} />
        <time className="missed-call__time" dateTime={call.startedAt}>
          {format.dateTime(call.startedAt)}
        </time>
        {call.queueName ? (
          <span className="missed-call__queue">{t('phone.queue', { name: call.queueName })}</span>
        ) : null}
      </p>
      <div className="missed-call__actions">
        {call.customerId ? (
          <button
            className="button"
            type="button"
            aria-describedby={summaryId}
            onClick={() => onOpen(call.customerId!)}
          >
            {t('phone.missed.open')}
          </button>
        ) : null}
        <button
          className="button"
          type="button"
          aria-describedby={summaryId}
          aria-busy={handleMissed.isPending}
          onClick={() => {
            if (!handleMissed.isPending) handleMissed.mutate({ callId: call.id });
          }}
        >
          {t('phone.missed.handle')}
        </button>
      </div>
      {handleMissed.isError ? (
        <Banner tone="danger" role="alert" title={t('phone.missed.handleFailed')}>
          {t(errorMessageKey(handleMissed.error))}
        </Banner>
      ) : null}
    </li>
  );
}

/** Missed calls nobody has dealt with yet: someone calls back or marks them dealt with. */
export function MissedCalls({ onOpen }: { onOpen(customerId: string): void }) {
  const t = useT();
  const headingId = useId();
  const missed = useMissedCalls();

  return (
    <section className="missed-calls" aria-labelledby={headingId}>
      <h2 className="section-title" id={headingId}>
        {t('phone.missed.title')}
      </h2>
      {missed.isPending ? <StatusMessage>{t('app.loading')}</StatusMessage> : null}
      {missed.isError ? <Banner tone="danger" role="alert" title={t(errorMessageKey(missed.error))} /> : null}
      {missed.data?.length === 0 ? <p className="muted">{t('phone.missed.none')}</p> : null}
      {missed.data && missed.data.length > 0 ? (
        <ul className="plain-list missed-calls__list" aria-labelledby={headingId}>
          {missed.data.map((call) => (
            <MissedCallRow key={call.id} call={call} onOpen={onOpen} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
