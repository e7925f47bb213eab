import type { BlockedNumber, UpsertDispositionRequest } from '@shared/schemas/admin-telephony';
import type { Disposition } from '@shared/schemas/call';
import { normalisePhone, type PhoneRegion } from '@shared/utils/phone';
import { AppError, notFound } from '../errors';
import type { Db } from '../db/store';
import { blockedNumbersRepository, type BlockedNumberRow } from '../db/repositories/blocked-numbers.repository';
import { dispositionsRepository } from '../db/repositories/dispositions.repository';
import type { PhoneSettings } from './customer-search.service';

const toBlocked = (row: BlockedNumberRow): BlockedNumber => ({
  id: row.id,
  value: row.value,
  reason: row.reason,
  createdAt: row.createdAt.toISOString(),
});

/** What admins configure for the phone: blocked callers and the wrap-up dispositions. */
export function createTelephonyAdminService(deps: { db: Db; phone: PhoneSettings }) {
  return {
    async listBlocked(): Promise<BlockedNumber[]> {
      return (await blockedNumbersRepository.list(deps.db)).map(toBlocked);
    },

    /** Stored as E.164 so every way of writing the number is blocked; non-numbers as typed. */
    async block(number: string, reason: string | null, by: string): Promise<BlockedNumber> {
      const parsed = normalisePhone(number, {
        defaultRegion: deps.phone.defaultRegion as PhoneRegion,
        fallbackRegions: deps.phone.fallbackRegions as PhoneRegion[],
      });
      if (parsed.kind === 'withheld') {
        throw new AppError('withheld_number_not_blockable', 'cannot block withheld numbers', [
          { path: 'number', message: 'a withheld number cannot be blocked' },
        ]);
      }
      const value = parsed.kind === 'e164' ? parsed.e164 : number.trim();
      return toBlocked(await blockedNumbersRepository.insert(deps.db, { value, reason, createdBy: by }));
    },

    async unblock(id: string): Promise<void> {
      if (!(await blockedNumbersRepository.delete(deps.db, id))) throw notFound('blocked_number_not_found');
    },

    async upsertDisposition(input: UpsertDispositionRequest): Promise<Disposition[]> {
      await dispositionsRepository.upsert(deps.db, { ...input, position: input.position ?? 100 });
      return dispositionsRepository.listActive(deps.db);
    },

    async retireDisposition(code: string): Promise<void> {
      if (!(await dispositionsRepository.retire(deps.db, code))) throw notFound('disposition_not_found');
    },
  };
}

export type TelephonyAdminService = ReturnType<typeof createTelephonyAdminService>;
