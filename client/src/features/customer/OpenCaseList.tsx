import { useId } from 'react';
import type { CaseSummary } from '@shared/schemas/customer';
import { useFormat, useT } from '../../app/i18n/i18n-context';
import { Badge } from '../../ui/Badge';

/** An open case without an owner or a due time is a case falling through the cracks (field note 4). */
function CaseItem({ item }: { item: CaseSummary }) {
  const t = useT();
  const format = useFormat();
  return (
    <li className={`case${item.overdue ? ' case--overdue' : ''}`}>
      <div className="case__head">
        <span className="case__subject">{item.subject}</span>
        <Badge tone={item.category === 'complaint' ? 'danger' : 'neutral'}>{t(`case.category.${item.category}`)}</Badge>
        <Badge>{t(`case.status.${item.status}`)}</Badge>
      </div>
      <div className="case__meta">
        {item.dueAt ? (
          <time className="case__due" dateTime={item.dueAt}>
            {t('case.due', { due: format.dateTime(item.dueAt) })}
          </time>
        ) : (
          <Badge tone="warning">{t('case.noDueTime')}</Badge>
        )}
        {item.overdue ? <Badge tone="danger">{t('case.overdue')}</Badge> : null}
        {item.owner ? (
          <span className="case__owner">{t(`case.owner.${item.owner.kind}`, { name: item.owner.name })}</span>
        ) : (
          <Badge tone="danger">{t('case.noOwner')}</Badge>
        )}
      </div>
    </li>
  );
}

export function OpenCaseList({ cases }: { cases: CaseSummary[] }) {
  const t = useT();
  const headingId = useId();
  return (
    <section className="card__section" aria-labelledby={headingId}>
      <h3 className="card__section-title" id={headingId}>
        {t('case.heading')}
      </h3>
      {cases.length === 0 ? (
        <p className="muted">{t('case.none')}</p>
      ) : (
        <ul className="plain-list cases">
          {cases.map((item) => (
            <CaseItem key={item.id} item={item} />
          ))}
        </ul>
      )}
    </section>
  );
}
