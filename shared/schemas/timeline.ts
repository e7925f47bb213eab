import { z } from 'zod';
import { LIMITS } from './limits';
import { cursorSchema } from './common';

/** Where an event came from. `note` and `system` are not contact channels but live on the same timeline. */
export const timelineChannelSchema = z.enum(['voice', 'email', 'chat', 'callback', 'note', 'system']);
export type TimelineChannel = z.infer<typeof timelineChannelSchema>;

/**
 * What happened. Clients render a translated sentence per type (unknown types fall back to a
 * generic line), so adding a type here is how a channel adds its own events.
 */
export const timelineEventTypeSchema = z.enum([
  'note.added',
  'customer.created',
  'call.received',
  'call.placed',
  'call.answered',
  'call.ended',
  'call.missed',
  'call.ringing',
  'call.held',
  'call.resumed',
  'call.transferred',
  'call.wrapped_up',
  'email.received',
  'email.sent',
  'chat.started',
  'chat.ended',
  'chat.message_left',
  'callback.requested',
  'callback.completed',
  'case.opened',
  'case.transferred',
  'case.closed',
]);
export type TimelineEventType = z.infer<typeof timelineEventTypeSchema>;

export const actorKindSchema = z.enum(['agent', 'customer', 'system', 'automation']);
export type ActorKind = z.infer<typeof actorKindSchema>;

export const actorSchema = z.object({
  kind: actorKindSchema,
  id: z.string().nullable(),
  /** The name at the time of the event, kept even if the agent is later renamed. */
  name: z.string().nullable(),
});
export type Actor = z.infer<typeof actorSchema>;

export const timelinePayloadSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));
export type TimelinePayload = z.infer<typeof timelinePayloadSchema>;

export const timelineEventSchema = z.object({
  id: z.string(),
  customerId: z.string(),
  occurredAt: z.string(),
  channel: timelineChannelSchema,
  type: timelineEventTypeSchema,
  /** Free text: a note, an email subject, a call summary. Untrusted: always rendered as text. */
  body: z.string().nullable(),
  contactId: z.string().nullable(),
  caseId: z.string().nullable(),
  actor: actorSchema,
  payload: timelinePayloadSchema,
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

export const timelineQuerySchema = z.strictObject({
  cursor: cursorSchema.optional(),
  limit: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).optional(),
});
export type TimelineQuery = z.infer<typeof timelineQuerySchema>;

export const timelinePageSchema = z.object({
  items: z.array(timelineEventSchema),
  /** Pass back as `cursor` to get the next (older) page; null when there is none. */
  nextCursor: z.string().nullable(),
});
export type TimelinePage = z.infer<typeof timelinePageSchema>;

export const appendNoteRequestSchema = z.strictObject({
  body: z.string().trim().min(1, 'a note cannot be empty').max(LIMITS.noteBody),
  caseId: z.uuid().optional(),
});
export type AppendNoteRequest = z.infer<typeof appendNoteRequestSchema>;

export const timelineEventResponseSchema = z.object({ event: timelineEventSchema });
export type TimelineEventResponse = z.infer<typeof timelineEventResponseSchema>;
