import { useCallback, useState } from 'react';
import type { Agent } from '@shared/schemas/agent';
import { useT } from '../../app/i18n/i18n-context';
import { goToView, useRequestedView, viewsFor } from '../../app/view-route';
import { ChatArea, useActiveChat, useMyChats, useOpenActiveChatCustomer } from '../chat';
import { CustomerSearch } from '../customer';
import { CallPanels, MissedCalls, RingingCallBanner, useMyCalls, useOpenCallCustomers } from '../phone';
import { OfferCards, TransferStatuses, useMyOffers, useOpenOfferCustomers } from '../transfer';
import { CustomerWorkspace } from './CustomerWorkspace';
import { LazyAdminPage, LazySupervisionPage } from './LazyScreens';
import { TopBar } from './TopBar';

const NO_CALLS = [] as const;
const NO_OFFERS = [] as const;
const NO_CHATS = [] as const;

export function DeskPage({ agent }: { agent: Agent }) {
  const t = useT();
  const [openCustomerId, setOpenCustomerId] = useState<string | null>(null);
  const myCalls = useMyCalls().data ?? NO_CALLS;
  // The screen pop: a known caller's record is open before the agent answers (field note 5).
  useOpenCallCustomers(myCalls, setOpenCustomerId);
  // An offered contact's customer opens too, so the agent reads the record before accepting.
  const myOffers = useMyOffers().data ?? NO_OFFERS;
  useOpenOfferCustomers(myOffers, setOpenCustomerId);
  // Several chats at once, one tab each; the open tab's customer card and timeline sit beside it.
  const myChatsQuery = useMyChats();
  const myChats = myChatsQuery.data ?? NO_CHATS;
  const [activeChat, activateChat] = useActiveChat(myChats, myChatsQuery.isSuccess);
  useOpenActiveChatCustomer(activeChat, setOpenCustomerId);
  // Each role has its screens; anyone asking for one they may not open stays on the desk.
  const requestedView = useRequestedView();
  const view = viewsFor(agent.role).includes(requestedView) ? requestedView : 'desk';
  const goToDesk = useCallback(() => goToView('desk'), []);
  // From supervision, a customer opens where agents work on customers: on the desk.
  const openOnDesk = useCallback((customerId: string) => {
    setOpenCustomerId(customerId);
    goToView('desk');
  }, []);

  return (
    <div className="desk">
      <TopBar agent={agent} view={view} />
      {view !== 'desk' ? <RingingCallBanner calls={myCalls} onGoToDesk={goToDesk} /> : null}
      {view === 'admin' ? (
        <LazyAdminPage />
      ) : view === 'supervision' ? (
        <LazySupervisionPage onOpenCustomer={openOnDesk} />
      ) : (
        <div className="desk__columns">
          <div className="desk__side">
            <CustomerSearch selectedCustomerId={openCustomerId} onOpen={setOpenCustomerId} />
            <MissedCalls onOpen={setOpenCustomerId} />
          </div>
          <main className="desk__main">
            <OfferCards offers={myOffers} />
            <TransferStatuses />
            <CallPanels calls={myCalls} openCustomerId={openCustomerId} onOpenCustomer={setOpenCustomerId} />
            <div className={myChats.length > 0 ? 'desk__chat-split' : 'desk__record'}>
              <ChatArea
                chats={myChats}
                active={activeChat}
                onActivate={activateChat}
                me={{ id: agent.id, name: agent.displayName }}
                openCustomerId={openCustomerId}
                onOpenCustomer={setOpenCustomerId}
              />
              {openCustomerId ? (
                <CustomerWorkspace key={openCustomerId} customerId={openCustomerId} />
              ) : myCalls.length > 0 || myOffers.length > 0 || myChats.length > 0 ? null : (
                <p className="desk__empty">{t('workspace.empty')}</p>
              )}
            </div>
          </main>
        </div>
      )}
    </div>
  );
}
