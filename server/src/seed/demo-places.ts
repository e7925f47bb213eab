/**
 * Real towns with their postal codes, the first digits of their landline numbers and a few of
 * their streets, so that a demo address and its phone number look like they belong together.
 */

export type PhoneCountry = 'FR' | 'RE' | 'BE';
export type StreetStyle = 'fr' | 'be-fr' | 'be-nl';

export interface DemoPlace {
  city: string;
  postalCode: string;
  /** ISO country of the address (Réunion is part of France). */
  country: 'FR' | 'BE';
  phoneCountry: PhoneCountry;
  /** Landline national significant number starts (without the trunk 0), e.g. '142' for 01 42 …. */
  landlinePrefixes: string[];
  style: StreetStyle;
  /** Share of customers there who prefer Dutch. */
  dutchShare: number;
  /** Relative share of customers living there. */
  weight: number;
  streets: string[];
}

const FR_STREETS = [
  'rue de la République',
  'avenue Jean-Jaurès',
  'rue Victor-Hugo',
  'boulevard Gambetta',
  'rue Pasteur',
  'rue des Écoles',
  'allée des Tilleuls',
  'rue du Moulin',
  'impasse des Lilas',
  'chemin des Vignes',
  'rue Émile-Zola',
  "place de l'Église",
  'rue de la Gare',
  'avenue du Général-Leclerc',
  'rue Jules-Ferry',
  'rue du Château',
  'rue des Acacias',
  'rue Voltaire',
  'rue de Verdun',
  'rue Saint-Michel',
];
const BE_FR_STREETS = [
  'Rue de la Station',
  "Rue de l'Église",
  'Chaussée de Bruxelles',
  'Avenue des Tilleuls',
  'Rue du Moulin',
  'Rue Royale',
  'Rue de la Paix',
  'Avenue de la Gare',
  'Rue des Écoles',
  'Place communale',
];
const BE_NL_STREETS = [
  'Kerkstraat',
  'Stationsstraat',
  'Dorpsstraat',
  'Nieuwstraat',
  'Molenstraat',
  'Schoolstraat',
  'Beukenlaan',
  'Kapelstraat',
  'Lindenlaan',
  'Kouter',
];

function fr(
  city: string,
  postalCode: string,
  landlinePrefixes: string[],
  weight: number,
  own: string[] = [],
): DemoPlace {
  return {
    city,
    postalCode,
    country: 'FR',
    phoneCountry: 'FR',
    landlinePrefixes,
    style: 'fr',
    dutchShare: 0,
    weight,
    streets: [...own, ...FR_STREETS],
  };
}

function re(city: string, postalCode: string, own: string[]): DemoPlace {
  return {
    city,
    postalCode,
    country: 'FR',
    phoneCountry: 'RE',
    landlinePrefixes: ['26221', '26241', '26225', '26229'],
    style: 'fr',
    dutchShare: 0,
    weight: 2,
    streets: [...own, ...FR_STREETS.slice(0, 8)],
  };
}

function wallonia(
  city: string,
  postalCode: string,
  landlinePrefixes: string[],
  weight: number,
  own: string[],
  dutchShare = 0,
): DemoPlace {
  return {
    city,
    postalCode,
    country: 'BE',
    phoneCountry: 'BE',
    landlinePrefixes,
    style: 'be-fr',
    dutchShare,
    weight,
    streets: [...own, ...BE_FR_STREETS],
  };
}

function flanders(
  city: string,
  postalCode: string,
  landlinePrefixes: string[],
  weight: number,
  own: string[],
): DemoPlace {
  return {
    city,
    postalCode,
    country: 'BE',
    phoneCountry: 'BE',
    landlinePrefixes,
    style: 'be-nl',
    dutchShare: 0.92,
    weight,
    streets: [...own, ...BE_NL_STREETS],
  };
}

