import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { agents } from './agents';
import { createdAt, updatedAt } from './columns';
import { contacts } from './contacts';
import { queues } from './queues';

// Web chat (issue 5; migration 0009_web_chat, hand-written): topics, conversations, messages,
// the widget's rate-limit ledger and canned replies.

/** What the widget's pre-chat form offers, and the queue each choice goes to. */
export const chatTopics = pgTable(
  'chat_topics',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    labelFr: text('label_fr').notNull(),
    labelEn: text('label_en').notNull(),
    queueId: uuid('queue_id')
      .notNull()
      .references(() => queues.id),
    position: integer('position').notNull().default(0),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('chat_topics_label_key').on(t.labelEn)],
);

/** One web chat: the chat-specific facts of a `chat` contact. */
export const chatConversations = pgTable(
  'chat_conversations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id),
    topicId: uuid('topic_id')
      .notNull()
      .references(() => chatTopics.id),
    /** sha-256 of the token the visitor keeps: a leaked table does not let anyone into a chat. */
    visitorTokenHash: text('visitor_token_hash').notNull(),
    visitorName: text('visitor_name').notNull(),
    visitorEmail: text('visitor_email'),
    visitorPhone: text('visitor_phone'),
    visitorLocale: text('visitor_locale'),
    candidateCustomerIds: uuid('candidate_customer_ids').array().notNull().default(sql`'{}'::uuid[]`),
    /** Receipts: the highest message seq each side has received / seen. */
    agentDeliveredSeq: bigint('agent_delivered_seq', { mode: 'number' }).notNull().default(0),
    agentReadSeq: bigint('agent_read_seq', { mode: 'number' }).notNull().default(0),
    visitorDeliveredSeq: bigint('visitor_delivered_seq', { mode: 'number' }).notNull().default(0),
    visitorReadSeq: bigint('visitor_read_seq', { mode: 'number' }).notNull().default(0),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    endedBy: text('ended_by'),
    transcriptRequestedAt: timestamp('transcript_requested_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('chat_conversations_contact_key').on(t.contactId),
    uniqueIndex('chat_conversations_token_key').on(t.visitorTokenHash),
    check(
      'chat_conversations_ended_by_check',
      sql`${t.endedBy} is null or ${t.endedBy} in ('visitor','agent','system')`,
    ),
    check('chat_conversations_ended_check', sql`(${t.endedAt} is null) = (${t.endedBy} is null)`),
  ],
);

/** Every chat message, stored before its sender gets the acknowledgement. */
export const chatMessages = pgTable(
  'chat_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    seq: bigint('seq', { mode: 'number' }).notNull().generatedAlwaysAsIdentity(),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => chatConversations.id),
    /** The sender's id for the message: a retry with the same id is the same message. */
    clientMessageId: text('client_message_id'),
    authorKind: text('author_kind').notNull(),
    authorAgentId: uuid('author_agent_id').references(() => agents.id),
    /** The name at the time, like the timeline. */
    authorName: text('author_name'),
    body: text('body').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('chat_messages_seq_key').on(t.seq),
    uniqueIndex('chat_messages_client_id_key').on(t.conversationId, t.clientMessageId),
    index('chat_messages_conversation_idx').on(t.conversationId, t.seq),
    check('chat_messages_author_kind_check', sql`${t.authorKind} in ('visitor','agent','system')`),
    check('chat_messages_body_length_check', sql`char_length(${t.body}) <= 20000`),
  ],
);

/** What the public widget did from one address (keyed hash of the IP), to limit it per hour. */
export const widgetRequests = pgTable(
  'widget_requests',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    ipHash: text('ip_hash').notNull(),
    kind: text('kind').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('widget_requests_ip_recent_idx').on(t.ipHash, t.createdAt),
    check('widget_requests_kind_check', sql`${t.kind} in ('conversation','message','callback')`),
  ],
);

export const cannedReplies = pgTable(
  'canned_replies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    locale: text('locale').notNull().default('fr'),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    position: integer('position').notNull().default(0),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [
    check('canned_replies_locale_check', sql`${t.locale} in ('fr','en')`),
    // Migration 0011: titles are unique per language among the replies in use, without case.
    uniqueIndex('canned_replies_active_title_key').on(t.locale, sql`lower(${t.title})`).where(sql`${t.active}`),
  ],
);
