import { randomUUID } from 'node:crypto';
import { foldForSearch } from '@shared/utils/search-query';
import { addressesFor, makeDwelling, pickPlace, writeDwelling, type Dwelling } from './demo-addresses';
import {
  accountIdentity,
  emailIdentity,
  invalidPhoneIdentity,
  makeAccountNumber,
  makeEmail,
  phoneIdentity,
} from './demo-identities';
import type { HistorySize, IdentityRow, SeedPerson } from './demo-model';
import * as names from './demo-names';
import {
  generatePhone,
  INVALID_AS_TYPED,
  writePhoneLikeAPerson,
  type DemoPhone,
  type WrittenPhone,
} from './demo-phones';
import { addDays, businessMomentBetween, maxDate } from './demo-time';
import type { SeededRandom } from '@shared/utils/seeded-random';

/** Values that must stay unique across all demo customers. */
export interface Uniques {
  phones: Set<string>;
  emails: Set<string>;
  accounts: Set<string>;
}

/** Customers (by position among the ordinary ones) with a particular role in the demo. */
const HOUSEHOLD_HEADS = new Set([40, 172]);
const INVALID_PHONE_AT = [57, 133, 251];
const LONG_HISTORY_AT = new Set([88, 199]);

interface Person {
  given: string;
  family: string;
  presents: 'f' | 'm';
  language: 'fr' | 'nl';
}

function drawPerson(rng: SeededRandom, dwelling: Dwelling): Person {
  const place = dwelling.place;
  const language = rng.chance(place.dutchShare) ? 'nl' : 'fr';
  // The simulated person is drawn first; their name follows, never the other way round.
  const presents = rng.chance(0.5) ? 'f' : 'm';
  let given: string;
  if (language === 'nl') {
    given = rng.chance(0.08)
      ? rng.pick(names.DUTCH_GIVEN_EITHER)
      : rng.pick(presents === 'f' ? names.DUTCH_GIVEN_FEMININE : names.DUTCH_GIVEN_MASCULINE);
  } else {
    given = rng.chance(0.08)
      ? rng.pick(names.FRENCH_GIVEN_EITHER)
      : rng.pick(presents === 'f' ? names.FRENCH_GIVEN_FEMININE : names.FRENCH_GIVEN_MASCULINE);
  }
  let family: string;
  if (language === 'nl') family = rng.pick(names.FLEMISH_FAMILY);
  else if (place.phoneCountry === 'RE' && rng.chance(0.7)) family = rng.pick(names.REUNION_FAMILY);
  else if (place.country === 'BE')
    family = rng.chance(0.15) ? rng.pick(names.FLEMISH_FAMILY) : rng.pick(names.WALLOON_FAMILY);
  else family = rng.pick(names.FRENCH_FAMILY);
  return { given, family, presents, language };
}

interface Draft {
  index: number;
  person: Person;
  since: Date;
  /** Where they live now. */
  first: Dwelling;
  landline: DemoPhone | null;
}

/**
 * Every draw below happens whatever the outcome (no `a && rng.chance()`), and decisions depend on
 * whole days, not on the seed's time of day: the same people come out whatever day the seed runs.
 */
function customerSince(rng: SeededRandom, now: Date): { since: Date; daysAgo: number } {
  const old = rng.chance(0.7);
  const oldDays = rng.int(545, 2200);
  const recentDays = rng.int(25, 540);
  const daysAgo = old ? oldDays : recentDays;
  const day = addDays(now, -daysAgo);
  return { since: businessMomentBetween(rng, day, addDays(day, 3)), daysAgo };
}

function drawMove(
  rng: SeededRandom,
  since: { since: Date; daysAgo: number },
  now: Date,
  first: Dwelling,
): { to: Dwelling; at: Date } | null {
  const wants = rng.chance(0.3);
  const at = businessMomentBetween(rng, maxDate(addDays(since.since, 60), addDays(now, -480)), addDays(now, -20));
  const samePlace = rng.chance(0.4);
  const elsewhere = pickPlace(
    rng,
    (p) => p.country === first.place.country && p.phoneCountry === first.place.phoneCountry,
  );
  const to = makeDwelling(rng, samePlace ? first.place : elsewhere);
  return wants && since.daysAgo >= 120 ? { to, at } : null;
}

