import { useEffect, useId, useRef } from 'react';
import type { Customer } from '@shared/schemas/customer';
import { useFormat, useT } from '../../app/i18n/i18n-context';
import { Badge } from '../../ui/Badge';
import { AddressList } from './AddressList';
import { CustomerFlagBanners } from './CustomerFlagBanners';
import { IdentityGroups } from './IdentityGroups';
import { OpenCaseList } from './OpenCaseList';

function flaggedAddressIds(customer: Customer): Set<string> {
  const ids = new Set<string>();
  for (const flag of customer.flags) {
    if (flag.code === 'billing_address_mismatch') {
      ids.add(flag.billingAddressId);
      ids.add(flag.newestAddressId);
    }
  }
  return ids;
}

export function CustomerCard({ customer }: { customer: Customer }) {
  const t = useT();
  const format = useFormat();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);

  // Opening a record moves focus to it, as a page change would.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the customer id is the trigger: focus the heading each time another record opens
  useEffect(() => heading.current?.focus(), [customer.id]);

  return (
    <section className="card" aria-labelledby={headingId}>
      <CustomerFlagBanners customer={customer} />
      <header className="card__header">
        <h2 className="card__title" id={headingId} ref={heading} tabIndex={-1}>
          {customer.displayName}
        </h2>
        <div className="card__facts">
          <Badge>{t(`customer.kind.${customer.kind}`)}</Badge>
          {/* Only what the customer stated: never guessed from a first name (field note 2). */}
          {customer.salutation ? (
            <span>{t('customer.salutation', { salutation: t(`customer.salutation.${customer.salutation}`) })}</span>
          ) : null}
          {customer.preferredLanguage ? (
            <span>
              {t('customer.preferredLanguage', { language: format.languageName(customer.preferredLanguage) })}
            </span>
          ) : null}
        </div>
      </header>
      <div className="card__columns">
        <IdentityGroups identities={customer.identities} />
        <AddressList addresses={customer.addresses} flaggedIds={flaggedAddressIds(customer)} />
      </div>
      <OpenCaseList cases={customer.openCases} />
    </section>
  );
}
