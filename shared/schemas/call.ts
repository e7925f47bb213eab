import { z } from 'zod';
import { LIMITS } from './limits';
import { channelSchema, uuidSchema } from './common';
import { customerSchema, customerSearchHitSchema } from './customer';
import { hangupCauseSchema } from './cti';

export const callStateSchema = z.enum(['ringing', 'active', 'held', 'wrap_up', 'ended', 'missed']);
export type CallState = z.infer<typeof callStateSchema>;

/** How the caller's number matched customers. */
export const callerStatusSchema = z.enum(['known', 'ambiguous', 'unknown', 'withheld', 'invalid']);
export type CallerStatus = z.infer<typeof callerStatusSchema>;

export const callViewSchema = z.object({
  /** The contact's id. */
  id: z.string(),
  pbxCallId: z.string(),
  direction: z.enum(['inbound', 'outbound']),
  state: callStateSchema,
  /** The other party: the caller for inbound calls, the number dialled for outbound ones. */
  party: z.object({ raw: z.string(), e164: z.string().nullable(), status: callerStatusSchema }),
  /** Our side: the number called (inbound) or the line used (outbound). */
  line: z.string().nullable(),
  queueName: z.string().nullable(),
  customerId: z.string().nullable(),
  candidateCustomerIds: z.array(z.string()),
  ringingAgentIds: z.array(z.string()),
  agent: z.object({ id: z.string(), name: z.string() }).nullable(),
  startedAt: z.string(),
  answeredAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  /** Set while the call is on hold. */
  heldSince: z.string().nullable(),
  holdSeconds: z.number().int(),
  talkSeconds: z.number().int().nullable(),
  wrapUpSeconds: z.number().int().nullable(),
  cause: hangupCauseSchema.nullable(),
  disposition: z.string().nullable(),
  /** Missed calls stay visible until someone deals with them. */
  handledAt: z.string().nullable(),
  /** Grows with every change: a client keeps the highest. */
  version: z.number().int(),
});
export type CallView = z.infer<typeof callViewSchema>;

/** One past contact, for "previous communications" (with the name of the agent who handled it). */
export const contactSummarySchema = z.object({
  id: z.string(),
  channel: channelSchema,
  direction: z.enum(['inbound', 'outbound']),
  state: z.string(),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  agentName: z.string().nullable(),
  queueName: z.string().nullable(),
  subject: z.string().nullable(),
  disposition: z.string().nullable(),
});
export type ContactSummary = z.infer<typeof contactSummarySchema>;

/** Everything a desk shows when a call rings, before the agent answers. */
export const callPopSchema = z.object({
  call: callViewSchema,
  /** The customer when the number matched exactly one. */
  customer: customerSchema.nullable(),
  /** When several customers share the number: the agent picks. */
  candidates: z.array(customerSearchHitSchema),
  /** The customer's last contacts on every channel, newest first. */
  recentContacts: z.array(contactSummarySchema),
});
export type CallPop = z.infer<typeof callPopSchema>;

export const dispositionSchema = z.object({
  code: z.string(),
  label: z.object({ fr: z.string(), en: z.string() }),
});
export type Disposition = z.infer<typeof dispositionSchema>;

export const wrapUpRequestSchema = z.strictObject({
  disposition: z.string().trim().min(1).max(64),
  note: z.string().trim().max(LIMITS.noteBody).optional(),
});
export type WrapUpRequest = z.infer<typeof wrapUpRequestSchema>;

export const linkCallRequestSchema = z.strictObject({ customerId: uuidSchema });
export type LinkCallRequest = z.infer<typeof linkCallRequestSchema>;

export const handleMissedRequestSchema = z.strictObject({ note: z.string().trim().max(LIMITS.noteBody).optional() });
export type HandleMissedRequest = z.infer<typeof handleMissedRequestSchema>;

export const callPopListResponseSchema = z.object({ items: z.array(callPopSchema) });
export const callListResponseSchema = z.object({ items: z.array(callViewSchema) });
export const callResponseSchema = z.object({ call: callViewSchema });
export const dispositionListResponseSchema = z.object({ items: z.array(dispositionSchema) });
export const contactSummaryListResponseSchema = z.object({ items: z.array(contactSummarySchema) });
