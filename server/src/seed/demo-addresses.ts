import type { AddressRole } from '@shared/schemas/customer';
import type { AddressRow } from './demo-model';
import { DEMO_PLACES, FR_LINE2, type DemoPlace } from './demo-places';
import { addDays, isoDate } from './demo-time';
import type { SeededRandom } from '@shared/utils/seeded-random';

/** A street address at one place, before it gets a role and dates. */
export interface Dwelling {
  place: DemoPlace;
  line1: string;
  line2: string | null;
}

export function pickPlace(rng: SeededRandom, filter?: (p: DemoPlace) => boolean): DemoPlace {
  const places = filter ? DEMO_PLACES.filter(filter) : DEMO_PLACES;
  return rng.weighted(places.map((p) => [p, p.weight] as const));
}

/** "12 rue Pasteur" in France, "Rue Haute 112 bte 4" in Wallonia, "Kerkstraat 12 bus 3" in Flanders. */
export function makeDwelling(rng: SeededRandom, place: DemoPlace): Dwelling {
  const street = rng.pick(place.streets);
  const number = rng.chance(0.6) ? rng.int(1, 60) : rng.int(61, 240);
  if (place.style === 'fr') {
    const bis = rng.chance(0.05) ? ' bis' : '';
    return { place, line1: `${number}${bis} ${street}`, line2: rng.chance(0.2) ? rng.pick(FR_LINE2) : null };
  }
  const box = rng.chance(0.25) ? ` ${place.style === 'be-nl' ? 'bus' : 'bte'} ${rng.int(1, 24)}` : '';
  return { place, line1: `${street} ${number}${box}`, line2: null };
}

/** One line, as an agent would read it out: "8 rue de Paris, 93100 Montreuil". */
export function writeDwelling(d: Dwelling): string {
  return [d.line1, d.line2, `${d.place.postalCode} ${d.place.city}`].filter(Boolean).join(', ');
}

export function addressRow(
  customerId: string,
  role: AddressRole,
  d: Dwelling,
  validFrom: Date,
  validTo: Date | null,
): AddressRow {
  return {
    customerId,
    role,
    line1: d.line1,
    line2: d.line2,
    postalCode: d.place.postalCode,
    city: d.place.city,
    country: d.place.country,
    validFrom: isoDate(validFrom),
    validTo: validTo ? isoDate(validTo) : null,
    createdAt: validFrom,
  };
}

export interface AddressStory {
  customerId: string;
  kind: 'person' | 'company';
  since: Date;
  /** Where they lived (or, for a company, had its premises) when they became a customer. */
  first: Dwelling;
  /** Set for a customer who moved: the new address and the day they moved in. */
  move: { to: Dwelling; at: Date } | null;
  /** Field note 1: the move was recorded for the line and the home, not for the bills. */
  billingNotUpdated: boolean;
  /** The line is installed at home (a service address). */
  hasService: boolean;
}

/**
 * The addresses of one customer held side by side with their roles and dates. A company has
 * billing and service addresses only; a person a home, a billing address and sometimes a service one.
 */
export function addressesFor(rng: SeededRandom, story: AddressStory): AddressRow[] {
  const { customerId, since, first, move } = story;
  const rows: AddressRow[] = [];
  const livedRoles: AddressRole[] =
    story.kind === 'company' ? ['service'] : story.hasService ? ['home', 'service'] : ['home'];
  if (!move) {
    for (const role of livedRoles) rows.push(addressRow(customerId, role, first, since, null));
    rows.push(addressRow(customerId, 'billing', first, since, null));
    return rows;
  }
  const dayBefore = addDays(move.at, -1);
  for (const role of livedRoles) {
    rows.push(addressRow(customerId, role, first, since, dayBefore));
    // The line is often switched on at the new address a few days after the move.
    const from = role === 'service' ? addDays(move.at, rng.int(0, 6)) : move.at;
    rows.push(addressRow(customerId, role, move.to, from, null));
  }
  if (story.billingNotUpdated) {
    rows.push(addressRow(customerId, 'billing', first, since, null));
  } else {
    const updated = addDays(move.at, rng.int(0, 12));
    rows.push(addressRow(customerId, 'billing', first, since, addDays(updated, -1)));
    rows.push(addressRow(customerId, 'billing', move.to, updated, null));
  }
  return rows;
}
