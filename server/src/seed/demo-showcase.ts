import { randomUUID } from 'node:crypto';
import { normalisePhone, type PhoneRegion } from '@shared/utils/phone';
import { foldForSearch } from '@shared/utils/search-query';
import { addressesFor, writeDwelling, type Dwelling } from './demo-addresses';
import { accountIdentity, emailIdentity, phoneIdentity } from './demo-identities';
import type { HistoryFacts, SeedPerson } from './demo-model';
import { findPlace } from './demo-places';
import type { Uniques } from './demo-people';
import { addDays, businessMomentBetween } from './demo-time';
import type { SeededRandom } from '@shared/utils/seeded-random';

/**
 * Three customers the README walks through; always created, with these exact values.
 * Dates are relative to the seed time; everything else is fixed.
 */
export const DEMO_SHOWCASE = {
  /** Field note 1: moved house, the line followed, the bills did not. */
  movedBillingNotUpdated: {
    displayName: 'Jérôme Lefèvre',
    accountNumber: 'ACC-104233',
    phone: { raw: '01 42 68 53 00', e164: '+33142685300' },
    mobile: { raw: '06.71.83.25.40', e164: '+33671832540' },
    email: 'jerome.lefevre@example.fr',
    oldAddress: '14 rue de la Roquette, 75011 Paris',
    newAddress: '8 rue de Paris, 93100 Montreuil',
    /** Searching any of these finds him. */
    searchExamples: ['+33142685300', '01.42.68.53.00', '0142685300', 'lefevre'],
  },
  /** An open complaint, visible to everyone who touches the customer; no stated salutation. */
  belgianOpenComplaint: {
    displayName: 'Françoise Vandenberghe',
    accountNumber: 'ACC-208517',
    phone: { raw: '+32 2 555 12 12', e164: '+3225551212' },
    mobile: { raw: '0478/23.45.67', e164: '+32478234567' },
    email: 'f.vandenberghe@example.be',
    address: 'Avenue Louise 231 bte 4, 1050 Ixelles',
    searchExamples: ['02/555.12.12', '+3225551212', 'vandenberghe'],
  },
  /** The longest timeline (hundreds of events): for infinite scrolling. */
  longestHistory: {
    displayName: 'Brasserie Van den Bossche',
    contactName: 'Dries Van den Bossche',
    accountNumber: 'ACC-300912',
    phone: { raw: '09 223 45 67', e164: '+3292234567' },
    mobile: { raw: '0486 12 77 30', e164: '+32486127730' },
    email: 'dries.vandenbossche@example.be',
    address: 'Korenmarkt 7, 9000 Gent',
    searchExamples: ['van den bossche', 'ACC-300912', '+32 9 223 45 67'],
  },
} as const;

interface ShowcaseSpec {
  kind: 'person' | 'company';
  given: string;
  family: string;
  company: string | null;
  salutation: 'madame' | 'monsieur' | null;
  language: 'fr' | 'nl';
  preferredLanguage: 'fr' | 'nl' | null;
  accountNumber: string;
  region: PhoneRegion;
  phones: { raw: string; primary: boolean; verified: boolean }[];
  email: { raw: string; value: string };
  sinceDaysAgo: number;
  first: Dwelling;
  move: { to: Dwelling; daysAgo: number } | null;
  history: Pick<HistoryFacts, 'size' | 'openComplaint' | 'openCase' | 'story'>;
}

function dwelling(city: string, postalCode: string, line1: string): Dwelling {
  return { place: findPlace(city, postalCode), line1, line2: null };
}

