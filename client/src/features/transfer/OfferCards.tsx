import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { Offer } from '@shared/schemas/transfer';
import { useT } from '../../app/i18n/i18n-context';
import { Banner } from '../../ui/Banner';
import { removeOffer } from './offer-cache';

import { OfferCard } from './OfferCard';

/** Contacts offered to me, at the top of the main column; an offer taken elsewhere leaves with a word. */
export function OfferCards({ offers }: { offers: readonly Offer[] }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [goneNotice, setGoneNotice] = useState(false);
  const onGone = useCallback(
    (offerId: string) => {
      removeOffer(queryClient, offerId);
      setGoneNotice(true);
    },
    [queryClient],
  );

  if (offers.length === 0 && !goneNotice) return null;
  return (
    <div className="offer-cards" role="group" aria-label={t('offer.offers')}>
      {goneNotice ? (
        <Banner tone="warning" role="alert" title={t('offer.gone')}>
          <button className="button button--ghost" type="button" onClick={() => setGoneNotice(false)}>
            {t('transfer.dismiss')}
          </button>
        </Banner>
      ) : null}
      {offers.map((offer) => (
        <OfferCard key={offer.id} offer={offer} onGone={onGone} />
      ))}
    </div>
  );
}
