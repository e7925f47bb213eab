import { errorMessageKey } from '../../app/i18n/error-messages';
import { useT } from '../../app/i18n/i18n-context';
import { ApiRequestError } from '../../api/http';
import { useWatchCustomer } from '../../realtime/useWatchCustomer';
import { Banner } from '../../ui/Banner';
import { StatusMessage } from '../../ui/StatusMessage';
import { CustomerCard, useCustomer } from '../customer';
import { TimelineSection } from '../timeline';

/** One open customer: their card, then their timeline, kept live while open. */
export function CustomerWorkspace({ customerId }: { customerId: string }) {
  const t = useT();
  const customer = useCustomer(customerId);
  const { watchRefused } = useWatchCustomer(customerId);

  if (customer.isPending) return <StatusMessage>{t('app.loading')}</StatusMessage>;
  if (customer.isLoadingError) {
    const gone = customer.error instanceof ApiRequestError && customer.error.code === 'not_found';
    return (
      <Banner
        tone="danger"
        role="alert"
        title={gone ? t('workspace.customerGone') : t(errorMessageKey(customer.error))}
      >
        {gone ? null : (
          <button className="button" type="button" onClick={() => void customer.refetch()}>
            {t('app.retry')}
          </button>
        )}
      </Banner>
    );
  }

  return (
    <div className="workspace">
      {watchRefused ? <Banner tone="info" role="status" title={t('workspace.liveUpdatesUnavailable')} /> : null}
      <CustomerCard customer={customer.data} />
      <TimelineSection customerId={customerId} />
    </div>
  );
}
