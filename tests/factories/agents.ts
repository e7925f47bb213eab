import { randomUUID } from 'node:crypto';
import type { Role } from '@shared/schemas/agent';
import { agents } from '../../server/src/db/schema';
import type { Db } from '../../server/src/db/store';
import { hashPassword } from '../../server/src/services/password';

export const TEST_PASSWORD = 'correct horse battery staple';
let cachedHash: Promise<string> | null = null;

export interface BuiltAgent {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  password: string;
}

/** An agent who can sign in with TEST_PASSWORD. */
export async function buildAgent(
  db: Db,
  overrides: Partial<{ role: Role; displayName: string; email: string; skills: string[]; extension: string }> = {},
): Promise<BuiltAgent> {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const suffix = randomUUID().slice(0, 8);
  const role = overrides.role ?? 'agent';
  const [row] = await db
    .insert(agents)
    .values({
      email: overrides.email ?? `${role}-${suffix}@test.local`,
      displayName: overrides.displayName ?? `Agent ${suffix}`,
      passwordHash: await cachedHash,
      role,
      skills: overrides.skills ?? ['general'],
      capacity: { voice: 1, chat: 3, email: 5 },
      extension: overrides.extension ?? null,
    })
    .returning();
  return { id: row!.id, email: row!.email, displayName: row!.displayName, role, password: TEST_PASSWORD };
}
