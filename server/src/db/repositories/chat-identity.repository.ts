import { and, desc, eq, inArray } from 'drizzle-orm';
import { customerIdentities, customers } from '../schema';
import type { DbOrTx } from '../store';

/** Exact identity lookups for linking a chat visitor to a known customer. */
export const chatIdentityRepository = {
  /** Customers having this (already normalised) email or one of these E.164 numbers, most recently updated first. */
  async customersMatching(db: DbOrTx, input: { email: string | null; phones: string[] }): Promise<Array<{ id: string; kind: 'email' | 'phone' }>> {
    const found: Array<{ id: string; kind: 'email' | 'phone' }> = [];
    if (input.email) {
      const rows = await db
        .selectDistinct({ id: customers.id, updatedAt: customers.updatedAt })
        .from(customerIdentities)
        .innerJoin(customers, eq(customers.id, customerIdentities.customerId))
        .where(and(eq(customerIdentities.kind, 'email'), eq(customerIdentities.value, input.email)))
        .orderBy(desc(customers.updatedAt))
        .limit(20);
      found.push(...rows.map((r) => ({ id: r.id, kind: 'email' as const })));
    }
    if (input.phones.length > 0) {
      const rows = await db
        .selectDistinct({ id: customers.id, updatedAt: customers.updatedAt })
        .from(customerIdentities)
        .innerJoin(customers, eq(customers.id, customerIdentities.customerId))
        .where(and(eq(customerIdentities.kind, 'phone'), inArray(customerIdentities.value, input.phones)))
        .orderBy(desc(customers.updatedAt))
        .limit(20);
      found.push(...rows.map((r) => ({ id: r.id, kind: 'phone' as const })));
    }
    return found;
  },
};
