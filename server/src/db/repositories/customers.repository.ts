import { and, asc, desc, eq, inArray, like, ne, sql, type SQL } from 'drizzle-orm';
import { agents, cases, customerAddresses, customerIdentities, customers, queues } from '../schema';
import type { DbOrTx } from '../store';
import { rowsOf } from '../sql-results';
import type { ContactSummary } from '@shared/schemas/call';

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

type Json = Record<string, unknown>;
const str = (v: unknown) => (v === null || v === undefined ? null : String(v));
const date = (v: unknown) => (v === null || v === undefined ? null : new Date(String(v)));

function customerFromJson(j: Json): CustomerRow {
  return {
    id: String(j.id),
    kind: String(j.kind),
    displayName: String(j.display_name),
    givenName: str(j.given_name),
    familyName: str(j.family_name),
    companyName: str(j.company_name),
    salutation: str(j.salutation),
    preferredLanguage: str(j.preferred_language),
    searchName: String(j.search_name),
    createdAt: date(j.created_at)!,
    updatedAt: date(j.updated_at)!,
  };
}

function identityFromJson(j: Json): IdentityRow {
  return {
    id: String(j.id),
    customerId: String(j.customer_id),
    kind: String(j.kind),
    value: String(j.value),
    rawValue: String(j.raw_value),
    valid: Boolean(j.valid),
    verified: Boolean(j.verified),
    isPrimary: Boolean(j.is_primary),
    createdAt: date(j.created_at)!,
  };
}

function addressFromJson(j: Json): AddressRow {
  return {
    id: String(j.id),
    customerId: String(j.customer_id),
    role: String(j.role),
    line1: String(j.line1),
    line2: str(j.line2),
    postalCode: String(j.postal_code),
    city: String(j.city),
    country: String(j.country),
    validFrom: String(j.valid_from),
    validTo: str(j.valid_to),
    createdAt: date(j.created_at)!,
  };
}

function openCaseFromJson(j: Json): OpenCaseRow {
  return {
    id: String(j.id),
    subject: String(j.subject),
    status: String(j.status),
    category: String(j.category),
    priority: Number(j.priority),
    dueAt: date(j.due_at),
    createdAt: date(j.created_at)!,
    ownerAgentId: str(j.owner_agent_id),
    ownerAgentName: str(j.owner_agent_name),
    ownerQueueId: str(j.owner_queue_id),
    ownerQueueName: str(j.owner_queue_name),
  };
}

function contactSummaryFromJson(j: Json): ContactSummary {
  return {
    id: String(j.id),
    channel: String(j.channel) as ContactSummary['channel'],
    direction: String(j.direction) as ContactSummary['direction'],
    state: String(j.state),
    startedAt: date(j.started_at)!.toISOString(),
    endedAt: date(j.ended_at)?.toISOString() ?? null,
    agentName: str(j.agent_name),
    queueName: str(j.queue_name),
    subject: str(j.subject),
    disposition: str(j.disposition),
  };
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

  /** Customers who have one of these numbers, with their names (caller identification). */
  async findByPhones(db: DbOrTx, e164s: string[], limit: number): Promise<Array<{ id: string; displayName: string }>> {
    if (e164s.length === 0) return [];
    return db
      .selectDistinct({ id: customers.id, displayName: customers.displayName })
      .from(customerIdentities)
      .innerJoin(customers, eq(customers.id, customerIdentities.customerId))
      .where(and(eq(customerIdentities.kind, 'phone'), inArray(customerIdentities.value, e164s)))
      .limit(limit);
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

  async displayNameOf(db: DbOrTx, id: string): Promise<string | null> {
    const [row] = await db.select({ name: customers.displayName }).from(customers).where(eq(customers.id, id)).limit(1);
    return row?.name ?? null;
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

  /**
   * Everything the customer card shows, in one round trip (the card is on the screen-pop path):
   * the customer, identities, addresses and open cases with their owners' names.
   */
  async findCard(
    db: DbOrTx,
    customerId: string,
    recentContacts = 0,
  ): Promise<{
    customer: CustomerRow;
    identities: IdentityRow[];
    addresses: AddressRow[];
    openCases: OpenCaseRow[];
    recentContacts: ContactSummary[];
  } | null> {
    // The screen pop also wants the last contacts: same round trip.
    const recent =
      recentContacts > 0
        ? sql`, (select coalesce(json_agg(r), '[]'::json) from (
             select ct.id, ct.channel, ct.direction, ct.state, coalesce(ct.queued_at, ct.created_at) as started_at, ct.ended_at,
                    ag.display_name as agent_name, q.name as queue_name, ct.subject, ct.disposition
               from contacts ct
               left join agents ag on ag.id = ct.agent_id
               left join queues q on q.id = ct.queue_id
              where ct.customer_id = ${customerId}
              order by ct.created_at desc
              limit ${recentContacts}) r) as recent_contacts`
        : sql``;
    const result = await db.execute(sql`
      select
        (select row_to_json(c) from customers c where c.id = ${customerId}) as customer,
        (select coalesce(json_agg(i order by i.is_primary desc, i.created_at), '[]'::json)
           from customer_identities i where i.customer_id = ${customerId}) as identities,
        (select coalesce(json_agg(a order by a.valid_from desc), '[]'::json)
           from customer_addresses a where a.customer_id = ${customerId}) as addresses,
        (select coalesce(json_agg(k order by k.due_at asc nulls last, k.priority desc), '[]'::json) from (
           select cs.id, cs.subject, cs.status, cs.category, cs.priority, cs.due_at, cs.created_at,
                  cs.owner_agent_id, ag.display_name as owner_agent_name, cs.owner_queue_id, q.name as owner_queue_name
             from cases cs
             left join agents ag on ag.id = cs.owner_agent_id
             left join queues q on q.id = cs.owner_queue_id
            where cs.customer_id = ${customerId} and cs.status <> 'closed') k) as open_cases ${recent}`);
    const rows = rowsOf(result);
    const row = rows[0];
    if (!row?.customer) return null;
    return {
      customer: customerFromJson(row.customer as Json),
      identities: (row.identities as Json[]).map(identityFromJson),
      addresses: (row.addresses as Json[]).map(addressFromJson),
      openCases: (row.open_cases as Json[]).map(openCaseFromJson),
      recentContacts: ((row.recent_contacts as Json[] | undefined) ?? []).map(contactSummaryFromJson),
    };
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
