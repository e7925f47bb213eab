import type { CallPop } from '@shared/schemas/call';
import { useT } from '../../app/i18n/i18n-context';
import { CallPanel } from './CallPanel';

interface CallPanelsProps {
  calls: readonly CallPop[];
  openCustomerId: string | null;
  onOpenCustomer(customerId: string): void;
}

/** My live calls, at the top of the main column, above the open record. */
export function CallPanels({ calls, openCustomerId, onOpenCustomer }: CallPanelsProps) {
  const t = useT();
  if (calls.length === 0) return null;
  return (
    <div className="call-panels" role="group" aria-label={t('phone.calls')}>
      {calls.map((pop) => (
        <CallPanel key={pop.call.id} pop={pop} openCustomerId={openCustomerId} onOpenCustomer={onOpenCustomer} />
      ))}
    </div>
  );
}
