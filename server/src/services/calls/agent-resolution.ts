import { normalisePhone, type PhoneRegion } from '@shared/utils/phone';
import type { DbOrTx } from '../../db/store';
import { agentsRepository } from '../../db/repositories/agents.repository';
import type { AgentRef } from '../../db/repositories/call-context.repository';
import type { PhoneSettings } from '../customer-search.service';

export interface AgentIdentifiers {
  texts: string[];
  e164s: string[];
}

/** What a PBX may call an agent: an extension ("1001"), a direct line in any format, an email or their name. Pure. */
export function agentIdentifiers(
  identifiers: Array<string | null | undefined>,
  phone: PhoneSettings,
): AgentIdentifiers {
  const texts = [...new Set(identifiers.map((i) => i?.trim()).filter((i): i is string => Boolean(i)))];
  const e164s = texts.flatMap((t) => {
    // Extensions are short: only longer digit strings can be someone's direct line.
    if (t.replace(/\D/g, '').length < 6) return [];
    const parsed = normalisePhone(t, {
      defaultRegion: phone.defaultRegion as PhoneRegion,
      fallbackRegions: phone.fallbackRegions as PhoneRegion[],
    });
    return parsed.kind === 'e164' ? [parsed.e164] : [];
  });
  return { texts, e164s };
}

/** In the PBX's order: the first user named is the first to ring / the one who answered. Pure. */
export function rankAgents<A extends AgentRef>(found: A[], ids: AgentIdentifiers): A[] {
  const rank = (a: A) => {
    const i = ids.texts.findIndex(
      (t) =>
        t === a.extension ||
        t.toLowerCase() === a.email ||
        t.toLowerCase() === a.displayName.toLowerCase() ||
        (a.phone !== null && ids.e164s.includes(a.phone)),
    );
    return i === -1 ? ids.texts.length : i;
  };
  return [...found].sort((a, b) => rank(a) - rank(b));
}

/** The agents a PBX means by `user` / `answeringNumber` / `transferTo`; unknown names are ignored. */
export async function resolveAgents(
  db: DbOrTx,
  identifiers: Array<string | null | undefined>,
  phone: PhoneSettings,
): Promise<AgentRef[]> {
  const ids = agentIdentifiers(identifiers, phone);
  if (ids.texts.length === 0) return [];
  return rankAgents(await agentsRepository.findByPbxIdentifiers(db, ids), ids);
}
