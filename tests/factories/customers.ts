import type { AddressRole, IdentityKind } from '@shared/schemas/customer';
import { normalisePhone } from '@shared/utils/phone';
import { foldForSearch } from '@shared/utils/search-query';
import {
  agents,
  cases,
  customerAddresses,
  customerIdentities,
  customers,
  timelineEvents,
} from '../../server/src/db/schema';
import type { Db } from '../../server/src/db/store';

export interface CustomerSpec {
  givenName?: string;
  familyName?: string;
  salutation?: 'madame' | 'monsieur' | null;
  phones?: string[];
  emails?: string[];
  accounts?: string[];
  addresses?: Array<{
    role: AddressRole;
    line1: string;
    postalCode: string;
    city: string;
    country?: string;
    validFrom: string;
    validTo?: string | null;
  }>;
}

/** A customer with identities stored the way the product stores them (E.164, lower-case). */
export async function buildCustomer(db: Db, spec: CustomerSpec = {}): Promise<{ id: string; displayName: string }> {
  const givenName = spec.givenName ?? 'Émilie';
  const familyName = spec.familyName ?? 'Dupin';
  const displayName = `${givenName} ${familyName}`;
  const [row] = await db
    .insert(customers)
    .values({
      displayName,
      givenName,
      familyName,
      salutation: spec.salutation ?? null,
      searchName: foldForSearch(displayName),
    })
    .returning({ id: customers.id });
  const id = row!.id;
  const identities: Array<{ kind: IdentityKind; value: string; rawValue: string; valid: boolean; isPrimary: boolean }> =
    [];
  (spec.phones ?? []).forEach((raw, i) => {
    const parsed = normalisePhone(raw, { defaultRegion: 'FR', fallbackRegions: ['BE'] });
    identities.push({
      kind: 'phone',
      value: parsed.kind === 'e164' ? parsed.e164 : raw,
      rawValue: raw,
      valid: parsed.kind === 'e164',
      isPrimary: i === 0,
    });
  });
  for (const [i, raw] of (spec.emails ?? []).entries()) {
    identities.push({ kind: 'email', value: raw.toLowerCase(), rawValue: raw, valid: true, isPrimary: i === 0 });
  }
  for (const raw of spec.accounts ?? [])
    identities.push({ kind: 'account', value: raw, rawValue: raw, valid: true, isPrimary: false });
  if (identities.length) await db.insert(customerIdentities).values(identities.map((i) => ({ ...i, customerId: id })));
  if (spec.addresses?.length) {
    await db
      .insert(customerAddresses)
      .values(spec.addresses.map((a) => ({ country: 'FR', validTo: null, ...a, customerId: id })));
  }
  return { id, displayName };
}

/** Past events on a customer's timeline, oldest first, one minute apart. */
export async function buildTimelineHistory(
  db: Db,
  customerId: string,
  count: number,
  from = new Date('2026-01-01T09:00:00Z'),
): Promise<void> {
  const rows = Array.from({ length: count }, (_, i) => ({
    customerId,
    occurredAt: new Date(from.getTime() + i * 60_000),
    channel: 'note',
    type: 'note.added',
    body: `history note ${i + 1}`,
    actorKind: 'system',
  }));
  for (let i = 0; i < rows.length; i += 500) await db.insert(timelineEvents).values(rows.slice(i, i + 500));
}

export async function buildOpenCase(
  db: Db,
  customerId: string,
  spec: {
    subject?: string;
    category?: 'request' | 'incident' | 'complaint' | 'sales';
    ownerAgentId: string;
    dueAt?: Date;
  },
): Promise<string> {
  const [row] = await db
    .insert(cases)
    .values({
      customerId,
      subject: spec.subject ?? 'Facture contestée',
      category: spec.category ?? 'request',
      ownerAgentId: spec.ownerAgentId,
      dueAt: spec.dueAt ?? null,
    })
    .returning({ id: cases.id });
  return row!.id;
}

export { agents };
