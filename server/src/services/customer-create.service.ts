import type { Agent } from '@shared/schemas/agent';
import type { CreateCustomerRequest, Customer } from '@shared/schemas/customer';
import { normalisePhone, type PhoneRegion } from '@shared/utils/phone';
import { foldForSearch } from '@shared/utils/search-query';
import { AppError } from '../errors';
import { customerRecordsRepository } from '../db/repositories/customer-records.repository';
import type { Db } from '../db/store';
import { inTransaction } from '../db/unit-of-work';
import type { CustomerCardService } from './customer-card.service';
import type { PhoneSettings } from './customer-search.service';
import type { TimelineService } from './timeline.service';

/** A new customer, typically from an unknown caller's card: the number is stored as E.164. */
export function createCustomerCreateService(deps: {
  db: Db;
  timeline: TimelineService;
  cards: CustomerCardService;
  phone: PhoneSettings;
}) {
  return {
    async create(actor: Agent, input: CreateCustomerRequest): Promise<Customer> {
      const phone = input.phone
        ? normalisePhone(input.phone, {
            defaultRegion: deps.phone.defaultRegion as PhoneRegion,
            fallbackRegions: deps.phone.fallbackRegions as PhoneRegion[],
          })
        : null;
      if (phone && phone.kind === 'withheld') {
        throw new AppError('phone_withheld', 'a withheld number cannot be stored', [
          { path: 'phone', message: 'withheld: leave it empty' },
        ]);
      }
      const person = [input.givenName, input.familyName].filter(Boolean).join(' ');
      const displayName = input.companyName && !person ? input.companyName : person;
      const id = await inTransaction(deps.db, async (uow) => {
        const customerId = await customerRecordsRepository.insert(uow.tx, {
          kind: input.companyName && !input.familyName ? 'company' : 'person',
          displayName,
          givenName: input.givenName || null,
          familyName: input.familyName || null,
          companyName: input.companyName || null,
          searchName: foldForSearch([displayName, input.companyName].filter(Boolean).join(' ')),
        });
        const identities = [
          ...(phone && input.phone
            ? [
                {
                  kind: 'phone',
                  value: phone.kind === 'e164' ? phone.e164 : input.phone,
                  rawValue: input.phone,
                  valid: phone.kind === 'e164',
                  isPrimary: true,
                },
              ]
            : []),
          ...(input.email
            ? [{ kind: 'email', value: input.email.toLowerCase(), rawValue: input.email, valid: true, isPrimary: true }]
            : []),
        ];
        await customerRecordsRepository.addIdentities(uow.tx, customerId, identities);
        await deps.timeline.append(uow, {
          customerId,
          channel: 'system',
          type: 'customer.created',
          actorKind: 'agent',
          actorId: actor.id,
          actorName: actor.displayName,
        });
        return customerId;
      });
      return deps.cards.get(id);
    },
  };
}

export type CustomerCreateService = ReturnType<typeof createCustomerCreateService>;
