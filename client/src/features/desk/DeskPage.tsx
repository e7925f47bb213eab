import { useState } from 'react';
import type { Agent } from '@shared/schemas/agent';
import { useT } from '../../app/i18n/i18n-context';
import { useRequestedView } from '../../app/view-route';
import { AdminPage } from '../admin/AdminPage';
import { CustomerSearch } from '../customer/CustomerSearch';
import { CallPanels } from '../phone/CallPanels';
import { MissedCalls } from '../phone/MissedCalls';
import { useMyCalls } from '../phone/useMyCalls';
import { useOpenCallCustomers } from '../phone/useOpenCallCustomers';
import { CustomerWorkspace } from './CustomerWorkspace';
import { TopBar } from './TopBar';

const NO_CALLS = [] as const;

export function DeskPage({ agent }: { agent: Agent }) {
  const t = useT();
  const [openCustomerId, setOpenCustomerId] = useState<string | null>(null);
  const myCalls = useMyCalls().data ?? NO_CALLS;
  // The screen pop: a known caller's record is open before the agent answers (field note 5).
  useOpenCallCustomers(myCalls, setOpenCustomerId);
  // Only admins may leave the desk; anyone else asking for #/admin stays on it.
  const requestedView = useRequestedView();
  const view = agent.role === 'admin' ? requestedView : 'desk';

  return (
    <div className="desk">
      <TopBar agent={agent} view={view} />
      {view === 'admin' ? (
        <AdminPage />
      ) : (
        <div className="desk__columns">
          <div className="desk__side">
            <CustomerSearch selectedCustomerId={openCustomerId} onOpen={setOpenCustomerId} />
            <MissedCalls onOpen={setOpenCustomerId} />
          </div>
          <main className="desk__main">
            <CallPanels calls={myCalls} openCustomerId={openCustomerId} onOpenCustomer={setOpenCustomerId} />
            {openCustomerId ? (
              <CustomerWorkspace key={openCustomerId} customerId={openCustomerId} />
            ) : myCalls.length > 0 ? null : (
              <p className="desk__empty">{t('workspace.empty')}</p>
            )}
          </main>
        </div>
      )}
    </div>
  );
}
