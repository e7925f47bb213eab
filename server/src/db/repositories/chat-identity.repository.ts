import { and, desc, eq, inArray } from 'drizzle-orm';
import { customerIdentities, customers } from '../schema';
import type { DbOrTx } from '../store';

type MatchKind = 'email' | 'phone';

/** Customers with an identity of this kind among these (already normalised) values, most recently updated first. */
async function customersWith(
  db: DbOrTx,
  kind: MatchKind,
  values: string[],
): Promise<Array<{ id: string; kind: MatchKind }>> {
  if (values.length === 0) return [];
  const rows = await db
    .selectDistinct({ id: customers.id, updatedAt: customers.updatedAt })
    .from(customerIdentities)
    .innerJoin(customers, eq(customers.id, customerIdentities.customerId))
    .where(and(eq(customerIdentities.kind, kind), inArray(customerIdentities.value, values)))
    .orderBy(desc(customers.updatedAt))
    .limit(20);
  return rows.map((r) => ({ id: r.id, kind }));
}

/** Exact identity lookups for linking a chat visitor to a known customer. */
export const chatIdentityRepository = {
  /** Customers having this email or one of these E.164 numbers: email matches first. */
  async customersMatching(
    db: DbOrTx,
    input: { email: string | null; phones: string[] },
  ): Promise<Array<{ id: string; kind: MatchKind }>> {
    return [
      ...(await customersWith(db, 'email', input.email ? [input.email] : [])),
      ...(await customersWith(db, 'phone', input.phones)),
    ];
  },
};
