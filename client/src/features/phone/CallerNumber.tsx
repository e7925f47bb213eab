import type { CallView } from '@shared/schemas/call';
import { formatPhoneInternational } from '@shared/utils/phone-display';
import { useT } from '../../app/i18n/i18n-context';
import { Badge } from '../../ui/Badge';

/** The number as the network gave it, its international form, and whether it is usable. */
export function CallerNumber({ party }: { party: CallView['party'] }) {
  const t = useT();
  if (party.status === 'withheld') return <span className="caller-number">{t('phone.number.withheld')}</span>;
  const international = party.e164 ? formatPhoneInternational(party.e164) : null;
  return (
    <span className="caller-number">
      <span className="caller-number__raw">{party.raw}</span>
      {international && international !== party.raw ? (
        <span className="caller-number__e164" title={t('phone.number.e164', { value: party.e164 ?? '' })}>
          {international}
        </span>
      ) : null}
      {party.status === 'invalid' ? <Badge tone="warning">{t('phone.number.invalid')}</Badge> : null}
    </span>
  );
}
