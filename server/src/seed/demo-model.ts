import type { cases, contacts, customerAddresses, customerIdentities, customers, timelineEvents } from '../db/schema';

/** Rows as the seed builds them in memory before one batched insert per table. */
export type CustomerRow = typeof customers.$inferInsert & { id: string; displayName: string; createdAt: Date };
export type IdentityRow = typeof customerIdentities.$inferInsert;
export type AddressRow = typeof customerAddresses.$inferInsert;
export type CaseRow = typeof cases.$inferInsert & { id: string };
export type ContactRow = typeof contacts.$inferInsert & { id: string };
export type EventRow = typeof timelineEvents.$inferInsert & { occurredAt: Date };

/** The history a customer gets (see demo-history.ts). */
export type HistorySize = 'normal' | 'long' | 'longest';

/** What the history builder needs to know about one customer. */
export interface HistoryFacts {
  customerId: string;
  displayName: string;
  kind: 'person' | 'company';
  /** The language they write in (emails from Flanders are in Dutch). */
  language: 'fr' | 'nl';
  since: Date;
  phone: string | null;
  email: string | null;
  accountNumber: string;
  /** When they moved house, and the new address written out, for the "I'm moving" contact. */
  movedAt: Date | null;
  newAddress: string | null;
  size: HistorySize;
  /** An open complaint case (about 5 % of customers, field note 5). */
  openComplaint: boolean;
  /** Another open or pending case (request or incident). */
  openCase: boolean;
  /** A fixed storyline for a showcase customer. */
  story: 'moved-billing-not-updated' | 'belgian-complaint' | null;
}

export interface SeedPerson {
  customer: CustomerRow;
  identities: IdentityRow[];
  addresses: AddressRow[];
  history: HistoryFacts;
}
