import { useId } from 'react';
import type { Address } from '@shared/schemas/customer';
import { isCurrent } from '@shared/domain/address-rules';
import { useFormat, useT } from '../../app/i18n/i18n-context';
import { Badge } from '../../ui/Badge';
import { localToday } from './address-text';

type Validity = 'current' | 'ended' | 'upcoming';

function validityOf(address: Address, today: string): Validity {
  if (isCurrent(address, today)) return 'current';
  return address.validFrom > today ? 'upcoming' : 'ended';
}

const VALIDITY_ORDER: Record<Validity, number> = { current: 0, upcoming: 1, ended: 2 };

function AddressItem({ address, validity, flagged }: { address: Address; validity: Validity; flagged: boolean }) {
  const t = useT();
  const format = useFormat();
  const from = format.calendarDate(address.validFrom);
  return (
    <li className={`address address--${validity}${flagged ? ' address--flagged' : ''}`}>
      <div className="address__badges">
        <Badge tone="info">{t(`address.role.${address.role}`)}</Badge>
        <Badge tone={validity === 'current' ? 'success' : 'neutral'}>{t(`address.${validity}`)}</Badge>
        {flagged ? <Badge tone="warning">{t('address.flagged')}</Badge> : null}
      </div>
      <address className="address__lines">
        <span>{address.line1}</span>
        {address.line2 ? <span>{address.line2}</span> : null}
        <span>
          {address.postalCode} {address.city}
        </span>
        <span>{address.country}</span>
      </address>
      <p className="address__validity">
        {address.validTo
          ? t('address.validFromTo', { from, to: format.calendarDate(address.validTo) })
          : t('address.validFrom', { from })}
      </p>
    </li>
  );
}

/** Every address side by side with its role and dates (field note 1): current ones first. */
export function AddressList({ addresses, flaggedIds }: { addresses: Address[]; flaggedIds: ReadonlySet<string> }) {
  const t = useT();
  const headingId = useId();
  const today = localToday();
  const rows = addresses
    .map((address) => ({ address, validity: validityOf(address, today) }))
    .sort(
      (a, b) =>
        VALIDITY_ORDER[a.validity] - VALIDITY_ORDER[b.validity] ||
        b.address.validFrom.localeCompare(a.address.validFrom),
    );

  return (
    <section className="card__section" aria-labelledby={headingId}>
      <h3 className="card__section-title" id={headingId}>
        {t('address.heading')}
      </h3>
      {rows.length === 0 ? (
        <p className="muted">{t('address.none')}</p>
      ) : (
        <ul className="plain-list addresses">
          {rows.map(({ address, validity }) => (
            <AddressItem key={address.id} address={address} validity={validity} flagged={flaggedIds.has(address.id)} />
          ))}
        </ul>
      )}
    </section>
  );
}
