import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  customType,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

export const agents = pgTable(
  'agents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role').notNull(),
    skills: text('skills').array().notNull().default(sql`'{}'::text[]`),
    capacity: jsonb('capacity').$type<{ voice: number; chat: number; email: number }>().notNull(),
    /** Still offered chats (within chat capacity) while on a phone call. */
    keepsChatsDuringCall: boolean('keeps_chats_during_call').notNull().default(true),
    presence: text('presence').notNull().default('offline'),
    presenceChangedAt: timestamp('presence_changed_at', { withTimezone: true }).notNull().defaultNow(),
    extension: text('extension'),
    /** The agent's direct line (E.164), to recognise them in PBX events. */
    phone: text('phone'),
    locale: text('locale'),
    /** Offers missed in a row (declined or let expire); reset when the agent accepts one. */
    consecutiveMisses: integer('consecutive_misses').notNull().default(0),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('agents_email_key').on(t.email),
    index('agents_extension_idx').on(t.extension),
    check('agents_role_check', sql`${t.role} in ('agent','specialist','supervisor','admin')`),
    check('agents_presence_check', sql`${t.presence} in ('available','busy','away','wrap_up','offline')`),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    /** sha-256 of the token in the cookie: a leaked table does not leak sessions. */
    tokenHash: text('token_hash').primaryKey(),
    agentId: uuid('agent_id')
      .notNull()
      .references(() => agents.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_agent_idx').on(t.agentId), index('sessions_expires_idx').on(t.expiresAt)],
);

export const customers = pgTable(
  'customers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull().default('person'),
    displayName: text('display_name').notNull(),
    givenName: text('given_name'),
    familyName: text('family_name'),
    companyName: text('company_name'),
    /** Only when the customer stated it (field note 2): never guessed from a first name. */
    salutation: text('salutation'),
    preferredLanguage: text('preferred_language'),
    /** Folded (lower-case, no accents) names for search. */
    searchName: text('search_name').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('customers_search_name_idx').on(t.searchName),
    check('customers_kind_check', sql`${t.kind} in ('person','company')`),
    check('customers_salutation_check', sql`${t.salutation} is null or ${t.salutation} in ('madame','monsieur')`),
  ],
);

export const customerIdentities = pgTable(
  'customer_identities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    /** E.164 for phones, lower-case for emails; the raw text when a phone cannot be parsed. */
    value: text('value').notNull(),
    rawValue: text('raw_value').notNull(),
    valid: boolean('valid').notNull().default(true),
    verified: boolean('verified').notNull().default(false),
    isPrimary: boolean('is_primary').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    // Lookup by phone / email / account: one index serves all kinds.
    index('customer_identities_lookup_idx').on(t.kind, t.value),
    index('customer_identities_customer_idx').on(t.customerId),
    uniqueIndex('customer_identities_unique_per_customer').on(t.customerId, t.kind, t.value),
    check('customer_identities_kind_check', sql`${t.kind} in ('phone','email','chat_visitor','account')`),
  ],
);

export const customerAddresses = pgTable(
  'customer_addresses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    line1: text('line1').notNull(),
    line2: text('line2'),
    postalCode: text('postal_code').notNull(),
    city: text('city').notNull(),
    country: text('country').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('customer_addresses_customer_idx').on(t.customerId),
    check('customer_addresses_role_check', sql`${t.role} in ('billing','service','home')`),
    check('customer_addresses_dates_check', sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
  ],
);

export const queues = pgTable(
  'queues',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    channels: text('channels').array().notNull(),
    requiredSkills: text('required_skills').array().notNull().default(sql`'{}'::text[]`),
    priority: integer('priority').notNull().default(0),
    timeZone: text('time_zone').notNull().default('Europe/Paris'),
    /** Weekly opening hours, e.g. {"mon":[["08:00","22:00"]], "sat":[["09:00","17:30"]]}. */
    businessHours: jsonb('business_hours').$type<Record<string, [string, string][]>>().notNull(),
    serviceLevelPercent: integer('service_level_percent').notNull().default(80),
    serviceLevelSeconds: integer('service_level_seconds').notNull().default(20),
    /** Outside business hours: keep contacts waiting until opening, or offer a callback / a message instead. */
    afterHoursAction: text('after_hours_action').$type<'wait' | 'callback' | 'message'>().notNull().default('wait'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('queues_name_key').on(t.name),
    check('queues_after_hours_action_check', sql`${t.afterHoursAction} in ('wait','callback','message')`),
  ],
);

