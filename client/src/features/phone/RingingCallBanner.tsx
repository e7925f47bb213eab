import type { CallPop } from '@shared/schemas/call';
import { useT } from '../../app/i18n/i18n-context';

/**
 * Away from the desk (administration, supervision), a call ringing for this agent must not go
 * unseen: one compact line per ringing call, and a way back to the desk where it is answered.
 */
export function RingingCallBanner({ calls, onGoToDesk }: { calls: readonly CallPop[]; onGoToDesk: () => void }) {
  const t = useT();
  const ringing = calls.filter((pop) => pop.call.state === 'ringing');
  if (ringing.length === 0) return null;
  return (
    <div className="ringing-banner" role="status">
      <ul className="plain-list ringing-banner__calls">
        {ringing.map(({ call }) => (
          <li key={call.id}>
            {t('phone.awayBanner.incoming', {
              number: call.party.status === 'withheld' ? t('phone.number.withheld') : call.party.raw,
            })}
          </li>
        ))}
      </ul>
      <button className="button" type="button" onClick={onGoToDesk}>
        {t('phone.awayBanner.goToDesk')}
      </button>
    </div>
  );
}
