-- The timeline is append-only: history is never rewritten, even by a buggy release.
CREATE OR REPLACE FUNCTION timeline_events_refuse_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'timeline_events is append-only (% refused)', TG_OP
    USING ERRCODE = 'restrict_violation';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER timeline_events_append_only
  BEFORE UPDATE OR DELETE ON timeline_events
  FOR EACH ROW EXECUTE FUNCTION timeline_events_refuse_change();
