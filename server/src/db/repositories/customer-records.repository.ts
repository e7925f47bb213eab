import { customerIdentities, customers } from '../schema';
import type { DbOrTx } from '../store';

export type NewCustomerRow = typeof customers.$inferInsert;
/** An identity to attach to a customer being created (the customer id is added here). */
export type NewIdentity = Omit<typeof customerIdentities.$inferInsert, 'customerId' | 'id'>;

/** Writes that create customers (from the desk's unknown-caller card and from the chat widget). */
export const customerRecordsRepository = {
  async insert(db: DbOrTx, row: NewCustomerRow): Promise<string> {
    const [inserted] = await db.insert(customers).values(row).returning({ id: customers.id });
    return inserted!.id;
  },

  async addIdentities(db: DbOrTx, customerId: string, identities: NewIdentity[]): Promise<void> {
    if (identities.length === 0) return;
    await db.insert(customerIdentities).values(identities.map((identity) => ({ ...identity, customerId })));
  },
};
