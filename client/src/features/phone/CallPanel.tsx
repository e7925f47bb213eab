import type { CallPop } from '@shared/schemas/call';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { queryKeys } from '../../api/query-keys';
import { flattenTimeline } from '../timeline';
import { useT } from '../../app/i18n/i18n-context';
import { useMe } from '../auth';
import { TransferForm } from '../transfer';
import { useCustomer } from '../customer';
import { CallBar } from './CallBar';
import { CallerNumber } from './CallerNumber';
import { CandidateList } from './CandidateList';
import { PreviousContacts } from './PreviousContacts';
import { UnknownCallerCard } from './UnknownCallerCard';
import { WrapUpForm } from './WrapUpForm';

interface CallPanelProps {
  pop: CallPop;
  openCustomerId: string | null;
  onOpenCustomer(customerId: string): void;
}

function ShowRecordButton({ customerId, onOpen }: { customerId: string; onOpen(id: string): void }) {
  const t = useT();
  const name = useCustomer(customerId).data?.displayName ?? t('phone.customer.record');
  return (
    <button className="button button--ghost" type="button" onClick={() => onOpen(customerId)}>
      {t('phone.customer.showRecord', { name })}
    </button>
  );
}

/** One live call: who is calling and on which line, its state, and what the agent has to do now. */
export function CallPanel({ pop, openCustomerId, onOpenCustomer }: CallPanelProps) {
  const t = useT();
  const { call } = pop;
  const customerId = call.customerId ?? pop.customer?.id ?? null;
  const myAgentId = useMe().data?.id ?? '';
  const [transferring, setTransferring] = useState(false);
  const queryClient = useQueryClient();
  /** The last note on the customer's timeline, if it is cached, starts the transfer summary. */
  function lastNote(): string | undefined {
    if (!customerId) return undefined;
    const events = flattenTimeline(queryClient.getQueryData(queryKeys.timeline(customerId)));
    return events.find((event) => event.type === 'note.added' && event.body)?.body ?? undefined;
  }
  const canTransfer = (call.state === 'active' || call.state === 'held') && call.agent?.id === myAgentId;

  return (
    <section className={`call-panel call-panel--${call.state}`} aria-label={t(`phone.region.${call.direction}`)}>
      <header className="call-panel__header">
        {call.party.status === 'withheld' && !customerId ? null : <CallerNumber party={call.party} />}
        {call.line ? (
          <span className="call-panel__fact">{t(`phone.line.${call.direction}`, { line: call.line })}</span>
        ) : null}
        {call.queueName ? <span className="call-panel__fact">{t('phone.queue', { name: call.queueName })}</span> : null}
      </header>
      <CallBar call={call} />
      {call.state === 'wrap_up' ? <WrapUpForm call={call} /> : null}
      {canTransfer ? (
        transferring ? (
          <TransferForm
            contactId={call.id}
            myAgentId={myAgentId}
            initialSummary={lastNote()}
            onClose={() => setTransferring(false)}
          />
        ) : (
          <button className="button" type="button" onClick={() => setTransferring(true)}>
            {t('transfer.open')}
          </button>
        )
      ) : null}
      {customerId ? (
        <>
          {customerId !== openCustomerId ? <ShowRecordButton customerId={customerId} onOpen={onOpenCustomer} /> : null}
          <PreviousContacts customerId={customerId} />
        </>
      ) : pop.candidates.length > 1 ? (
        <CandidateList pop={pop} onLinked={onOpenCustomer} />
      ) : (
        <UnknownCallerCard call={call} onLinked={onOpenCustomer} />
      )}
    </section>
  );
}
