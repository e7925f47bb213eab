import { useState } from 'react';
import type { Agent } from '@shared/schemas/agent';
import { useT } from '../../app/i18n/i18n-context';
import { CustomerSearch } from '../customer/CustomerSearch';
import { CustomerWorkspace } from './CustomerWorkspace';
import { TopBar } from './TopBar';

export function DeskPage({ agent }: { agent: Agent }) {
  const t = useT();
  const [openCustomerId, setOpenCustomerId] = useState<string | null>(null);

  return (
    <div className="desk">
      <TopBar agent={agent} />
      <div className="desk__columns">
        <div className="desk__side">
          <CustomerSearch selectedCustomerId={openCustomerId} onOpen={setOpenCustomerId} />
        </div>
        <main className="desk__main">
          {openCustomerId ? (
            <CustomerWorkspace key={openCustomerId} customerId={openCustomerId} />
          ) : (
            <p className="desk__empty">{t('workspace.empty')}</p>
          )}
        </main>
      </div>
    </div>
  );
}
