import type { UnitOfWork } from '../../db/unit-of-work';

/**
 * What chat needs from the routing engine (issue 4's contact queue, `services.contactQueue`).
 * Chat is written against this shape; `interim-contact-queue.ts` stands in until it lands.
 */
export interface EnqueueInput {
  channel: 'voice' | 'chat' | 'email' | 'callback';
  queueId: string;
  customerId: string | null;
  caseId?: string | null;
  subject?: string | null;
  externalId?: string | null;
  payload?: Record<string, unknown>;
  preferredAgentId?: string | null;
  priority?: number;
}

export type EnqueueResult = { kind: 'queued'; contactId: string } | { kind: 'closed'; action: 'callback' | 'message'; nextOpening: Date | null };

export interface QueueAvailability {
  open: boolean;
  nextOpening: string | null;
  afterHoursAction: 'wait' | 'callback' | 'message';
  agentsAble: { chat: number; voice: number; email: number };
  waiting: number;
}

export interface QueuePosition {
  position: number;
  waiting: number;
  estimatedWaitSeconds: number | null;
}

export interface ContactQueue {
  enqueue(uow: UnitOfWork, input: EnqueueInput): Promise<EnqueueResult>;
  availability(queueId: string): Promise<QueueAvailability>;
  position(contactId: string): Promise<QueuePosition | null>;
}
