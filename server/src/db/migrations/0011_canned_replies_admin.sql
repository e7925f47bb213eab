-- Admins now write canned replies: two replies in use may not share a title in one language
-- (compared without case), so agents never pick between look-alikes. Retired replies keep theirs.
CREATE UNIQUE INDEX "canned_replies_active_title_key" ON "canned_replies" USING btree ("locale",lower("title")) WHERE "canned_replies"."active";
