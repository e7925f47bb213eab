import { useId, useState, type FormEvent } from 'react';
import type { Offer } from '@shared/schemas/transfer';
import { errorMessageKey } from '../../app/i18n/error-messages';
import { useFormat, useT } from '../../app/i18n/i18n-context';
import { Badge } from '../../ui/Badge';
import { Banner } from '../../ui/Banner';
import { Field } from '../../ui/Field';
import { Ticker } from '../../ui/Ticker';
import { isOfferGone, useAcceptOffer } from './useAcceptOffer';
import { useDeclineOffer } from './useDeclineOffer';

function ContextPacket({ packet }: { packet: NonNullable<Offer['packet']> }) {
  const t = useT();
  return (
    <div className="offer-card__packet" role="group" aria-label={t('offer.packet')}>
      <p className="offer-card__from">
        <strong>{t('offer.transferredBy', { name: packet.from.name })}</strong>{' '}
        <Badge tone={packet.mode === 'warm' ? 'info' : 'neutral'}>{t(`offer.mode.${packet.mode}`)}</Badge>
      </p>
      <dl className="offer-card__facts">
        <dt>{t('offer.reason')}</dt>
        <dd>{packet.reason}</dd>
        <dt>{t('offer.summary')}</dt>
        <dd className="offer-card__text">{packet.summary}</dd>
        <dt>{t('offer.tried')}</dt>
        <dd className="offer-card__text">{packet.tried}</dd>
        <dt>{t('offer.identity')}</dt>
        <dd>
          <Badge
            tone={
              packet.identity === 'verified'
                ? 'success'
                : packet.identity === 'partially_verified'
                  ? 'warning'
                  : 'danger'
            }
          >
            {t(`offer.identity.${packet.identity}`)}
          </Badge>
        </dd>
      </dl>
    </div>
  );
}

function DeclineForm({ offerId, onCancel, onGone }: { offerId: string; onCancel(): void; onGone(): void }) {
  const t = useT();
  const decline = useDeclineOffer();
  const [reason, setReason] = useState('');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (decline.isPending) return;
    decline.mutate(
      { offerId, reason: reason.trim() || undefined },
      { onError: (error) => (isOfferGone(error) ? onGone() : undefined) },
    );
  }

  return (
    <form className="offer-card__decline" aria-label={t('offer.declineForm')} onSubmit={submit} noValidate>
      <Field label={t('offer.declineReason')}>
        {(control) => (
          <input
            {...control}
            className="input"
            maxLength={500}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        )}
      </Field>
      {decline.isError && !isOfferGone(decline.error) ? (
        <Banner tone="danger" role="alert" title={t(errorMessageKey(decline.error))} />
      ) : null}
      <button className="button button--danger" type="submit" aria-busy={decline.isPending}>
        {t('offer.declineConfirm')}
      </button>
      <button className="button button--ghost" type="button" onClick={onCancel}>
        {t('offer.cancel')}
      </button>
    </form>
  );
}

/** One contact offered to me, with the context packet of a transfer, read before accepting. */
export function OfferCard({ offer, onGone }: { offer: Offer; onGone(offerId: string): void }) {
  const t = useT();
  const format = useFormat();
  const titleId = useId();
  const accept = useAcceptOffer();
  const [declining, setDeclining] = useState(false);
  const { contact, packet } = offer;
  const channel = t(`channel.${contact.channel}`);

  return (
    <section className="offer-card" aria-label={t('offer.region')} aria-describedby={titleId}>
      <h2 className="offer-card__title" id={titleId}>
        {packet ? t('offer.title.transfer', { channel }) : t('offer.title.new', { channel })}
      </h2>
      <p className="offer-card__meta">
        <span>
          {contact.customerName ? t('offer.customer', { name: contact.customerName }) : t('offer.customer.unknown')}
        </span>
        {contact.queueName ? <span>{t('offer.queue', { name: contact.queueName })}</span> : null}
        {contact.subject ? <span>{t('offer.subject', { subject: contact.subject })}</span> : null}
      </p>
      <Ticker>
        {(now) => {
          const left = (Date.parse(offer.expiresAt) - now) / 1000;
          return (
            <p className="offer-card__timers">
              <span>
                {t('offer.waiting', { duration: format.duration((now - Date.parse(contact.waitingSince)) / 1000) })}
              </span>{' '}
              <span className="offer-card__countdown">
                {left > 0 ? t('offer.expiresIn', { duration: format.duration(Math.ceil(left)) }) : t('offer.expired')}
              </span>
            </p>
          );
        }}
      </Ticker>
      {packet ? <ContextPacket packet={packet} /> : null}
      {accept.isError && !isOfferGone(accept.error) ? (
        <Banner tone="danger" role="alert" title={t(errorMessageKey(accept.error))} />
      ) : null}
      {declining ? (
        <DeclineForm offerId={offer.id} onCancel={() => setDeclining(false)} onGone={() => onGone(offer.id)} />
      ) : (
        <div className="offer-card__actions">
          <button
            className="button button--primary"
            type="button"
            aria-busy={accept.isPending}
            onClick={() => {
              if (accept.isPending) return;
              accept.mutate(offer.id, { onError: (error) => (isOfferGone(error) ? onGone(offer.id) : undefined) });
            }}
          >
            {t('offer.accept')}
          </button>
          <button className="button button--ghost" type="button" onClick={() => setDeclining(true)}>
            {t('offer.decline')}
          </button>
        </div>
      )}
    </section>
  );
}
