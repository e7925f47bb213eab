import type { Address, Customer, CustomerFlag } from '@shared/schemas/customer';
import { useLocale, useT } from '../../app/i18n/i18n-context';
import { Banner } from '../../ui/Banner';
import { oneLineAddress } from './address-text';

function BillingMismatchBanner({ billing, newest }: { billing?: Address; newest?: Address }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <Banner tone="warning" role="alert" title={t('customer.flag.billingMismatch.title')}>
      {billing && newest
        ? t('customer.flag.billingMismatch.detail', {
            billing: oneLineAddress(billing),
            newest: oneLineAddress(newest),
            role: t(`address.role.${newest.role}`).toLocaleLowerCase(locale),
          })
        : null}
    </Banner>
  );
}

function OpenComplaintBanner({ subject }: { subject?: string }) {
  const t = useT();
  return (
    <Banner tone="danger" role="alert" title={t('customer.flag.openComplaint.title')}>
      {subject ? t('customer.flag.openComplaint.detail', { subject }) : null}
    </Banner>
  );
}

function FlagBanner({ flag, customer }: { flag: CustomerFlag; customer: Customer }) {
  switch (flag.code) {
    case 'billing_address_mismatch':
      return (
        <BillingMismatchBanner
          billing={customer.addresses.find((address) => address.id === flag.billingAddressId)}
          newest={customer.addresses.find((address) => address.id === flag.newestAddressId)}
        />
      );
    case 'open_complaint':
      return <OpenComplaintBanner subject={customer.openCases.find((item) => item.id === flag.caseId)?.subject} />;
    default:
      return null; // A flag added on the server before this client knows how to show it.
  }
}

/** A flag's identity: the server raises one billing mismatch at most and one flag per open complaint. */
function flagKey(flag: CustomerFlag): string {
  return flag.code === 'open_complaint' ? `${flag.code}:${flag.caseId}` : `${flag.code}:${flag.billingAddressId}`;
}

/** What anyone touching this customer must see first (field notes 1 and 5). */
export function CustomerFlagBanners({ customer }: { customer: Customer }) {
  const t = useT();
  if (customer.flags.length === 0) return null;
  return (
    <div className="card__flags" role="group" aria-label={t('customer.flags')}>
      {customer.flags.map((flag) => (
        <FlagBanner key={flagKey(flag)} flag={flag} customer={customer} />
      ))}
    </div>
  );
}