export const DEMO_PLACES: DemoPlace[] = [
  fr('Paris', '75011', ['143', '147', '148', '155'], 9, [
    'rue de la Roquette',
    'boulevard Voltaire',
    'rue Oberkampf',
    'rue de Charonne',
  ]),
  fr('Paris', '75015', ['145', '142', '153'], 7, ['rue de Vaugirard', 'rue de la Convention', 'rue du Commerce']),
  fr('Paris', '75018', ['142', '146', '153'], 6, ['rue Ordener', 'rue Caulaincourt', 'rue Marcadet']),
  fr('Montreuil', '93100', ['148', '149'], 3, ['rue de Paris', 'boulevard Rouget-de-Lisle']),
  fr('Boulogne-Billancourt', '92100', ['146', '141', '155'], 3, ['route de la Reine', 'rue du Château']),
  fr('Vincennes', '94300', ['143', '141'], 2, ['rue de Fontenay', 'avenue de Paris']),
  fr('Lyon', '69003', ['472', '478'], 5, ['cours Lafayette', 'rue Paul-Bert', 'avenue Félix-Faure']),
  fr('Lyon', '69007', ['472', '478'], 4, ['rue de Marseille', 'Grande Rue de la Guillotière', 'avenue Berthelot']),
  fr('Marseille', '13006', ['491'], 5, ['rue de Rome', 'rue Paradis', 'cours Julien']),
  fr('Nice', '06000', ['493'], 3, ['avenue Jean-Médecin', 'rue de France']),
  fr('Grenoble', '38000', ['476'], 2, ['cours Berriat', 'rue Félix-Poulat']),
  fr('Montpellier', '34000', ['467'], 3, ['rue de la Loge', 'avenue de Toulouse']),
  fr('Toulouse', '31000', ['561', '562'], 5, ["rue d'Alsace-Lorraine", 'allées Jean-Jaurès', 'rue de Metz']),
  fr('Bordeaux', '33000', ['556', '557'], 5, ["cours de l'Intendance", 'rue Sainte-Catherine', 'cours Victor-Hugo']),
  fr('Nantes', '44000', ['240', '251'], 4, ['rue Crébillon', 'quai de la Fosse']),
  fr('Rennes', '35000', ['299', '223'], 3, ['rue de Saint-Malo', 'boulevard de la Liberté']),
  fr('Brest', '29200', ['298'], 2, ['rue de Siam', 'rue Jean-Jaurès']),
  fr('Tours', '37000', ['247'], 2, ['rue Nationale', 'boulevard Béranger']),
  fr('Lille', '59000', ['320', '328'], 5, ['rue Nationale', 'boulevard de la Liberté', 'rue de Béthune']),
  fr('Strasbourg', '67000', ['388'], 3, ["Grand'Rue", 'rue du Faubourg-National']),
  fr('Reims', '51100', ['326'], 2, ['rue de Vesle', 'boulevard Lundy']),
  fr('Dijon', '21000', ['380'], 2, ['rue de la Liberté', 'boulevard de Sévigné']),
  re('Saint-Denis', '97400', ['rue de Paris', 'rue Jean-Chatel', 'boulevard Lancastel']),
  re('Saint-Pierre', '97410', ['rue des Bons-Enfants', 'boulevard Hubert-Delisle']),
  wallonia(
    'Bruxelles',
    '1000',
    ['25', '22', '23'],
    5,
    ['Rue Haute', 'Rue du Marché aux Herbes', 'Boulevard Anspach'],
    0.25,
  ),
  wallonia('Ixelles', '1050', ['26', '25'], 4, ['Avenue Louise', "Chaussée d'Ixelles", 'Rue du Bailli'], 0.2),
  wallonia('Schaerbeek', '1030', ['22', '24'], 3, ['Avenue Rogier', 'Chaussée de Haecht', 'Rue Josaphat'], 0.2),
  wallonia('Uccle', '1180', ['23', '26'], 2, ['Chaussée de Waterloo', 'Avenue Brugmann'], 0.15),
  wallonia('Liège', '4000', ['42', '43'], 4, [
    'Rue Saint-Gilles',
    "Boulevard d'Avroy",
    'Rue des Carmes',
    'Quai de Rome',
  ]),
  wallonia('Namur', '5000', ['812', '817'], 2, ['Rue de Fer', "Rue de l'Ange"]),
  wallonia('Charleroi', '6000', ['713', '712'], 2, ['Rue de la Montagne', 'Boulevard Tirou']),
  wallonia('Mons', '7000', ['653'], 1, ['Rue de Nimy', 'Rue de la Chaussée']),
  wallonia('Wavre', '1300', ['102', '108'], 1, ['Rue du Commerce', 'Place Bosch']),
  flanders('Gent', '9000', ['92', '93', '923'], 4, [
    'Veldstraat',
    'Overpoortstraat',
    'Sint-Pietersnieuwstraat',
    'Brugsesteenweg',
  ]),
  flanders('Antwerpen', '2000', ['32', '323'], 4, ['Meir', 'Nationalestraat', 'Lange Nieuwstraat']),
  flanders('Leuven', '3000', ['162', '163'], 2, ['Bondgenotenlaan', 'Naamsestraat', 'Tiensestraat']),
  flanders('Brugge', '8000', ['503', '504'], 2, ['Steenstraat', 'Langestraat', 'Ezelstraat']),
  flanders('Mechelen', '2800', ['152', '153'], 1, ['Bruul', 'Adegemstraat']),
  flanders('Hasselt', '3500', ['112', '113'], 1, ['Demerstraat', 'Kuringersteenweg']),
];

export function findPlace(city: string, postalCode: string): DemoPlace {
  const place = DEMO_PLACES.find((p) => p.city === city && p.postalCode === postalCode);
  if (!place) throw new Error(`no demo place ${postalCode} ${city}`);
  return place;
}

/** Second address lines, as people write them. */
export const FR_LINE2 = [
  'Bâtiment B',
  'Appartement 24',
  'Résidence Les Glycines',
  '3e étage, porte gauche',
  'Escalier C, 2e étage',
];
