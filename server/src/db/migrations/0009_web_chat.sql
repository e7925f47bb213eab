-- Web chat (issue 5). Hand-written: topics shown by the widget, conversations (one per chat
-- contact, the visitor's token kept only as a hash), messages stored before they are
-- acknowledged (unique per conversation and client id, so a retry is harmless), canned replies,
-- and an outbox for the emails the product must send (transcripts), sent by whatever relay is set up.
CREATE TABLE "chat_topics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"label_fr" text NOT NULL,
	"label_en" text NOT NULL,
	"queue_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "chat_topics_queue_id_queues_id_fk" FOREIGN KEY ("queue_id") REFERENCES "public"."queues"("id") ON DELETE no action ON UPDATE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX "chat_topics_label_key" ON "chat_topics" USING btree ("label_en");
--> statement-breakpoint
CREATE TABLE "chat_conversations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contact_id" uuid NOT NULL,
	"topic_id" uuid NOT NULL,
	"visitor_token_hash" text NOT NULL,
	"visitor_name" text NOT NULL,
	"visitor_email" text,
	"visitor_phone" text,
	"visitor_locale" text,
	"candidate_customer_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"agent_delivered_seq" bigint DEFAULT 0 NOT NULL,
	"agent_read_seq" bigint DEFAULT 0 NOT NULL,
	"visitor_delivered_seq" bigint DEFAULT 0 NOT NULL,
	"visitor_read_seq" bigint DEFAULT 0 NOT NULL,
	"ended_at" timestamp with time zone,
	"ended_by" text,
	"transcript_requested_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "chat_conversations_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE no action ON UPDATE no action,
	CONSTRAINT "chat_conversations_topic_id_chat_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."chat_topics"("id") ON DELETE no action ON UPDATE no action,
	CONSTRAINT "chat_conversations_ended_by_check" CHECK ("chat_conversations"."ended_by" is null or "chat_conversations"."ended_by" in ('visitor','agent','system')),
	CONSTRAINT "chat_conversations_ended_check" CHECK (("chat_conversations"."ended_at" is null) = ("chat_conversations"."ended_by" is null))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "chat_conversations_contact_key" ON "chat_conversations" USING btree ("contact_id");
--> statement-breakpoint
CREATE UNIQUE INDEX "chat_conversations_token_key" ON "chat_conversations" USING btree ("visitor_token_hash");
--> statement-breakpoint
CREATE TABLE "chat_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigint NOT NULL GENERATED ALWAYS AS IDENTITY (sequence name "chat_messages_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"conversation_id" uuid NOT NULL,
	"client_message_id" text,
	"author_kind" text NOT NULL,
	"author_agent_id" uuid,
	"author_name" text,
	"body" text NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "chat_messages_conversation_id_chat_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."chat_conversations"("id") ON DELETE no action ON UPDATE no action,
	CONSTRAINT "chat_messages_author_agent_id_agents_id_fk" FOREIGN KEY ("author_agent_id") REFERENCES "public"."agents"("id") ON DELETE no action ON UPDATE no action,
	CONSTRAINT "chat_messages_author_kind_check" CHECK ("chat_messages"."author_kind" in ('visitor','agent','system')),
	-- The API refuses far less (LIMITS.chatMessage); this only stops a bug from storing a novel.
	CONSTRAINT "chat_messages_body_length_check" CHECK (char_length("chat_messages"."body") <= 20000)
);
--> statement-breakpoint
CREATE UNIQUE INDEX "chat_messages_seq_key" ON "chat_messages" USING btree ("seq");
--> statement-breakpoint
CREATE UNIQUE INDEX "chat_messages_client_id_key" ON "chat_messages" USING btree ("conversation_id","client_message_id");
--> statement-breakpoint
CREATE INDEX "chat_messages_conversation_idx" ON "chat_messages" USING btree ("conversation_id","seq");
--> statement-breakpoint
-- What the public widget did from one address (keyed hash of the IP), to limit it per hour across processes.
CREATE TABLE "widget_requests" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "widget_requests_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"ip_hash" text NOT NULL,
	"kind" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "widget_requests_kind_check" CHECK ("widget_requests"."kind" in ('conversation','message','callback'))
);
--> statement-breakpoint
CREATE INDEX "widget_requests_ip_recent_idx" ON "widget_requests" USING btree ("ip_hash","created_at");
--> statement-breakpoint
CREATE TABLE "canned_replies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"locale" text DEFAULT 'fr' NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "canned_replies_locale_check" CHECK ("canned_replies"."locale" in ('fr','en'))
);
--> statement-breakpoint
CREATE TABLE "email_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"purpose" text NOT NULL,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"body_text" text NOT NULL,
	"state" text DEFAULT 'queued' NOT NULL,
	"customer_id" uuid,
	"contact_id" uuid,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "email_outbox_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action,
	CONSTRAINT "email_outbox_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE no action ON UPDATE no action,
	CONSTRAINT "email_outbox_state_check" CHECK ("email_outbox"."state" in ('queued','sent','failed')),
	CONSTRAINT "email_outbox_purpose_check" CHECK ("email_outbox"."purpose" in ('chat_transcript'))
);
--> statement-breakpoint
CREATE INDEX "email_outbox_queued_idx" ON "email_outbox" USING btree ("created_at") WHERE "email_outbox"."state" = 'queued';
--> statement-breakpoint
-- One transcript per conversation and address: asking twice does not send twice.
CREATE UNIQUE INDEX "email_outbox_once_per_contact" ON "email_outbox" USING btree ("contact_id","purpose","to_address");
--> statement-breakpoint
INSERT INTO canned_replies (title, body, locale, tags, position) VALUES
  ('Bonjour', 'Bonjour {visitorName}, je suis {agentName}. Comment puis-je vous aider ?', 'fr', '{accueil}', 10),
  ('Un instant', 'Je vérifie cela pour vous, un instant s''il vous plaît.', 'fr', '{attente}', 20),
  ('Autre chose ?', 'Puis-je vous aider pour autre chose ?', 'fr', '{cloture}', 30),
  ('Au revoir', 'Merci de nous avoir contactés, bonne journée !', 'fr', '{cloture}', 40),
  ('Hello', 'Hello {visitorName}, I am {agentName}. How can I help you?', 'en', '{greeting}', 10),
  ('One moment', 'Let me check that for you, one moment please.', 'en', '{waiting}', 20),
  ('Anything else?', 'Is there anything else I can help you with?', 'en', '{closing}', 30),
  ('Goodbye', 'Thank you for contacting us, have a nice day!', 'en', '{closing}', 40);
