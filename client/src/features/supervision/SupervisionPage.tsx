import { useT } from '../../app/i18n/i18n-context';
import { CasesNeedingAttentionSection } from './CasesNeedingAttentionSection';
import { QueueDepthSection } from './QueueDepthSection';

/** What a supervisor watches over: nothing sits unowned or overdue without them seeing it (field note 4). */
export function SupervisionPage({ onOpenCustomer }: { onOpenCustomer: (customerId: string) => void }) {
  const t = useT();
  return (
    <main className="admin" aria-label={t('supervision.title')}>
      <QueueDepthSection />
      <CasesNeedingAttentionSection onOpenCustomer={onOpenCustomer} />
    </main>
  );
}
