import { sql } from 'drizzle-orm';
import { boolean, check, date, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './columns';

// Customers, their identities (phone, email, chat visitor, account) and addresses.

export const customers = pgTable(
  'customers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull().default('person'),
    displayName: text('display_name').notNull(),
    givenName: text('given_name'),
    familyName: text('family_name'),
    companyName: text('company_name'),
    /** Only when the customer stated it (field note 2): never guessed from a first name. */
    salutation: text('salutation'),
    preferredLanguage: text('preferred_language'),
    /** Folded (lower-case, no accents) names for search. */
    searchName: text('search_name').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('customers_search_name_idx').on(t.searchName),
    check('customers_kind_check', sql`${t.kind} in ('person','company')`),
    check('customers_salutation_check', sql`${t.salutation} is null or ${t.salutation} in ('madame','monsieur')`),
  ],
);

export const customerIdentities = pgTable(
  'customer_identities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    /** E.164 for phones, lower-case for emails; the raw text when a phone cannot be parsed. */
    value: text('value').notNull(),
    rawValue: text('raw_value').notNull(),
    valid: boolean('valid').notNull().default(true),
    verified: boolean('verified').notNull().default(false),
    isPrimary: boolean('is_primary').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    // Lookup by phone / email / account: one index serves all kinds.
    index('customer_identities_lookup_idx').on(t.kind, t.value),
    index('customer_identities_customer_idx').on(t.customerId),
    uniqueIndex('customer_identities_unique_per_customer').on(t.customerId, t.kind, t.value),
    check('customer_identities_kind_check', sql`${t.kind} in ('phone','email','chat_visitor','account')`),
  ],
);

export const customerAddresses = pgTable(
  'customer_addresses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    line1: text('line1').notNull(),
    line2: text('line2'),
    postalCode: text('postal_code').notNull(),
    city: text('city').notNull(),
    country: text('country').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('customer_addresses_customer_idx').on(t.customerId),
    check('customer_addresses_role_check', sql`${t.role} in ('billing','service','home')`),
    check('customer_addresses_dates_check', sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
  ],
);