const SPECS: ShowcaseSpec[] = [
  {
    kind: 'person',
    given: 'Jérôme',
    family: 'Lefèvre',
    company: null,
    salutation: 'monsieur',
    language: 'fr',
    preferredLanguage: 'fr',
    accountNumber: DEMO_SHOWCASE.movedBillingNotUpdated.accountNumber,
    region: 'FR',
    phones: [
      { raw: DEMO_SHOWCASE.movedBillingNotUpdated.phone.raw, primary: true, verified: true },
      { raw: DEMO_SHOWCASE.movedBillingNotUpdated.mobile.raw, primary: false, verified: false },
    ],
    email: { raw: 'Jerome.Lefevre@example.fr', value: DEMO_SHOWCASE.movedBillingNotUpdated.email },
    sinceDaysAgo: 1900,
    first: dwelling('Paris', '75011', '14 rue de la Roquette'),
    move: { to: dwelling('Montreuil', '93100', '8 rue de Paris'), daysAgo: 150 },
    history: { size: 'normal', openComplaint: false, openCase: false, story: 'moved-billing-not-updated' },
  },
  {
    kind: 'person',
    given: 'Françoise',
    family: 'Vandenberghe',
    company: null,
    salutation: null,
    language: 'fr',
    preferredLanguage: 'fr',
    accountNumber: DEMO_SHOWCASE.belgianOpenComplaint.accountNumber,
    region: 'BE',
    phones: [
      { raw: DEMO_SHOWCASE.belgianOpenComplaint.phone.raw, primary: true, verified: true },
      { raw: DEMO_SHOWCASE.belgianOpenComplaint.mobile.raw, primary: false, verified: true },
    ],
    email: { raw: 'F.Vandenberghe@example.be', value: DEMO_SHOWCASE.belgianOpenComplaint.email },
    sinceDaysAgo: 900,
    first: dwelling('Ixelles', '1050', 'Avenue Louise 231 bte 4'),
    move: null,
    history: { size: 'normal', openComplaint: true, openCase: false, story: 'belgian-complaint' },
  },
  {
    kind: 'company',
    given: 'Dries',
    family: 'Van den Bossche',
    company: 'Brasserie Van den Bossche',
    salutation: null,
    language: 'nl',
    preferredLanguage: 'nl',
    accountNumber: DEMO_SHOWCASE.longestHistory.accountNumber,
    region: 'BE',
    phones: [
      { raw: DEMO_SHOWCASE.longestHistory.phone.raw, primary: true, verified: true },
      { raw: DEMO_SHOWCASE.longestHistory.mobile.raw, primary: false, verified: true },
    ],
    email: { raw: DEMO_SHOWCASE.longestHistory.email, value: DEMO_SHOWCASE.longestHistory.email },
    sinceDaysAgo: 2400,
    first: dwelling('Gent', '9000', 'Korenmarkt 7'),
    move: null,
    history: { size: 'longest', openComplaint: false, openCase: true, story: null },
  },
];

function e164(raw: string, region: PhoneRegion): string {
  const result = normalisePhone(raw, { defaultRegion: region });
  if (result.kind !== 'e164') throw new Error(`showcase phone ${raw} does not normalise`);
  return result.e164;
}

export function buildShowcase(rng: SeededRandom, now: Date, uniques: Uniques): SeedPerson[] {
  return SPECS.map((spec) => {
    const id = randomUUID();
    const sinceDay = addDays(now, -spec.sinceDaysAgo);
    const since = businessMomentBetween(rng, sinceDay, addDays(sinceDay, 1));
    const moveDay = spec.move ? addDays(now, -spec.move.daysAgo) : null;
    const move =
      spec.move && moveDay ? { to: spec.move.to, at: businessMomentBetween(rng, moveDay, addDays(moveDay, 1)) } : null;
    const phones = spec.phones.map((p) => ({ ...p, e164: e164(p.raw, spec.region) }));
    for (const p of phones) uniques.phones.add(p.e164);
    uniques.emails.add(spec.email.value);
    uniques.accounts.add(spec.accountNumber);
    const displayName = spec.company ?? `${spec.given} ${spec.family}`;
    return {
      customer: {
        id,
        kind: spec.kind,
        displayName,
        givenName: spec.given,
        familyName: spec.family,
        companyName: spec.company,
        salutation: spec.salutation,
        preferredLanguage: spec.preferredLanguage,
        searchName: foldForSearch([spec.given, spec.family, spec.company].filter(Boolean).join(' ')),
        createdAt: since,
        updatedAt: move ? move.at : since,
      },
      identities: [
        accountIdentity(id, spec.accountNumber, since),
        ...phones.map((p) => phoneIdentity(id, { raw: p.raw, e164: p.e164, region: spec.region }, p, since)),
        emailIdentity(id, spec.email, true, since),
      ],
      addresses: addressesFor(rng, {
        customerId: id,
        kind: spec.kind,
        since,
        first: spec.first,
        move,
        billingNotUpdated: spec.history.story === 'moved-billing-not-updated',
        hasService: true,
      }),
      history: {
        customerId: id,
        displayName,
        kind: spec.kind,
        language: spec.language,
        since,
        phone: phones[0]!.e164,
        email: spec.email.raw,
        accountNumber: spec.accountNumber,
        movedAt: move?.at ?? null,
        newAddress: move ? writeDwelling(move.to) : null,
        ...spec.history,
      },
    };
  });
}
