DROP INDEX "contacts_waiting_idx";--> statement-breakpoint
CREATE INDEX "contacts_live_agent_idx" ON "contacts" USING btree ("agent_id") WHERE "contacts"."state" in ('offered','active','wrap_up') and "contacts"."agent_id" is not null;--> statement-breakpoint
CREATE INDEX "offers_pending_agent_idx" ON "offers" USING btree ("agent_id") WHERE "offers"."state" = 'pending';--> statement-breakpoint
CREATE INDEX "contacts_waiting_idx" ON "contacts" USING btree ("created_at","id") WHERE "contacts"."state" = 'queued';