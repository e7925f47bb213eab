import type { Db } from '../db/store';
import type { EventBus } from '../events/bus';
import { createAgentService } from './agent.service';
import { createAuthService } from './auth.service';
import { createCustomerCardService } from './customer-card.service';
import { createCustomerSearchService, type PhoneSettings } from './customer-search.service';
import { createTimelineService } from './timeline.service';

/** Wires the use cases once; each takes only what it uses. */
export function createServices(deps: { db: Db; bus: EventBus; sessionSecret: string; sessionTtlMs: number; phone: PhoneSettings }) {
  return {
    auth: createAuthService({ db: deps.db, bus: deps.bus, secret: deps.sessionSecret, ttlMs: deps.sessionTtlMs }),
    agents: createAgentService({ db: deps.db, bus: deps.bus }),
    search: createCustomerSearchService({ db: deps.db, phone: deps.phone }),
    cards: createCustomerCardService({ db: deps.db }),
    timeline: createTimelineService({ db: deps.db, bus: deps.bus }),
  };
}

export type Services = ReturnType<typeof createServices>;
