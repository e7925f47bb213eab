import { useId } from 'react';
import type { AttentionReason, CaseNeedingAttention } from '@shared/schemas/case-attention';
import { errorMessageKey } from '../../app/i18n/error-messages';
import { useFormat, useT } from '../../app/i18n/i18n-context';
import { Badge } from '../../ui/Badge';
import { Banner } from '../../ui/Banner';
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
    if (seconds >= DAY) return t('supervision.overdueBy', { amount: t('supervision.unit.days', { count: Math.floor(seconds / DAY) }) });
    if (seconds >= HOUR) return t('supervision.overdueBy', { amount: t('supervision.unit.hours', { count: Math.floor(seconds / HOUR) }) });
    return t('supervision.overdueBy', { amount: t('supervision.unit.minutes', { count: Math.max(1, Math.floor(seconds / 60)) }) });
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
      {cases.data?.length === 0 ? <p className="muted">{t('supervision.attention.none')}</p> : null}
      {cases.data && cases.data.length > 0 ? (
        <table className="data-table">
          <caption className="visually-hidden">{t('supervision.attention.heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('supervision.col.subject')}</th>
              <th scope="col">{t('supervision.col.customer')}</th>
              <th scope="col">{t('supervision.col.category')}</th>
              <th scope="col">{t('supervision.col.owner')}</th>
              <th scope="col">{t('supervision.col.due')}</th>
              <th scope="col">{t('supervision.col.transfers')}</th>
              <th scope="col">{t('supervision.col.reasons')}</th>
            </tr>
          </thead>
          <tbody>
            {cases.data.map((item) => (
              <tr key={item.id}>
                <th scope="row">{item.subject}</th>
                <td>
                  <button
                    className="link-button"
                    type="button"
                    title={t('supervision.openCustomer')}
                    onClick={() => onOpenCustomer(item.customer.id)}
                  >
                    {item.customer.name}
                  </button>
                </td>
                <td>{t(`case.category.${item.category}`)}</td>
                <td>
                  <OwnerCell owner={item.owner} />
                </td>
                <td>
                  <DueCell item={item} now={now} />
                </td>
                <td>{item.transferCount}</td>
                <td>
                  <span className="attention__reasons">
                    {item.reasons.map((reason) => (
                      <Badge key={reason} tone={REASON_TONE[reason]}>
                        {t(REASON_KEY[reason])}
                      </Badge>
                    ))}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
