import { z } from 'zod';
import { LIMITS } from './limits';
import { uuidSchema } from './common';

/**
 * Web chat (issue 5): the visitor's widget and the agent's chat tabs. Everything the visitor
 * types is untrusted text: clients render it as text, never as HTML.
 */

// ---------- building blocks ----------

export const chatMessageBodySchema = z
  .string()
  .refine((v) => v.trim().length > 0, 'a message cannot be empty')
  .refine((v) => v.length <= LIMITS.chatMessage, `a message can be at most ${LIMITS.chatMessage} characters`);

/** Chosen by the sender (a UUID is fine); retrying with the same id never stores the message twice. */
export const clientMessageIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'letters, digits, _ and -, at most 64 characters');

/** Handed to the visitor once at start, kept in localStorage; the server keeps only its hash. */
export const visitorTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{32,128}$/, 'not a visitor token');

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : undefined));

export const chatLabelSchema = z.object({ fr: z.string(), en: z.string() });
export type ChatLabel = z.infer<typeof chatLabelSchema>;

export const chatAuthorKindSchema = z.enum(['visitor', 'agent', 'system']);
export type ChatAuthorKind = z.infer<typeof chatAuthorKindSchema>;

/** sent: stored by the server; delivered: the other side's screen has it; read: the other side has seen it. */
export const chatDeliverySchema = z.enum(['sent', 'delivered', 'read']);
export type ChatDelivery = z.infer<typeof chatDeliverySchema>;

/** waiting: queued or offered; active: an agent has it; ended: the visitor or the agent ended it. */
export const chatStateSchema = z.enum(['waiting', 'active', 'ended']);
export type ChatState = z.infer<typeof chatStateSchema>;

export const chatAlternativeSchema = z.enum(['message', 'callback']);
export type ChatAlternative = z.infer<typeof chatAlternativeSchema>;

export const chatMessageSchema = z.object({
  id: z.string(),
  /** Grows with every message of the server; orders a conversation and names receipts. */
  seq: z.number().int(),
  conversationId: z.string(),
  /** Null for system lines ("Alice joined the conversation"). */
  clientMessageId: z.string().nullable(),
  authorKind: chatAuthorKindSchema,
  /** The visitor's name, the agent's display name at the time, or null for system lines. */
  authorName: z.string().nullable(),
  /** Untrusted text: render as text. */
  body: z.string(),
  sentAt: z.string(),
  /** For the sender's own messages: how far the other side got. */
  delivery: chatDeliverySchema,
});
export type ChatMessage = z.infer<typeof chatMessageSchema>;

export const chatQueueStatusSchema = z.object({
  /** 1 = next to be answered. */
  position: z.number().int(),
  waiting: z.number().int(),
  estimatedWaitSeconds: z.number().int().nullable(),
});
export type ChatQueueStatus = z.infer<typeof chatQueueStatusSchema>;

// ---------- widget (public, visitor) ----------

export const chatAvailabilitySchema = z.object({
  /** True when a chat started now would be queued for an agent. */
  open: z.boolean(),
  /** Why not, when not open. */
  reason: z.enum(['closed', 'no_agents']).nullable(),
  nextOpening: z.string().nullable(),
  /** What the widget offers instead of waiting forever. */
  alternatives: z.array(chatAlternativeSchema),
  waiting: z.number().int(),
});
export type ChatAvailability = z.infer<typeof chatAvailabilitySchema>;

export const widgetTopicSchema = z.object({
  id: z.string(),
  label: chatLabelSchema,
  availability: chatAvailabilitySchema,
});
export type WidgetTopic = z.infer<typeof widgetTopicSchema>;

/** GET /api/widget/config */
export const widgetConfigSchema = z.object({
  topics: z.array(widgetTopicSchema),
  limits: z.object({ messageMaxLength: z.number().int(), nameMaxLength: z.number().int() }),
});
export type WidgetConfig = z.infer<typeof widgetConfigSchema>;

/** An empty field of the form counts as not given. */
const optionalEmail = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v),
  z.email('not a valid email address').max(LIMITS.email).optional(),
);

const visitorContactFields = {
  name: z.string().trim().min(1, 'your name is required').max(LIMITS.name),
  email: optionalEmail,
  phone: optionalText(40),
};

/** POST /api/widget/conversations: the pre-chat form. */
export const startChatRequestSchema = z.strictObject({
  ...visitorContactFields,
  topicId: uuidSchema,
  firstMessage: chatMessageBodySchema.optional(),
  locale: z.enum(['fr', 'en']).optional(),
});
export type StartChatRequest = z.input<typeof startChatRequestSchema>;
export type StartChatInput = z.output<typeof startChatRequestSchema>;

