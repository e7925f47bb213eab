import { useT } from '../../app/i18n/i18n-context';
import { AgentsRoutingSection } from './AgentsRoutingSection';
import { BlockedNumbersSection } from './BlockedNumbersSection';
import { CannedRepliesSection } from './CannedRepliesSection';
import { DispositionsSection } from './DispositionsSection';
import { PbxSection } from './PbxSection';
import { QueuesSection } from './QueuesSection';

/** Settings for admins: which PBXs may send calls, who is blocked, how calls end, queues and agents' routing, the chat's canned replies. */
export function AdminPage() {
  const t = useT();
  return (
    <main className="admin" aria-label={t('admin.title')}>
      <PbxSection />
      <BlockedNumbersSection />
      <DispositionsSection />
      <QueuesSection />
      <AgentsRoutingSection />
      <CannedRepliesSection />
    </main>
  );
}
