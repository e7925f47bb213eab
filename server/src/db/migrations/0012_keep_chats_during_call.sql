-- Whether an agent on a phone call is still offered chats (within their chat capacity). On by
-- default: field note 5's agent holds chats beside a call; some centres want calls to have the
-- agent's whole attention.
ALTER TABLE "agents" ADD COLUMN "keeps_chats_during_call" boolean DEFAULT true NOT NULL;