/** One ordinary demo customer; `partner` makes them live with (and share the landline of) another. */
function buildOne(
  rng: SeededRandom,
  now: Date,
  index: number,
  uniques: Uniques,
  partner: Draft | null,
): { person: SeedPerson; draft: Draft } {
  const id = randomUUID();
  const forceHousehold = HOUSEHOLD_HEADS.has(index);
  const first = partner ? partner.first : makeDwelling(rng, pickPlace(rng));
  const drawn = drawPerson(rng, first);
  const person = partner ? { ...drawn, family: partner.person.family, language: partner.person.language } : drawn;
  const isCompany = rng.chance(0.035) && !partner && !forceHousehold;
  const company = isCompany
    ? rng
        .pick(first.place.country === 'BE' ? names.BELGIAN_COMPANY_PATTERNS : names.FRENCH_COMPANY_PATTERNS)
        .replace('{family}', person.family)
    : null;
  const drawnSince = customerSince(rng, now);
  const since = partner ? maxDate(partner.since, drawnSince.since) : drawnSince.since;
  const drawnMove = drawMove(rng, drawnSince, now, first);
  const move = partner || forceHousehold ? null : drawnMove;
  const billingNotUpdated = rng.chance(0.5) && move !== null;
  const home = move ? move.to : first;

  const identities: IdentityRow[] = [];
  const accountNumber = makeAccountNumber(rng, uniques.accounts);
  identities.push(accountIdentity(id, accountNumber, since));
  const hasLandline = rng.chance(0.5) || partner !== null || forceHousehold || isCompany;
  const hasMobile = rng.chance(isCompany ? 0.5 : 0.85);
  // Same household, same line (written their own way): two customers may share a landline.
  const landlinePhone: DemoPhone | null = partner?.landline
    ? partner.landline
    : hasLandline
      ? generatePhone(rng, home.place.phoneCountry, 'landline', home.place.landlinePrefixes, uniques.phones)
      : null;
  const landline: WrittenPhone | null = landlinePhone ? writePhoneLikeAPerson(rng, landlinePhone) : null;
  const mobile = hasMobile
    ? writePhoneLikeAPerson(
        rng,
        generatePhone(rng, home.place.phoneCountry, 'mobile', home.place.landlinePrefixes, uniques.phones),
      )
    : null;
  const invalidAt = INVALID_PHONE_AT.indexOf(index);
  const onlyInvalid = invalidAt === 0;
  if (!onlyInvalid) {
    if (mobile) identities.push(phoneIdentity(id, mobile, { primary: true, verified: rng.chance(0.45) }, since));
    if (landline) identities.push(phoneIdentity(id, landline, { primary: !mobile, verified: rng.chance(0.3) }, since));
  }
  if (invalidAt >= 0) identities.push(invalidPhoneIdentity(id, INVALID_AS_TYPED[invalidAt]!, since));
  const hasEmail = rng.chance(0.82) || isCompany;
  const email = hasEmail ? makeEmail(rng, person.given, person.family, home.place.country, uniques.emails) : null;
  if (email) identities.push(emailIdentity(id, email, rng.chance(0.5), since));

  const statesSalutation = rng.chance(0.3) && !isCompany;
  const salutation = statesSalutation ? (person.presents === 'f' ? 'madame' : 'monsieur') : null;
  const preferredLanguage = rng.chance(person.language === 'nl' ? 0.85 : 0.55) ? person.language : null;
  const displayName = company ?? `${person.given} ${person.family}`;
  const size: HistorySize = LONG_HISTORY_AT.has(index) ? 'long' : 'normal';
  const addresses = addressesFor(rng, {
    customerId: id,
    kind: isCompany ? 'company' : 'person',
    since,
    first,
    move,
    billingNotUpdated,
    hasService: rng.chance(0.4) || billingNotUpdated,
  });
  const seedPerson: SeedPerson = {
    customer: {
      id,
      kind: isCompany ? 'company' : 'person',
      displayName,
      givenName: person.given,
      familyName: person.family,
      companyName: company,
      salutation,
      preferredLanguage,
      searchName: foldForSearch([person.given, person.family, company].filter(Boolean).join(' ')),
      createdAt: since,
      updatedAt: move ? move.at : since,
    },
    identities,
    addresses,
    history: {
      customerId: id,
      displayName,
      kind: isCompany ? 'company' : 'person',
      language: person.language,
      since,
      phone: onlyInvalid ? null : ((mobile ?? landline)?.e164 ?? null),
      email: email?.raw ?? null,
      accountNumber,
      movedAt: move?.at ?? null,
      newAddress: move ? writeDwelling(move.to) : null,
      size,
      openComplaint: rng.chance(0.055),
      openCase: rng.chance(0.12),
      story: null,
    },
  };
  return { person: seedPerson, draft: { index, person, since, first: home, landline: landlinePhone } };
}

/** `count` ordinary customers, after the showcase ones (whose unique values are already taken). */
export function buildPeople(rng: SeededRandom, now: Date, count: number, uniques: Uniques): SeedPerson[] {
  const people: SeedPerson[] = [];
  let previous: Draft | null = null;
  for (let index = 0; index < count; index += 1) {
    const partner: Draft | null = previous && HOUSEHOLD_HEADS.has(previous.index) ? previous : null;
    const { person, draft } = buildOne(rng, now, index, uniques, partner);
    people.push(person);
    previous = draft;
  }
  return people;
}
