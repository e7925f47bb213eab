import { normalisePhone, phoneCandidates, type PhoneRegion } from '@shared/utils/phone';
import { foldForSearch } from '@shared/utils/search-query';
import { customerRecordsRepository } from '../../db/repositories/customer-records.repository';
import { chatIdentityRepository } from '../../db/repositories/chat-identity.repository';
import type { UnitOfWork } from '../../db/unit-of-work';
import type { PhoneSettings } from '../customer-search.service';
import type { TimelineService } from '../timeline.service';

export interface VisitorIdentity {
  name: string;
  email?: string | undefined;
  phone?: string | undefined;
}

export interface ResolvedCustomer {
  customerId: string;
  /** Every customer the email/phone matched (the chosen one included): the agent may relink. */
  candidateIds: string[];
  created: boolean;
}

/**
 * Links a visitor to the customer their email or phone belongs to (normalised: the email lower-case,
 * the phone to E.164 with the same rules as caller identification), so the agent sees the history.
 * Several matches: the one matching both, else the most recently updated; the others are listed as
 * candidates. No match (or nothing given): a new customer with what the visitor stated.
 */
export async function resolveVisitorCustomer(
  uow: UnitOfWork,
  deps: { phone: PhoneSettings; timeline: TimelineService },
  visitor: VisitorIdentity,
): Promise<ResolvedCustomer> {
  const options = {
    defaultRegion: deps.phone.defaultRegion as PhoneRegion,
    fallbackRegions: deps.phone.fallbackRegions as PhoneRegion[],
  };
  const email = visitor.email ? visitor.email.trim().toLowerCase() : null;
  const phones = visitor.phone ? phoneCandidates(visitor.phone, options) : [];
  const matches = await chatIdentityRepository.customersMatching(uow.tx, { email, phones });
  if (matches.length > 0) {
    const ids = [...new Set(matches.map((m) => m.id))];
    const both = ids.find(
      (id) =>
        matches.some((m) => m.id === id && m.kind === 'email') &&
        matches.some((m) => m.id === id && m.kind === 'phone'),
    );
    // Matches come most recently updated first within each kind; email is the stronger identity.
    return { customerId: both ?? ids[0]!, candidateIds: ids, created: false };
  }

  const customerId = await customerRecordsRepository.insert(uow.tx, {
    kind: 'person',
    displayName: visitor.name,
    searchName: foldForSearch(visitor.name),
  });
  const phone = visitor.phone ? normalisePhone(visitor.phone, options) : null;
  const identities = [
    ...(email && visitor.email
      ? [{ kind: 'email', value: email, rawValue: visitor.email, valid: true, isPrimary: true }]
      : []),
    ...(phone && phone.kind !== 'withheld' && visitor.phone
      ? [
          {
            kind: 'phone',
            value: phone.kind === 'e164' ? phone.e164 : visitor.phone,
            rawValue: visitor.phone,
            valid: phone.kind === 'e164',
            isPrimary: true,
          },
        ]
      : []),
  ];
  // Stated by the visitor, not checked: never verified.
  await customerRecordsRepository.addIdentities(
    uow.tx,
    customerId,
    identities.map((i) => ({ ...i, verified: false })),
  );
  await deps.timeline.append(uow, {
    customerId,
    channel: 'system',
    type: 'customer.created',
    actorKind: 'customer',
    actorName: visitor.name,
    payload: { source: 'chat' },
  });
  return { customerId, candidateIds: [], created: true };
}