export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    subject: text('subject').notNull(),
    category: text('category').notNull().default('request'),
    status: text('status').notNull().default('open'),
    priority: integer('priority').notNull().default(0),
    ownerAgentId: uuid('owner_agent_id').references(() => agents.id),
    ownerQueueId: uuid('owner_queue_id').references(() => queues.id),
    dueAt: timestamp('due_at', { withTimezone: true }),
    transferCount: integer('transfer_count').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [
    index('cases_customer_idx').on(t.customerId, t.status),
    index('cases_open_due_idx').on(t.dueAt).where(sql`${t.status} <> 'closed'`),
    check('cases_status_check', sql`${t.status} in ('open','pending','closed')`),
    check('cases_category_check', sql`${t.category} in ('request','incident','complaint','sales')`),
    // Field note 4: an open case always has an owner, an agent or a queue.
    check(
      'cases_open_has_owner',
      sql`${t.status} = 'closed' or ${t.ownerAgentId} is not null or ${t.ownerQueueId} is not null`,
    ),
  ],
);

export const contacts = pgTable(
  'contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    customerId: uuid('customer_id').references(() => customers.id),
    caseId: uuid('case_id').references(() => cases.id),
    queueId: uuid('queue_id').references(() => queues.id),
    agentId: uuid('agent_id').references(() => agents.id),
    channel: text('channel').notNull(),
    direction: text('direction').notNull().default('inbound'),
    state: text('state').notNull().default('queued'),
    subject: text('subject'),
    /** The channel's own id: PBX call id, email Message-ID, chat conversation id. */
    externalId: text('external_id'),
    priority: integer('priority').notNull().default(0),
    queuedAt: timestamp('queued_at', { withTimezone: true }),
    offeredAt: timestamp('offered_at', { withTimezone: true }),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    talkSeconds: integer('talk_seconds'),
    holdSeconds: integer('hold_seconds'),
    wrapUpSeconds: integer('wrap_up_seconds'),
    disposition: text('disposition'),
    /** Agents who declined or missed this contact: offered to them again only when no one else can take it. */
    declinedBy: uuid('declined_by').array().notNull().default(sql`'{}'::uuid[]`),
    /** Owner first: the case owner (or the person a callback was booked with) is offered it alone until `preferredUntil`. */
    preferredAgentId: uuid('preferred_agent_id'),
    preferredUntil: timestamp('preferred_until', { withTimezone: true }),
    /** Not offered before this time (a callback booked for later). */
    notBefore: timestamp('not_before', { withTimezone: true }),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('contacts_customer_idx').on(t.customerId, t.createdAt),
    index('contacts_agent_state_idx').on(t.agentId, t.state),
    index('contacts_queue_state_idx').on(t.queueId, t.state),
    index('contacts_external_idx').on(t.channel, t.externalId),
    index('contacts_waiting_idx').on(t.createdAt).where(sql`${t.state} = 'queued'`),
    // Migration 0008 (hand-written) declared this key inline, so Postgres named it `<table>_<column>_fkey`.
    foreignKey({ name: 'contacts_preferred_agent_id_fkey', columns: [t.preferredAgentId], foreignColumns: [agents.id] }),
    check('contacts_channel_check', sql`${t.channel} in ('voice','email','chat','callback')`),
    check('contacts_direction_check', sql`${t.direction} in ('inbound','outbound')`),
    check(
      'contacts_state_check',
      sql`${t.state} in ('queued','offered','active','wrap_up','closed','abandoned','missed')`,
    ),
  ],
);

export const timelineEvents = pgTable(
  'timeline_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    channel: text('channel').notNull(),
    type: text('type').notNull(),
    body: text('body'),
    contactId: uuid('contact_id').references(() => contacts.id),
    caseId: uuid('case_id').references(() => cases.id),
    actorKind: text('actor_kind').notNull(),
    actorId: uuid('actor_id'),
    /** The actor's name at the time: the timeline never changes when an agent is renamed. */
    actorName: text('actor_name'),
    payload: jsonb('payload').$type<Record<string, string | number | boolean | null>>().notNull().default(sql`'{}'::jsonb`),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // The single view: a customer's events newest first, keyset-paginated on (occurred_at, id).
    // NULLS FIRST is what ORDER BY … DESC means, so the index serves the query without a sort.
    index('timeline_events_customer_newest_idx').on(t.customerId, t.occurredAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('timeline_events_contact_idx').on(t.contactId),
    check('timeline_events_channel_check', sql`${t.channel} in ('voice','email','chat','callback','note','system')`),
    check('timeline_events_actor_kind_check', sql`${t.actorKind} in ('agent','customer','system','automation')`),
  ],
);

export const appMeta = pgTable('app_meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: updatedAt(),
});

