-- A starting list of wrap-up dispositions; admins can change it.
INSERT INTO disposition_codes (code, label_fr, label_en, position) VALUES
  ('resolved', 'Demande traitée', 'Resolved', 10),
  ('information', 'Information donnée', 'Information given', 20),
  ('callback_needed', 'Rappel à prévoir', 'Callback needed', 30),
  ('escalated', 'Transmis au niveau 2', 'Escalated to level 2', 40),
  ('complaint', 'Réclamation enregistrée', 'Complaint recorded', 50),
  ('sale', 'Vente / souscription', 'Sale / subscription', 60),
  ('wrong_number', 'Faux numéro', 'Wrong number', 70)
ON CONFLICT (code) DO NOTHING;