/** What the visitor sees of their conversation (no agent ids, only display names). */
export const visitorConversationSchema = z.object({
  id: z.string(),
  state: chatStateSchema,
  topic: z.object({ id: z.string(), label: chatLabelSchema }),
  visitorName: z.string(),
  agentName: z.string().nullable(),
  /** While waiting. */
  queue: chatQueueStatusSchema.nullable(),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  endedBy: z.enum(['visitor', 'agent', 'system']).nullable(),
  /** The whole history, oldest first. */
  messages: z.array(chatMessageSchema),
  /** The visitor's email when given: the end screen pre-fills the transcript form. */
  email: z.string().nullable(),
  transcriptRequested: z.boolean(),
});
export type VisitorConversation = z.infer<typeof visitorConversationSchema>;

export const startChatResponseSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('started'), visitorToken: z.string(), conversation: visitorConversationSchema }),
  /** Nothing was created: offer the alternatives. */
  z.object({ kind: z.literal('unavailable'), availability: chatAvailabilitySchema }),
]);
export type StartChatResponse = z.infer<typeof startChatResponseSchema>;

/** POST /api/widget/conversation/transcript (Authorization: Bearer <visitorToken>) */
export const transcriptRequestSchema = z.strictObject({
  email: z.email('not a valid email address').max(LIMITS.email),
});
export type TranscriptRequest = z.infer<typeof transcriptRequestSchema>;
export const transcriptResponseSchema = z.object({
  /** The email is queued in the outbox; "queued" is honest: it is sent when a mail relay is configured. */
  state: z.literal('queued'),
  to: z.string(),
});
export type TranscriptResponse = z.infer<typeof transcriptResponseSchema>;

/** POST /api/widget/messages: leave a message instead of waiting. Needs an email or a phone to answer. */
export const leaveMessageRequestSchema = z
  .strictObject({
    ...visitorContactFields,
    topicId: uuidSchema,
    body: chatMessageBodySchema,
  })
  .refine((v) => v.email || v.phone, { message: 'give an email or a phone number so we can answer', path: ['email'] });
export type LeaveMessageRequest = z.input<typeof leaveMessageRequestSchema>;
export type LeaveMessageInput = z.output<typeof leaveMessageRequestSchema>;

/** POST /api/widget/callbacks: be called back instead of waiting. */
export const callbackRequestSchema = z.strictObject({
  name: visitorContactFields.name,
  phone: z.string().trim().min(1, 'a phone number is required').max(40),
  email: visitorContactFields.email,
  topicId: uuidSchema,
  /** When the visitor would like the call (ISO date-time); absent: as soon as possible. */
  preferredAt: z.iso.datetime({ offset: true }).optional(),
  note: optionalText(1000),
});
export type CallbackRequest = z.input<typeof callbackRequestSchema>;
export type CallbackInput = z.output<typeof callbackRequestSchema>;

/** Answer to leave-a-message and callback requests: a real contact is queued. */
export const alternativeResponseSchema = z.object({
  kind: chatAlternativeSchema,
  contactId: z.string(),
  nextOpening: z.string().nullable(),
});
export type AlternativeResponse = z.infer<typeof alternativeResponseSchema>;

// ---------- visitor socket commands (namespace /visitor) ----------

export const visitorSendSchema = z.strictObject({
  clientMessageId: clientMessageIdSchema,
  body: chatMessageBodySchema,
});
export type VisitorSend = z.infer<typeof visitorSendSchema>;
export const chatTypingSchema = z.strictObject({ typing: z.boolean() });
export type ChatTyping = z.infer<typeof chatTypingSchema>;
/** Everything up to and including this message has reached / been seen by the sender of the receipt. */
export const chatReceiptRequestSchema = z.strictObject({
  upToSeq: z.number().int().min(0),
  state: z.enum(['delivered', 'read']),
});
export type ChatReceiptRequest = z.infer<typeof chatReceiptRequestSchema>;
export const visitorEndSchema = z.strictObject({});
export const visitorSyncSchema = z.strictObject({});

// ---------- agent side (/api/chats, same-origin session) ----------

