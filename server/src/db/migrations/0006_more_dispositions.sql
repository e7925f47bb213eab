-- Outcomes agents use that the first list lacked (the demo history uses them too).
INSERT INTO disposition_codes (code, label_fr, label_en, position) VALUES
  ('follow_up', 'Suivi à prévoir', 'Follow-up needed', 35),
  ('transferred', 'Transféré', 'Transferred', 45)
ON CONFLICT (code) DO NOTHING;
