import { formatPhoneInternational } from '@shared/utils/phone-display';
import { errorMessageKey } from '../../app/i18n/error-messages';
import { useFormat, useT } from '../../app/i18n/i18n-context';
import { Banner } from '../../ui/Banner';
import { BlockNumberForm } from './BlockNumberForm';
import { useBlockedNumbers } from './useBlockedNumbers';
import { useUnblockNumber } from './useUnblockNumber';
import { AdminSection } from './AdminSection';

/** Stored as E.164 when the number could be read, as typed otherwise. */
function displayNumber(value: string): string {
  return value.startsWith('+') ? formatPhoneInternational(value) : value;
}

/** Callers whose calls are dropped before they reach an agent. */
export function BlockedNumbersSection() {
  const t = useT();
  const format = useFormat();
  const blocked = useBlockedNumbers();
  const unblock = useUnblockNumber();

  return (
    <AdminSection
      title={t('admin.blocked.heading')}
      query={blocked}
      emptyText={t('admin.blocked.none')}
      renderItems={(items) => (
        <ul className="plain-list admin-list" aria-label={t('admin.blocked.list')}>
          {items.map((item) => {
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
      )}
    >
      {unblock.isError ? <Banner tone="danger" role="alert" title={t(errorMessageKey(unblock.error))} /> : null}
      <BlockNumberForm />
    </AdminSection>
  );
}
