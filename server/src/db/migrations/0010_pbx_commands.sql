-- PBXs Omnidesk can drive (Asterisk over AMI): only those get commands; webhook PBXs have no
-- control channel, so a person moves their calls.
ALTER TABLE "pbx_connections" ADD COLUMN "control" text;
--> statement-breakpoint
ALTER TABLE "pbx_connections" ADD CONSTRAINT "pbx_connections_control_check" CHECK ("pbx_connections"."control" is null or "pbx_connections"."control" in ('ami'));
--> statement-breakpoint
-- The durable outbox of what the PBX must do to a call (move the caller after a transfer). Rows
-- are written in the transaction that decided the transfer; the process holding the AMI link
-- sends them, so nothing is lost while that link or that process is down.
CREATE TABLE "pbx_commands" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
	"pbx_id" uuid NOT NULL REFERENCES "pbx_connections"("id"),
	"pbx_call_id" text NOT NULL,
	"contact_id" uuid NOT NULL REFERENCES "contacts"("id"),
	"transfer_id" uuid REFERENCES "transfers"("id"),
	"kind" text NOT NULL,
	"from_agent_id" uuid REFERENCES "agents"("id"),
	"to_agent_id" uuid REFERENCES "agents"("id"),
	"from_extension" text,
	"target_extension" text,
	"state" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"done_at" timestamp with time zone,
	CONSTRAINT "pbx_commands_kind_check" CHECK ("pbx_commands"."kind" in ('redirect','attended','attended_complete','attended_cancel')),
	CONSTRAINT "pbx_commands_state_check" CHECK ("pbx_commands"."state" in ('pending','sent','failed','done'))
);
--> statement-breakpoint
CREATE INDEX "pbx_commands_pending_idx" ON "pbx_commands" USING btree ("pbx_id","seq") WHERE "pbx_commands"."state" = 'pending';
--> statement-breakpoint
CREATE INDEX "pbx_commands_transfer_idx" ON "pbx_commands" USING btree ("transfer_id");
