import type { Db } from '../db/store';
import type { EventBus } from '../events/bus';
import { createAgentService } from './agent.service';
import { createAuthService } from './auth.service';
import { createCallDeskService } from './calls/call-desk.service';
import { createCallIngestService } from './calls/call-ingest.service';
import { createCallPopService } from './calls/call-pop.service';
import { createCustomerCardService } from './customer-card.service';
import { createCustomerCreateService } from './customer-create.service';
import { createCustomerSearchService, type PhoneSettings } from './customer-search.service';
import { createPbxService } from './pbx.service';
import { createRoutingAdminService } from './routing-admin.service';
import { createCaseAttentionService } from './case-attention.service';
import { createCaseCloseService } from './case-close.service';
import { createTelephonyAdminService } from './telephony-admin.service';
import { createCannedRepliesAdminService } from './canned-replies-admin.service';
import { createTimelineService } from './timeline.service';
import { createRoutingService } from './routing/routing.service';
import { createTransferService } from './routing/transfer.service';
import { createOfferDecisionService } from './routing/offer-decisions.service';
import { createContactQueueService } from './routing/contact-queue.service';
import { createChatWidgetService } from './chat/chat-widget.service';
import { createChatVisitorService } from './chat/chat-visitor.service';
import { createChatAgentService } from './chat/chat-agent.service';
import { createChatAssignmentService } from './chat/chat-assignment.service';
import { DEFAULT_CHAT_SETTINGS, type ChatSettings } from './chat/chat-settings';
import { createCallMoveService } from './routing/call-move.service';

/** Wires the use cases once; each takes only what it uses. */
export function createServices(deps: {
  db: Db;
  bus: EventBus;
  sessionSecret: string;
  sessionTtlMs: number;
  phone: PhoneSettings;
  offerTimeoutMs?: number;
  maxMissedOffers?: number;
  ownerGraceMs?: number;
  chat?: Partial<Omit<ChatSettings, 'addressSecret'>>;
}) {
  const { db, bus, phone } = deps;
  const timeline = createTimelineService({ db, bus });
  const search = createCustomerSearchService({ db, phone });
  const cards = createCustomerCardService({ db });
  const pops = createCallPopService({ cards, search });
  const callMoves = createCallMoveService({ db, bus });
  const routing = createRoutingService({ db, bus, offerTimeoutMs: deps.offerTimeoutMs ?? 20_000, callMoves });
  const contactQueue = createContactQueueService({ db, bus, ownerGraceMs: deps.ownerGraceMs ?? 60_000 });
  const chatSettings: ChatSettings = { ...DEFAULT_CHAT_SETTINGS, ...deps.chat, addressSecret: deps.sessionSecret };
  return {
    db,
    auth: createAuthService({ db, bus, secret: deps.sessionSecret, ttlMs: deps.sessionTtlMs }),
    agents: createAgentService({ db, bus }),
    search,
    cards,
    timeline,
    customerCreate: createCustomerCreateService({ db, timeline, cards, phone }),
    pbx: createPbxService({ db }),
    telephonyAdmin: createTelephonyAdminService({ db, phone }),
    routingAdmin: createRoutingAdminService({ db }),
    cannedRepliesAdmin: createCannedRepliesAdminService({ db }),
    calls: createCallIngestService({ db, bus, timeline, phone }),
    pops,
    caseAttention: createCaseAttentionService({ db }),
    caseClose: createCaseCloseService({ db, timeline }),
    routing,
    contactQueue: createContactQueueService({ db, bus, ownerGraceMs: deps.ownerGraceMs ?? 60_000 }),
    transfers: createTransferService({ db, bus, routing, ownerGraceMs: deps.ownerGraceMs ?? 60_000 }),
    offers: createOfferDecisionService({ db, bus, timeline, maxMisses: deps.maxMissedOffers ?? 3, callMoves }),
    callMoves,
    callDesk: createCallDeskService({ db, bus, timeline, pops }),
    chatWidget: createChatWidgetService({ db, bus, timeline, contactQueue, phone, settings: chatSettings }),
    chatVisitors: createChatVisitorService({ db, bus, timeline, contactQueue, settings: chatSettings }),
    chatAgents: createChatAgentService({ db, bus, timeline, settings: chatSettings }),
    chatAssignment: createChatAssignmentService({ db, bus, contactQueue }),
  };
}

export type Services = ReturnType<typeof createServices>;
