import type { Address, CaseSummary, Customer, CustomerFlag, Identity } from '@shared/schemas/customer';
import type { ContactSummary } from '@shared/schemas/call';
import { billingAddressMismatch } from '@shared/domain/address-rules';
import { notFound } from '../errors';
import type { Db } from '../db/store';
import {
  customersRepository,
  type AddressRow,
  type IdentityRow,
  type OpenCaseRow,
} from '../db/repositories/customers.repository';
import { contactsRepository } from '../db/repositories/contacts.repository';

const toIdentity = (row: IdentityRow): Identity => ({
  id: row.id,
  kind: row.kind as Identity['kind'],
  value: row.value,
  rawValue: row.rawValue,
  valid: row.valid,
  verified: row.verified,
  primary: row.isPrimary,
});

const toAddress = (row: AddressRow): Address => ({
  id: row.id,
  role: row.role as Address['role'],
  line1: row.line1,
  line2: row.line2,
  postalCode: row.postalCode,
  city: row.city,
  country: row.country,
  validFrom: row.validFrom,
  validTo: row.validTo,
});

function toCaseSummary(row: OpenCaseRow, now: Date): CaseSummary {
  const owner = row.ownerAgentId
    ? { kind: 'agent' as const, id: row.ownerAgentId, name: row.ownerAgentName ?? '' }
    : row.ownerQueueId
      ? { kind: 'queue' as const, id: row.ownerQueueId, name: row.ownerQueueName ?? '' }
      : null;
  return {
    id: row.id,
    subject: row.subject,
    status: row.status as CaseSummary['status'],
    category: row.category as CaseSummary['category'],
    priority: row.priority,
    dueAt: row.dueAt?.toISOString() ?? null,
    overdue: row.dueAt !== null && row.dueAt.getTime() < now.getTime(),
    owner,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The customer card: who they are, how to reach them, where they live and pay, what is open. */
export function createCustomerCardService(deps: { db: Db; now?: () => Date }) {
  const now = deps.now ?? (() => new Date());
  return {
    /** Refuses an unknown customer (404) before a caller joins its room or lists its contacts. */
    async assertExists(customerId: string): Promise<void> {
      if (!(await customersRepository.exists(deps.db, customerId))) throw notFound('customer_not_found');
    },

    /** A known customer's last contacts on every channel, newest first. */
    async recentContacts(customerId: string, limit: number): Promise<ContactSummary[]> {
      await this.assertExists(customerId);
      return contactsRepository.recentOf(deps.db, customerId, limit);
    },

    async get(customerId: string): Promise<Customer> {
      return (await this.getWithRecentContacts(customerId, 0)).customer;
    },

    /** The card and, in the same round trip, the customer's last contacts (for the screen pop). */
    async getWithRecentContacts(
      customerId: string,
      recent: number,
    ): Promise<{ customer: Customer; recentContacts: ContactSummary[] }> {
      const card = await customersRepository.findCard(deps.db, customerId, recent);
      if (!card) throw notFound('customer_not_found');
      const { customer: row, identities, addresses, openCases, recentContacts } = card;
      const at = now();
      const flags: CustomerFlag[] = [];
      const mismatch = billingAddressMismatch(addresses.map(toAddress), at.toISOString().slice(0, 10));
      if (mismatch) {
        flags.push({
          code: 'billing_address_mismatch',
          billingAddressId: mismatch.billing.id,
          newestAddressId: mismatch.newest.id,
        });
      }
      for (const c of openCases.filter((c) => c.category === 'complaint')) {
        flags.push({ code: 'open_complaint', caseId: c.id });
      }
      const customer: Customer = {
        id: row.id,
        kind: row.kind as Customer['kind'],
        displayName: row.displayName,
        givenName: row.givenName,
        familyName: row.familyName,
        companyName: row.companyName,
        salutation: row.salutation as Customer['salutation'],
        preferredLanguage: row.preferredLanguage,
        identities: identities.map(toIdentity),
        addresses: addresses.map(toAddress),
        openCases: openCases.map((c) => toCaseSummary(c, at)),
        flags,
        createdAt: row.createdAt.toISOString(),
      };
      return { customer, recentContacts };
    },
  };
}

export type CustomerCardService = ReturnType<typeof createCustomerCardService>;
