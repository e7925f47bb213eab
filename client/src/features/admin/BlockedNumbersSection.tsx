import { useId } from 'react';
import { formatPhoneInternational } from '@shared/utils/phone-display';
import { errorMessageKey } from '../../app/i18n/error-messages';
import { useFormat, useT } from '../../app/i18n/i18n-context';
import { Banner } from '../../ui/Banner';
import { StatusMessage } from '../../ui/StatusMessage';
import { BlockNumberForm } from './BlockNumberForm';
import { useBlockedNumbers } from './useBlockedNumbers';
import { useUnblockNumber } from './useUnblockNumber';

/** Stored as E.164 when the number could be read, as typed otherwise. */
function displayNumber(value: string): string {
  return value.startsWith('+') ? formatPhoneInternational(value) : value;
}

/** Callers whose calls are dropped before they reach an agent. */
export function BlockedNumbersSection() {
  const t = useT();
  const format = useFormat();
  const headingId = useId();
  const blocked = useBlockedNumbers();
  const unblock = useUnblockNumber();

  return (
    <section className="admin-section" aria-labelledby={headingId}>
      <h2 className="admin-section__title" id={headingId}>
        {t('admin.blocked.heading')}
      </h2>
      {blocked.isPending ? <StatusMessage>{t('admin.loading')}</StatusMessage> : null}
      {blocked.isError ? <Banner tone="danger" role="alert" title={t(errorMessageKey(blocked.error))} /> : null}
      {blocked.data?.length === 0 ? <p className="muted">{t('admin.blocked.none')}</p> : null}
      {blocked.data && blocked.data.length > 0 ? (
        <ul className="plain-list admin-list" aria-label={t('admin.blocked.list')}>
          {blocked.data.map((item) => {
            const shown = displayNumber(item.value);
            return (
              <li key={item.id} className="admin-list__item">
                <div className="admin-list__main">
                  <span className="admin-list__value">{shown}</span>
                  <span className="muted">{item.reason ?? t('admin.blocked.noReason')}</span>
                  <span className="muted">{t('admin.blocked.since', { date: format.dateTime(item.createdAt) })}</span>
                </div>
                {/* Unblocking is undone by blocking again: no confirm step. */}
                <button
                  className="button button--ghost"
                  type="button"
                  aria-label={t('admin.blocked.removeNamed', { number: shown })}
                  aria-busy={unblock.isPending && unblock.variables === item.id}
                  onClick={() => unblock.mutate(item.id)}
                >
                  {t('admin.blocked.remove')}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      {unblock.isError ? <Banner tone="danger" role="alert" title={t(errorMessageKey(unblock.error))} /> : null}
      <BlockNumberForm />
    </section>
  );
}
