import { normalisePhone, type PhoneRegion } from '@shared/utils/phone';
import type { DbOrTx } from '../../db/store';
import { agentsRepository, type AgentRow } from '../../db/repositories/agents.repository';
import type { PhoneSettings } from '../customer-search.service';

/**
 * The agents a PBX means by `user` / `answeringNumber` / `transferTo`: an extension ("1001"), a
 * direct line in any format, or an email. Unknown names are ignored (the call still counts).
 */
export async function resolveAgents(db: DbOrTx, identifiers: Array<string | null | undefined>, phone: PhoneSettings): Promise<AgentRow[]> {
  const texts = [...new Set(identifiers.map((i) => i?.trim()).filter((i): i is string => Boolean(i)))];
  if (texts.length === 0) return [];
  const e164s = texts.flatMap((t) => {
    const parsed = normalisePhone(t, { defaultRegion: phone.defaultRegion as PhoneRegion, fallbackRegions: phone.fallbackRegions as PhoneRegion[] });
    return parsed.kind === 'e164' ? [parsed.e164] : [];
  });
  const found = await agentsRepository.findByPbxIdentifiers(db, { texts, e164s });
  // Keep the PBX's order: the first user named is the first to ring / the one who answered.
  const rank = (a: AgentRow) => {
    const i = texts.findIndex((t) => t === a.extension || t.toLowerCase() === a.email || (a.phone !== null && e164s.includes(a.phone)));
    return i === -1 ? texts.length : i;
  };
  return found.sort((a, b) => rank(a) - rank(b));
}
