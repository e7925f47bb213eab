CREATE TABLE "blocked_numbers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"value" text NOT NULL,
	"reason" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "call_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "call_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"pbx_id" uuid NOT NULL,
	"pbx_call_id" text NOT NULL,
	"event" text NOT NULL,
	"dedupe_key" text NOT NULL,
	"occurred_at" timestamp with time zone,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"body" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calls" (
	"contact_id" uuid PRIMARY KEY NOT NULL,
	"pbx_id" uuid NOT NULL,
	"pbx_call_id" text NOT NULL,
	"party_raw" text NOT NULL,
	"party_e164" text,
	"caller_status" text NOT NULL,
	"line" text,
	"queue_name" text,
	"candidate_customer_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"ringing_agent_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"held_since" timestamp with time zone,
	"cause" text,
	"handled_at" timestamp with time zone,
	"handled_by" uuid,
	CONSTRAINT "calls_caller_status_check" CHECK ("calls"."caller_status" in ('known','ambiguous','unknown','withheld','invalid'))
);
--> statement-breakpoint
CREATE TABLE "disposition_codes" (
	"code" text PRIMARY KEY NOT NULL,
	"label_fr" text NOT NULL,
	"label_en" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pbx_connections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"signing_secret" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"last_event_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "agents" ADD COLUMN "phone" text;--> statement-breakpoint
ALTER TABLE "blocked_numbers" ADD CONSTRAINT "blocked_numbers_created_by_agents_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."agents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_events" ADD CONSTRAINT "call_events_pbx_id_pbx_connections_id_fk" FOREIGN KEY ("pbx_id") REFERENCES "public"."pbx_connections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_pbx_id_pbx_connections_id_fk" FOREIGN KEY ("pbx_id") REFERENCES "public"."pbx_connections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_handled_by_agents_id_fk" FOREIGN KEY ("handled_by") REFERENCES "public"."agents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "blocked_numbers_value_key" ON "blocked_numbers" USING btree ("value");--> statement-breakpoint
CREATE UNIQUE INDEX "call_events_dedupe_key" ON "call_events" USING btree ("pbx_id","pbx_call_id","event","dedupe_key");--> statement-breakpoint
CREATE UNIQUE INDEX "calls_pbx_call_key" ON "calls" USING btree ("pbx_id","pbx_call_id");--> statement-breakpoint
CREATE UNIQUE INDEX "pbx_connections_token_key" ON "pbx_connections" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "pbx_connections_name_key" ON "pbx_connections" USING btree ("name");--> statement-breakpoint
CREATE INDEX "agents_extension_idx" ON "agents" USING btree ("extension");