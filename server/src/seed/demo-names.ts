/**
 * Names for the demo customers: France, Wallonia and Brussels (French) and Flanders (Dutch).
 * Given names are grouped by how the simulated person introduces themself (stated salutation);
 * the seed never derives a salutation from a name (field note 2), it draws the person first.
 */

export const FRENCH_GIVEN_FEMININE = [
  'Émilie', 'Hélène', 'Maëlle', 'Chloé', 'Léa', 'Manon', 'Inès', 'Céline', 'Nathalie', 'Isabelle',
  'Sophie', 'Aurélie', 'Élodie', 'Margaux', 'Anaïs', 'Juliette', 'Clémence', 'Brigitte', 'Françoise',
  'Geneviève', 'Véronique', 'Sandrine', 'Océane', 'Zoé', 'Noémie', 'Bérénice', 'Agnès', 'Joëlle',
  'Mélanie', 'Laëtitia', 'Marie-Claire', 'Anne-Sophie', 'Sylvie', 'Christine', 'Amandine', 'Lucie',
  'Pauline', 'Yasmine', 'Fatima', 'Nadia', 'Thi Lan', 'Mireille', 'Odile', 'Renée', 'Gaëlle',
] as const;

export const FRENCH_GIVEN_MASCULINE = [
  'François', 'Jérôme', 'Rémi', 'Théo', 'Mathéo', 'Benoît', 'Stéphane', 'Frédéric', 'Sébastien',
  'Grégoire', 'Jean-Luc', 'Jean-Pierre', 'Hervé', 'Thierry', 'Loïc', 'Gaël', 'Noël', 'Raphaël',
  'Mickaël', 'Antoine', 'Nicolas', 'Julien', 'Olivier', 'Pascal', 'Didier', 'Éric', 'Cédric',
  'Yannick', 'Bertrand', 'Étienne', 'Jérémy', 'Guillaume', 'Philippe', 'Marc-Antoine', 'Bruno',
  'Karim', 'Mehdi', 'Moussa', 'Hugo', 'Lucas', 'Joël', 'Aurélien', 'Gérard', 'René', 'Valentin',
] as const;

/** Names worn by men and women alike: the reason a salutation can never be guessed. */
export const FRENCH_GIVEN_EITHER = ['Camille', 'Dominique', 'Claude', 'Sacha', 'Alix', 'Morgan', 'Maxime'] as const;

export const DUTCH_GIVEN_FEMININE = [
  'Els', 'An', 'Katrien', 'Lieve', 'Annelies', 'Sofie', 'Griet', 'Marieke', 'Inge', 'Liesbeth',
  'Femke', 'Hanne', 'Lotte', 'Eline', 'Jolien', 'Nele', 'Ilse', 'Veerle', 'Ann-Sofie', 'Mieke',
] as const;

export const DUTCH_GIVEN_MASCULINE = [
  'Pieter', 'Jan', 'Koen', 'Wim', 'Bart', 'Joris', 'Dries', 'Stijn', 'Tom', 'Jef', 'Geert',
  'Wouter', 'Sander', 'Jeroen', 'Thijs', 'Bram', 'Kristof', 'Filip', 'Luc', 'Jens',
] as const;

export const DUTCH_GIVEN_EITHER = ['Robin', 'Kim', 'Sam', 'Jo'] as const;

export const FRENCH_FAMILY = [
  'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau',
  'Simon', 'Laurent', 'Lefèvre', 'Michel', 'Garcia', 'Fournier', 'Girard', 'Bonnet', 'Dupont',
  'Lambert', 'Fontaine', 'Rousseau', 'Vincent', 'Muller', 'Faure', 'André', 'Mercier', 'Blanc',
  'Guérin', 'Boyer', 'Garnier', 'Chevalier', 'Legrand', 'Gauthier', 'Perrin', 'Robin', 'Clément',
  'Morin', 'Henry', 'Roussel', 'Mathieu', 'Masson', 'Marchand', 'Duval', 'Dumont', 'Lemaire',
  'Meunier', 'Brun', 'Blanchard', 'Giraud', 'Joly', 'Rivière', 'Brunet', 'Gaillard', 'Barbier',
  'Arnaud', 'Gérard', 'Roche', 'Renard', 'Schmitt', 'Leroux', 'Colin', 'Vidal', 'Caron', 'Picard',
  'Aubert', 'Lemoine', 'Renaud', 'Dumas', 'Lacroix', 'Bourgeois', 'Le Gall', 'Le Goff', 'Kerjean',
  'Nguyen', 'Haddad', 'Benali', 'Diallo', 'Mendes', 'Da Silva', 'Dupin', 'Château', 'Bénard',
  'Lefèbvre', 'Pélissier', 'Courtois', 'Deschamps', "N'Diaye", 'Ferrand',
] as const;

/** Family names common in Réunion. */
export const REUNION_FAMILY = ['Payet', 'Hoarau', 'Grondin', 'Técher', 'Fontaine', 'Boyer', 'Maillot', 'Rivière', 'Lebon'] as const;

/** Wallonia and francophone Brussels. */
export const WALLOON_FAMILY = [
  'Dubois', 'Lambert', 'Dupont', 'Martin', 'Simon', 'Laurent', 'Lejeune', 'Renard', 'Leclercq',
  'Piron', 'Collignon', 'Goffin', 'Fontaine', 'Gilson', 'Denis', 'Dethier', 'Delvaux', 'Mathieu',
  'Henrard', 'Wilmotte', 'Lemaire', 'Jacquemin', 'Lecomte', 'Hubert', 'Dumont', 'Gérard', 'Marchal',
  'Francotte', 'Vandenberghe', 'Degrève', 'Lhoest', 'Materne',
] as const;

export const FLEMISH_FAMILY = [
  'Janssens', 'Peeters', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters',
  'De Smet', 'Van den Bossche', 'Vermeulen', 'Van Damme', 'De Backer', 'Verhoeven', 'Van de Velde',
  'De Clercq', 'Vandenberghe', 'Desmet', 'Van Acker', 'Lemmens', 'Coppens', 'Van Hove', 'De Wilde',
  'Hermans', "D'Hondt", 'Verstraete', 'Van Hecke', 'Smets', 'Claeys', 'De Vos', 'Van Looy',
] as const;

/** Small businesses; `{family}` is the contact person's family name. */
export const FRENCH_COMPANY_PATTERNS = [
  'Boulangerie {family}', 'Garage {family} SARL', 'Cabinet {family} & Associés', 'Pharmacie du Centre',
  'Plomberie {family}', 'Auto-école {family}', 'Fleurs et Jardins {family}', 'Menuiserie {family} SAS',
] as const;

export const BELGIAN_COMPANY_PATTERNS = [
  'Brasserie {family}', 'Bakkerij {family}', 'Garage {family} BV', 'Boucherie {family} SRL',
  'Immo {family}', 'Schrijnwerkerij {family}',
] as const;
