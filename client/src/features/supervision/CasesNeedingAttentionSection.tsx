import { useId } from 'react';
import type { AttentionReason, CaseNeedingAttention } from '@shared/schemas/case-attention';
import { errorMessageKey } from '../../app/i18n/error-messages';
import { useFormat, useT } from '../../app/i18n/i18n-context';
import { Badge } from '../../ui/Badge';
import { Banner } from '../../ui/Banner';
import { DataTable } from '../../ui/DataTable';
import { StatusMessage } from '../../ui/StatusMessage';
import { useNow } from '../../ui/useNow';
import { useCasesNeedingAttention } from './useCasesNeedingAttention';

const REASON_KEY = {
  overdue: 'supervision.reason.overdue',
  no_person_owner: 'supervision.reason.noPersonOwner',
  no_due_time: 'supervision.reason.noDueTime',
} as const satisfies Record<AttentionReason, string>;

const REASON_TONE: Record<AttentionReason, 'danger' | 'warning'> = {
  overdue: 'danger',
  no_person_owner: 'warning',
  no_due_time: 'warning',
};

const HOUR = 3600;
const DAY = 24 * HOUR;

/** "overdue by 2 h": one rounded unit is what a supervisor scans for, not the seconds. */
function useOverdueLabel(): (seconds: number) => string {
  const t = useT();
  return (seconds) => {
    if (seconds >= DAY)
      return t('supervision.overdueBy', { amount: t('supervision.unit.days', { count: Math.floor(seconds / DAY) }) });
    if (seconds >= HOUR)
      return t('supervision.overdueBy', { amount: t('supervision.unit.hours', { count: Math.floor(seconds / HOUR) }) });
    return t('supervision.overdueBy', {
      amount: t('supervision.unit.minutes', { count: Math.max(1, Math.floor(seconds / 60)) }),
    });
  };
}

function DueCell({ item, now }: { item: CaseNeedingAttention; now: number }) {
  const t = useT();
  const format = useFormat();
  const overdueLabel = useOverdueLabel();
  if (!item.dueAt) return <span className="muted">{t('supervision.noDueTime')}</span>;
  const relative = item.overdueSeconds > 0 ? null : format.relativeTime(item.dueAt, now);
  return (
    <>
      <time dateTime={item.dueAt}>{format.dateTime(item.dueAt)}</time>
      {item.overdueSeconds > 0 ? (
        <div className="attention__overdue">{overdueLabel(item.overdueSeconds)}</div>
      ) : relative ? (
        <div className="muted">{relative}</div>
      ) : null}
    </>
  );
}

function OwnerCell({ owner }: { owner: CaseNeedingAttention['owner'] }) {
  const t = useT();
  if (!owner) return <Badge tone="danger">{t('supervision.noOwner')}</Badge>;
  if (owner.kind === 'agent') return <>{owner.name}</>;
  return (
    <>
      {owner.name} <Badge tone="info">{t('supervision.queueBadge')}</Badge>
    </>
  );
}

/** Open cases that could fall through the cracks, as the server orders them; refreshed every 30 s and on focus. */
export function CasesNeedingAttentionSection({ onOpenCustomer }: { onOpenCustomer: (customerId: string) => void }) {
  const t = useT();
  const headingId = useId();
  const cases = useCasesNeedingAttention();
  const now = useNow(30_000);

  return (
    <section className="admin-section" aria-labelledby={headingId}>
      <h2 className="admin-section__title" id={headingId}>
        {t('supervision.attention.heading')}
      </h2>
      {cases.isPending ? <StatusMessage>{t('supervision.loading')}</StatusMessage> : null}
      {cases.isError ? <Banner tone="danger" role="alert" title={t(errorMessageKey(cases.error))} /> : null}
      {cases.data ? (
        <DataTable
          caption={t('supervision.attention.heading')}
          rows={cases.data}
          rowKey={(item) => item.id}
          emptyText={t('supervision.attention.none')}
          columns={[
            { key: 'subject', header: t('supervision.col.subject'), rowHeader: true, cell: (item) => item.subject },
            {
              key: 'customer',
              header: t('supervision.col.customer'),
              cell: (item) => (
                <button
                  className="link-button"
                  type="button"
                  title={t('supervision.openCustomer')}
                  onClick={() => onOpenCustomer(item.customer.id)}
                >
                  {item.customer.name}
                </button>
              ),
            },
            {
              key: 'category',
              header: t('supervision.col.category'),
              cell: (item) => t(`case.category.${item.category}`),
            },
            { key: 'owner', header: t('supervision.col.owner'), cell: (item) => <OwnerCell owner={item.owner} /> },
            { key: 'due', header: t('supervision.col.due'), cell: (item) => <DueCell item={item} now={now} /> },
            { key: 'transfers', header: t('supervision.col.transfers'), cell: (item) => item.transferCount },
            {
              key: 'reasons',
              header: t('supervision.col.reasons'),
              cell: (item) => (
                <span className="attention__reasons">
                  {item.reasons.map((reason) => (
                    <Badge key={reason} tone={REASON_TONE[reason]}>
                      {t(REASON_KEY[reason])}
                    </Badge>
                  ))}
                </span>
              ),
            },
          ]}
        />
      ) : null}
    </section>
  );
}
