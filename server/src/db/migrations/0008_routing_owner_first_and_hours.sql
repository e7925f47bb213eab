-- Out-of-hours behaviour of a queue: keep contacts waiting until it opens, or offer the customer a
-- callback / a message instead.
ALTER TABLE "queues" ADD COLUMN "after_hours_action" text DEFAULT 'wait' NOT NULL;
--> statement-breakpoint
ALTER TABLE "queues" ADD CONSTRAINT "queues_after_hours_action_check" CHECK ("queues"."after_hours_action" in ('wait','callback','message'));
--> statement-breakpoint
-- Owner first: the case owner (or the person a callback was booked with) is offered the contact
-- alone until the grace time ends, then the queue takes over.
ALTER TABLE "contacts" ADD COLUMN "preferred_agent_id" uuid REFERENCES "agents"("id");
--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "preferred_until" timestamp with time zone;
--> statement-breakpoint
-- A contact that must not be offered before a time (a callback booked for later).
ALTER TABLE "contacts" ADD COLUMN "not_before" timestamp with time zone;
--> statement-breakpoint
CREATE INDEX "contacts_waiting_idx" ON "contacts" USING btree ("created_at") WHERE "contacts"."state" = 'queued';