export const chatSummarySchema = z.object({
  id: z.string(),
  contactId: z.string(),
  state: chatStateSchema,
  /** The contact's own lifecycle (active, wrap_up, closed…), for the close button. */
  contactState: z.string(),
  agentId: z.string().nullable(),
  agentName: z.string().nullable(),
  customerId: z.string().nullable(),
  customerName: z.string().nullable(),
  /** Other customers the visitor's email/phone matched: the agent may link to one of them. */
  candidateCustomerIds: z.array(z.string()),
  visitorName: z.string(),
  visitorEmail: z.string().nullable(),
  visitorPhone: z.string().nullable(),
  topic: z.object({ id: z.string(), label: chatLabelSchema }),
  queueId: z.string().nullable(),
  caseId: z.string().nullable(),
  /** Visitor messages this agent has not read. */
  unread: z.number().int(),
  lastMessage: chatMessageSchema.nullable(),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  endedBy: z.enum(['visitor', 'agent', 'system']).nullable(),
  disposition: z.string().nullable(),
  updatedAt: z.string(),
});
export type ChatSummary = z.infer<typeof chatSummarySchema>;

/** GET /api/chats: my chats (active and in wrap-up), so a reloaded desk gets them back. */
export const chatListResponseSchema = z.object({ items: z.array(chatSummarySchema) });
/** GET /api/chats/:id: one chat with its whole history. */
export const chatDetailSchema = z.object({ chat: chatSummarySchema, messages: z.array(chatMessageSchema) });
export type ChatDetail = z.infer<typeof chatDetailSchema>;

/** POST /api/chats/:id/messages -> 201 { message } (stored before the answer). */
export const agentSendRequestSchema = visitorSendSchema;
export type AgentSendRequest = z.infer<typeof agentSendRequestSchema>;
export const chatMessageResponseSchema = z.object({ message: chatMessageSchema });
/** POST /api/chats/:id/typing -> 204 */
export const agentTypingRequestSchema = chatTypingSchema;
/** POST /api/chats/:id/receipts -> 204 (mark read / delivered) */
export const agentReceiptRequestSchema = chatReceiptRequestSchema;
/** POST /api/chats/:id/close -> { chat } (disposition codes: GET /api/dispositions) */
export const closeChatRequestSchema = z.strictObject({
  disposition: z.string().trim().min(1).max(64),
  note: z.string().trim().max(LIMITS.noteBody).optional(),
});
export type CloseChatRequest = z.infer<typeof closeChatRequestSchema>;
/** POST /api/chats/:id/link -> { chat } */
export const linkChatRequestSchema = z.strictObject({ customerId: uuidSchema });
export type LinkChatRequest = z.infer<typeof linkChatRequestSchema>;
export const chatResponseSchema = z.object({ chat: chatSummarySchema });

export const cannedReplySchema = z.object({
  id: z.string(),
  title: z.string(),
  /** Plain text; `{agentName}` and `{visitorName}` are the only placeholders, filled in by the client (shared/utils/canned-reply-placeholders.ts). */
  body: z.string(),
  locale: z.enum(['fr', 'en']),
  tags: z.array(z.string()),
});
export type CannedReply = z.infer<typeof cannedReplySchema>;
/** GET /api/chats/canned-replies?q=&locale= */
export const cannedReplyQuerySchema = z.strictObject({
  q: z.string().trim().max(LIMITS.searchQuery).optional(),
  locale: z.enum(['fr', 'en']).optional(),
});
export const cannedReplyListResponseSchema = z.object({ items: z.array(cannedReplySchema) });

// ---------- pushes (payloads of the socket events in shared/events/chat-events.ts) ----------

export const chatMessagePushSchema = z.object({ conversationId: z.string(), message: chatMessageSchema });
export type ChatMessagePush = z.infer<typeof chatMessagePushSchema>;
export const chatTypingPushSchema = z.object({
  conversationId: z.string(),
  author: z.enum(['visitor', 'agent']),
  name: z.string().nullable(),
  typing: z.boolean(),
});
export type ChatTypingPush = z.infer<typeof chatTypingPushSchema>;
export const chatReceiptPushSchema = z.object({
  conversationId: z.string(),
  /** Who read: their counterpart's messages up to `upToSeq` move to `state`. */
  reader: z.enum(['visitor', 'agent']),
  state: z.enum(['delivered', 'read']),
  upToSeq: z.number().int(),
});
export type ChatReceiptPush = z.infer<typeof chatReceiptPushSchema>;
/** To the agent who no longer holds a chat (transferred away, closed). */
export const chatRemovedPushSchema = z.object({ conversationId: z.string(), contactId: z.string() });
export type ChatRemovedPush = z.infer<typeof chatRemovedPushSchema>;