/** A PBX allowed to send CTI events; its token is shown once, only its hash is kept. */
export const pbxConnections = pgTable(
  'pbx_connections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    /** When set, every webhook request must carry an HMAC-SHA256 signature of its body. */
    signingSecret: text('signing_secret'),
    createdAt: createdAt(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    lastEventAt: timestamp('last_event_at', { withTimezone: true }),
    /** How Omnidesk can drive this PBX: `ami`, or null when it only reports (webhook). */
    control: text('control').$type<'ami'>(),
  },
  (t) => [
    uniqueIndex('pbx_connections_token_key').on(t.tokenHash),
    uniqueIndex('pbx_connections_name_key').on(t.name),
    check('pbx_connections_control_check', sql`${t.control} is null or ${t.control} in ('ami')`),
  ],
);

/** Call-specific facts of a voice contact (one row per PBX call). */
export const calls = pgTable(
  'calls',
  {
    contactId: uuid('contact_id')
      .primaryKey()
      .references(() => contacts.id),
    pbxId: uuid('pbx_id')
      .notNull()
      .references(() => pbxConnections.id),
    pbxCallId: text('pbx_call_id').notNull(),
    /** The other party as the PBX sent it, and as E.164 when it is a number. */
    partyRaw: text('party_raw').notNull(),
    partyE164: text('party_e164'),
    callerStatus: text('caller_status').notNull(),
    line: text('line'),
    queueName: text('queue_name'),
    candidateCustomerIds: uuid('candidate_customer_ids').array().notNull().default(sql`'{}'::uuid[]`),
    ringingAgentIds: uuid('ringing_agent_ids').array().notNull().default(sql`'{}'::uuid[]`),
    heldSince: timestamp('held_since', { withTimezone: true }),
    cause: text('cause'),
    handledAt: timestamp('handled_at', { withTimezone: true }),
    handledBy: uuid('handled_by').references(() => agents.id),
  },
  (t) => [
    uniqueIndex('calls_pbx_call_key').on(t.pbxId, t.pbxCallId),
    check('calls_caller_status_check', sql`${t.callerStatus} in ('known','ambiguous','unknown','withheld','invalid')`),
  ],
);

/** Every accepted PBX event, stored before the PBX gets its 2xx; the unique key makes retries harmless. */
export const callEvents = pgTable(
  'call_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    pbxId: uuid('pbx_id')
      .notNull()
      .references(() => pbxConnections.id),
    pbxCallId: text('pbx_call_id').notNull(),
    event: text('event').notNull(),
    dedupeKey: text('dedupe_key').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    body: jsonb('body').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [uniqueIndex('call_events_dedupe_key').on(t.pbxId, t.pbxCallId, t.event, t.dedupeKey)],
);

export const blockedNumbers = pgTable(
  'blocked_numbers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** E.164, or the text as typed for what is not a number. */
    value: text('value').notNull(),
    reason: text('reason'),
    createdBy: uuid('created_by').references(() => agents.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('blocked_numbers_value_key').on(t.value)],
);

export const dispositionCodes = pgTable('disposition_codes', {
  code: text('code').primaryKey(),
  labelFr: text('label_fr').notNull(),
  labelEn: text('label_en').notNull(),
  position: integer('position').notNull().default(0),
  active: boolean('active').notNull().default(true),
});

