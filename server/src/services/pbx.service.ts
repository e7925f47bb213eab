import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { AppError } from '../errors';
import type { Db } from '../db/store';
import { pbxRepository, type PbxRow } from '../db/repositories/pbx.repository';

import type { PbxSummary } from '@shared/schemas/admin-telephony';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

const summary = (row: PbxRow): PbxSummary => ({
  id: row.id,
  name: row.name,
  signed: row.signingSecret !== null,
  createdAt: row.createdAt.toISOString(),
  revokedAt: row.revokedAt?.toISOString() ?? null,
  lastEventAt: row.lastEventAt?.toISOString() ?? null,
});

/**
 * A webhook token is looked up at most once per this long: every call event authenticates, and the
 * lookup is on the screen-pop path. A revocation made on another process applies within it.
 */
const TOKEN_CACHE_MS = 5_000;

/** PBXs allowed to push CTI events: each has a secret URL token, and optionally signs its bodies. */
export function createPbxService(deps: { db: Db; now?: () => number }) {
  const now = deps.now ?? Date.now;
  const cache = new Map<string, { pbx: PbxRow; until: number }>();

  async function findLive(tokenHash: string): Promise<PbxRow | null> {
    const hit = cache.get(tokenHash);
    if (hit && hit.until > now()) return hit.pbx;
    const pbx = await pbxRepository.findLiveByTokenHash(deps.db, tokenHash);
    if (pbx) cache.set(tokenHash, { pbx, until: now() + TOKEN_CACHE_MS });
    else cache.delete(tokenHash);
    return pbx;
  }

  return {
    /** The PBX behind a webhook token, checking the body's signature when it has a signing secret. */
    async authenticate(token: string, rawBody: Buffer, signature: string | undefined): Promise<PbxRow> {
      const pbx = token.length <= 200 ? await findLive(hashToken(token)) : null;
      if (!pbx) throw new AppError('cti_token_invalid', 'unknown or revoked CTI token');
      if (pbx.signingSecret) {
        const expected = Buffer.from(`sha256=${createHmac('sha256', pbx.signingSecret).update(rawBody).digest('hex')}`);
        const given = Buffer.from(signature ?? '');
        if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
          throw new AppError('cti_signature_invalid', 'missing or wrong signature header');
        }
      }
      return pbx;
    },

    /** A new PBX; its token is returned once and never stored in clear. */
    async create(name: string, signingSecret: string | null): Promise<{ pbx: PbxSummary; token: string }> {
      if (await pbxRepository.findByName(deps.db, name))
        throw new AppError('pbx_name_taken', `a PBX named ${name} exists already`);
      const token = randomBytes(24).toString('base64url');
      const row = await pbxRepository.insert(deps.db, { name, tokenHash: hashToken(token), signingSecret });
      return { pbx: summary(row), token };
    },

    /** Registers a token given by configuration (CTI_TOKEN), under a fixed name. */
    async register(name: string, token: string, signingSecret: string | null): Promise<PbxSummary> {
      cache.clear();
      return summary(await pbxRepository.upsertByName(deps.db, { name, tokenHash: hashToken(token), signingSecret }));
    },

    /**
     * A PBX that connects by another protocol (AMI): it needs an id, not a usable token, and is
     * marked as one Omnidesk can drive (transfers send it commands).
     */
    async ensureNamed(name: string, control: 'ami' | null = null): Promise<string> {
      const existing = await pbxRepository.findByName(deps.db, name);
      if (existing) {
        if (existing.control !== control) await pbxRepository.setControl(deps.db, existing.id, control);
        return existing.id;
      }
      return (
        await pbxRepository.insert(deps.db, {
          name,
          tokenHash: hashToken(randomBytes(24).toString('hex')),
          signingSecret: null,
          control,
        })
      ).id;
    },

    async list(): Promise<PbxSummary[]> {
      return (await pbxRepository.list(deps.db)).map(summary);
    },

    async revoke(id: string): Promise<void> {
      if (!(await pbxRepository.revoke(deps.db, id)))
        throw new AppError('pbx_not_found', 'PBX not found or already revoked');
      for (const [hash, entry] of cache) if (entry.pbx.id === id) cache.delete(hash);
    },
  };
}

export type PbxService = ReturnType<typeof createPbxService>;
