import { useId } from 'react';
import type { Identity, IdentityKind } from '@shared/schemas/customer';
import { useT } from '../../app/i18n/i18n-context';
import { Badge } from '../../ui/Badge';

const KIND_ORDER: IdentityKind[] = ['phone', 'email', 'account', 'chat_visitor'];

function IdentityItem({ identity }: { identity: Identity }) {
  const t = useT();
  const isPhone = identity.kind === 'phone';
  return (
    <li className="identity">
      {/* A phone is shown as it was written, with its normalised form next to it. */}
      <span className="identity__value">{isPhone ? identity.rawValue : identity.value}</span>
      {isPhone && identity.valid ? (
        <span className="identity__normalised">{t('identity.e164', { value: identity.value })}</span>
      ) : null}
      {isPhone && !identity.valid ? <Badge tone="danger">{t('identity.invalidPhone')}</Badge> : null}
      {identity.verified ? <Badge tone="success">{t('identity.verified')}</Badge> : null}
      {identity.primary ? <Badge tone="info">{t('identity.primary')}</Badge> : null}
    </li>
  );
}

export function IdentityGroups({ identities }: { identities: Identity[] }) {
  const t = useT();
  const headingId = useId();
  return (
    <section className="card__section" aria-labelledby={headingId}>
      <h3 className="card__section-title" id={headingId}>
        {t('identity.heading')}
      </h3>
      {identities.length === 0 ? <p className="muted">{t('identity.none')}</p> : null}
      {KIND_ORDER.map((kind) => {
        const ofKind = identities.filter((identity) => identity.kind === kind);
        if (ofKind.length === 0) return null;
        return (
          <div className="identity-group" key={kind}>
            <h4 className="identity-group__title">{t(`identity.kind.${kind}`)}</h4>
            <ul className="plain-list">
              {ofKind.map((identity) => (
                <IdentityItem key={identity.id} identity={identity} />
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
