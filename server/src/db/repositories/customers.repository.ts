import { and, asc, desc, eq, inArray, like, ne, sql, type SQL } from 'drizzle-orm';
import { agents, cases, customerAddresses, customerIdentities, customers, queues } from '../schema';
import type { DbOrTx } from '../store';

export type CustomerRow = typeof customers.$inferSelect;
export type IdentityRow = typeof customerIdentities.$inferSelect;
export type AddressRow = typeof customerAddresses.$inferSelect;

export interface OpenCaseRow {
  id: string;
  subject: string;
  status: string;
  category: string;
  priority: number;
  dueAt: Date | null;
  createdAt: Date;
  ownerAgentId: string | null;
  ownerAgentName: string | null;
  ownerQueueId: string | null;
  ownerQueueName: string | null;
}

/** Escapes LIKE wildcards in user text. */
function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

async function customerIdsByIdentity(db: DbOrTx, condition: SQL, limit: number): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: customerIdentities.customerId })
    .from(customerIdentities)
    .where(condition)
    .limit(limit);
  return rows.map((r) => r.id);
}

export const customersRepository = {
  findIdsByPhones(db: DbOrTx, e164s: string[], limit: number): Promise<string[]> {
    if (e164s.length === 0) return Promise.resolve([]);
    return customerIdsByIdentity(
      db,
      and(eq(customerIdentities.kind, 'phone'), inArray(customerIdentities.value, e164s))!,
      limit,
    );
  },

  /** Digits typed without a full number: match the end of stored numbers ("…68 53 00"). */
  findIdsByPhoneSuffix(db: DbOrTx, digits: string, limit: number): Promise<string[]> {
    return customerIdsByIdentity(
      db,
      and(eq(customerIdentities.kind, 'phone'), like(customerIdentities.value, `%${likeLiteral(digits)}`))!,
      limit,
    );
  },

  /** A whole address matches exactly; a partial one ("dupont@exa") by prefix. */
  findIdsByEmail(db: DbOrTx, email: string, limit: number): Promise<string[]> {
    return customerIdsByIdentity(
      db,
      and(eq(customerIdentities.kind, 'email'), like(customerIdentities.value, `${likeLiteral(email)}%`))!,
      limit,
    );
  },

  findIdsByAccount(db: DbOrTx, account: string, limit: number): Promise<string[]> {
    return customerIdsByIdentity(
      db,
      and(eq(customerIdentities.kind, 'account'), eq(customerIdentities.value, account))!,
      limit,
    );
  },

  /** Every folded word must appear in the folded name. */
  async findIdsByName(db: DbOrTx, words: string[], limit: number): Promise<string[]> {
    if (words.length === 0) return [];
    const rows = await db
      .select({ id: customers.id })
      .from(customers)
      .where(and(...words.map((w) => like(customers.searchName, `%${likeLiteral(w)}%`))))
      .orderBy(asc(customers.searchName))
      .limit(limit);
    return rows.map((r) => r.id);
  },

  async findByIds(db: DbOrTx, ids: string[]): Promise<CustomerRow[]> {
    if (ids.length === 0) return [];
    return db.select().from(customers).where(inArray(customers.id, ids));
  },

  async findById(db: DbOrTx, id: string): Promise<CustomerRow | null> {
    const [row] = await db.select().from(customers).where(eq(customers.id, id)).limit(1);
    return row ?? null;
  },

  async exists(db: DbOrTx, id: string): Promise<boolean> {
    const [row] = await db.select({ id: customers.id }).from(customers).where(eq(customers.id, id)).limit(1);
    return row !== undefined;
  },

  identitiesOf(db: DbOrTx, customerIds: string[]): Promise<IdentityRow[]> {
    if (customerIds.length === 0) return Promise.resolve([]);
    return db
      .select()
      .from(customerIdentities)
      .where(inArray(customerIdentities.customerId, customerIds))
      .orderBy(desc(customerIdentities.isPrimary), asc(customerIdentities.createdAt));
  },

  addressesOf(db: DbOrTx, customerIds: string[]): Promise<AddressRow[]> {
    if (customerIds.length === 0) return Promise.resolve([]);
    return db
      .select()
      .from(customerAddresses)
      .where(inArray(customerAddresses.customerId, customerIds))
      .orderBy(desc(customerAddresses.validFrom));
  },

  openCasesOf(db: DbOrTx, customerId: string): Promise<OpenCaseRow[]> {
    return db
      .select({
        id: cases.id,
        subject: cases.subject,
        status: cases.status,
        category: cases.category,
        priority: cases.priority,
        dueAt: cases.dueAt,
        createdAt: cases.createdAt,
        ownerAgentId: cases.ownerAgentId,
        ownerAgentName: agents.displayName,
        ownerQueueId: cases.ownerQueueId,
        ownerQueueName: queues.name,
      })
      .from(cases)
      .leftJoin(agents, eq(agents.id, cases.ownerAgentId))
      .leftJoin(queues, eq(queues.id, cases.ownerQueueId))
      .where(and(eq(cases.customerId, customerId), ne(cases.status, 'closed')))
      .orderBy(sql`${cases.dueAt} asc nulls last`, desc(cases.priority));
  },
};
