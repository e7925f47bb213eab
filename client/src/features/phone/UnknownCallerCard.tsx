import { useState } from 'react';
import type { CallView } from '@shared/schemas/call';
import { useT } from '../../app/i18n/i18n-context';
import { CreateCustomerForm } from './CreateCustomerForm';
import { LinkCustomerSearch } from './LinkCustomerSearch';

interface UnknownCallerCardProps {
  call: CallView;
  onLinked(customerId: string): void;
}

/** No customer has this number (or it is withheld): create the record or find the existing one. */
export function UnknownCallerCard({ call, onLinked }: UnknownCallerCardProps) {
  const t = useT();
  const [mode, setMode] = useState<'choose' | 'create' | 'link'>('choose');
  const withheld = call.party.status === 'withheld';

  return (
    <div className="caller-card">
      <h3 className="caller-card__title">{withheld ? t('phone.number.withheld') : t('phone.unknown.title')}</h3>
      {withheld ? null : <p className="muted">{t('phone.unknown.hint')}</p>}
      {mode === 'create' ? (
        <CreateCustomerForm
          callId={call.id}
          phone={withheld ? '' : (call.party.e164 ?? call.party.raw)}
          onLinked={onLinked}
          onCancel={() => setMode('choose')}
        />
      ) : (
        <div className="caller-card__actions">
          <button className="button" type="button" onClick={() => setMode('create')}>
            {t('phone.unknown.create')}
          </button>
          <button
            className="button"
            type="button"
            aria-expanded={mode === 'link'}
            onClick={() => setMode(mode === 'link' ? 'choose' : 'link')}
          >
            {t('phone.unknown.link')}
          </button>
        </div>
      )}
      {mode === 'link' ? <LinkCustomerSearch callId={call.id} onLinked={onLinked} /> : null}
    </div>
  );
}