/** A contact moved to another agent or queue, with what the receiver must know (the context packet). */
export const transfers = pgTable(
  'transfers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id),
    caseId: uuid('case_id').references(() => cases.id),
    fromAgentId: uuid('from_agent_id')
      .notNull()
      .references(() => agents.id),
    fromAgentName: text('from_agent_name').notNull(),
    toAgentId: uuid('to_agent_id').references(() => agents.id),
    toQueueId: uuid('to_queue_id').references(() => queues.id),
    mode: text('mode').notNull(),
    reason: text('reason').notNull(),
    summary: text('summary').notNull(),
    tried: text('tried').notNull(),
    identity: text('identity').notNull(),
    state: text('state').notNull().default('pending'),
    declineReason: text('decline_reason'),
    acceptedBy: uuid('accepted_by').references(() => agents.id),
    createdAt: createdAt(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [
    index('transfers_contact_idx').on(t.contactId),
    check('transfers_mode_check', sql`${t.mode} in ('cold','warm')`),
    check('transfers_identity_check', sql`${t.identity} in ('verified','partially_verified','not_verified')`),
    check('transfers_state_check', sql`${t.state} in ('pending','accepted','declined','cancelled')`),
    check('transfers_one_target', sql`(${t.toAgentId} is null) <> (${t.toQueueId} is null)`),
  ],
);

/** A contact offered to one agent, who accepts or declines before it expires. */
export const offers = pgTable(
  'offers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id),
    agentId: uuid('agent_id')
      .notNull()
      .references(() => agents.id),
    transferId: uuid('transfer_id').references(() => transfers.id),
    state: text('state').notNull().default('pending'),
    offeredAt: timestamp('offered_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    declineReason: text('decline_reason'),
  },
  (t) => [
    // Never two live offers for one contact: the database refuses the second.
    uniqueIndex('offers_one_pending_per_contact').on(t.contactId).where(sql`${t.state} = 'pending'`),
    index('offers_agent_state_idx').on(t.agentId, t.state),
    index('offers_pending_expiry_idx').on(t.expiresAt).where(sql`${t.state} = 'pending'`),
    check('offers_state_check', sql`${t.state} in ('pending','accepted','declined','expired','withdrawn')`),
  ],
);

// ---------- web chat (issue 5; migration 0009_web_chat, hand-written) ----------

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
    check('chat_conversations_ended_by_check', sql`${t.endedBy} is null or ${t.endedBy} in ('visitor','agent','system')`),
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

/**
 * Emails the product has to send (chat transcripts for now), queued here in the same transaction
 * as what caused them; a mail relay worker sends them. Nothing here pretends a mail was sent.
 */
export const emailOutbox = pgTable(
  'email_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    purpose: text('purpose').notNull(),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    bodyText: text('body_text').notNull(),
    state: text('state').notNull().default('queued'),
    customerId: uuid('customer_id').references(() => customers.id),
    contactId: uuid('contact_id').references(() => contacts.id),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    createdAt: createdAt(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    index('email_outbox_queued_idx').on(t.createdAt).where(sql`${t.state} = 'queued'`),
    uniqueIndex('email_outbox_once_per_contact').on(t.contactId, t.purpose, t.toAddress),
    check('email_outbox_state_check', sql`${t.state} in ('queued','sent','failed')`),
    check('email_outbox_purpose_check', sql`${t.purpose} in ('chat_transcript')`),
  ],
);

export type PbxCommandKind = 'redirect' | 'attended' | 'attended_complete' | 'attended_cancel';
export type PbxCommandState = 'pending' | 'sent' | 'failed' | 'done';

/**
 * The outbox of what a PBX must do to a call after a transfer decision, written in that
 * decision's transaction and sent by the process that holds the PBX link.
 * - `redirect`: move the caller's leg to `target_extension` (a cold transfer, once accepted);
 * - `attended`: the sender consults `target_extension` while the caller waits on hold (warm);
 * - `attended_complete` / `attended_cancel`: end that consultation by handing the caller over,
 *   or by hanging up the consulted leg so the sender has the caller back.
 */
export const pbxCommands = pgTable(
  'pbx_commands',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Commands of one call are sent in this order. */
    seq: bigint('seq', { mode: 'number' }).notNull().generatedAlwaysAsIdentity(),
    pbxId: uuid('pbx_id').notNull(),
    pbxCallId: text('pbx_call_id').notNull(),
    contactId: uuid('contact_id').notNull(),
    transferId: uuid('transfer_id'),
    kind: text('kind').$type<PbxCommandKind>().notNull(),
    fromAgentId: uuid('from_agent_id'),
    toAgentId: uuid('to_agent_id'),
    fromExtension: text('from_extension'),
    targetExtension: text('target_extension'),
    state: text('state').$type<PbxCommandState>().notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    doneAt: timestamp('done_at', { withTimezone: true }),
  },
  (t) => [
    index('pbx_commands_pending_idx').on(t.pbxId, t.seq).where(sql`${t.state} = 'pending'`),
    index('pbx_commands_transfer_idx').on(t.transferId),
    // Migration 0010 (hand-written) declared these keys inline: Postgres named them `<table>_<column>_fkey`.
    foreignKey({ name: 'pbx_commands_pbx_id_fkey', columns: [t.pbxId], foreignColumns: [pbxConnections.id] }),
    foreignKey({ name: 'pbx_commands_contact_id_fkey', columns: [t.contactId], foreignColumns: [contacts.id] }),
    foreignKey({ name: 'pbx_commands_transfer_id_fkey', columns: [t.transferId], foreignColumns: [transfers.id] }),
    foreignKey({ name: 'pbx_commands_from_agent_id_fkey', columns: [t.fromAgentId], foreignColumns: [agents.id] }),
    foreignKey({ name: 'pbx_commands_to_agent_id_fkey', columns: [t.toAgentId], foreignColumns: [agents.id] }),
    check('pbx_commands_kind_check', sql`${t.kind} in ('redirect','attended','attended_complete','attended_cancel')`),
    check('pbx_commands_state_check', sql`${t.state} in ('pending','sent','failed','done')`),
  ],
);

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

/**
 * Owned by @socket.io/postgres-adapter (large packets between server processes; migration 0002,
 * hand-written). Declared here only so that the schema describes the whole database.
 */
export const socketIoAttachments = pgTable('socket_io_attachments', {
  id: bigserial('id', { mode: 'number' }).unique('socket_io_attachments_id_key'),
  createdAt: timestamp('created_at', { withTimezone: true }).defaultNow(),
  payload: bytea('payload'),
});
