import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Agent, LoginRequest } from '@shared/schemas/agent';
import { AppError } from '../errors';
import type { Db } from '../db/store';
import { agentsRepository, toAgent } from '../db/repositories/agents.repository';
import { sessionsRepository } from '../db/repositories/sessions.repository';
import type { EventBus } from '../events/bus';
import { UNUSABLE_HASH, verifyPassword } from './password';
import { createLoginThrottle, type LoginThrottle } from './login-throttle';

export interface AuthDeps {
  db: Db;
  bus: EventBus;
  secret: string;
  ttlMs: number;
  now?: () => Date;
  throttle?: LoginThrottle;
}

export interface SessionIdentity {
  agent: Agent;
  /** Stable id of the session (the token's hash), used to find its sockets. */
  sessionId: string;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

/**
 * Sessions: a random token in an httpOnly cookie, signed with the server secret; the database
 * keeps only the token's hash. Sessions slide: each use pushes the expiry back (at most once a minute).
 */
export function createAuthService(deps: AuthDeps) {
  const now = deps.now ?? (() => new Date());
  const throttle = deps.throttle ?? createLoginThrottle();
  const sign = (token: string) => createHmac('sha256', deps.secret).update(token).digest('base64url');

  function cookieValueOf(token: string): string {
    return `${token}.${sign(token)}`;
  }

  function tokenFromCookie(value: string): string | null {
    const dot = value.lastIndexOf('.');
    if (dot <= 0) return null;
    const token = value.slice(0, dot);
    const given = Buffer.from(value.slice(dot + 1));
    const expected = Buffer.from(sign(token));
    return given.length === expected.length && timingSafeEqual(given, expected) ? token : null;
  }

  return {
    async login(
      input: LoginRequest,
      client: { userAgent: string | null; address: string | null },
    ): Promise<{ agent: Agent; cookieValue: string; expiresAt: Date }> {
      const wait = throttle.retryAfterSeconds(input.email, client.address);
      if (wait > 0) {
        throw new AppError(
          'sign_in_throttled',
          `too many failed sign-ins: try again in ${Math.ceil(wait / 60)} min`,
          undefined,
          wait,
        );
      }
      const row = await agentsRepository.findByEmail(deps.db, input.email);
      // Spend the same time whether or not the email exists: no account enumeration by timing.
      const ok = await verifyPassword(input.password, row?.passwordHash ?? UNUSABLE_HASH);
      if (!row || !ok || !row.active) {
        throttle.failed(input.email, client.address);
        throw new AppError('invalid_credentials', 'wrong email or password');
      }
      throttle.succeeded(input.email);
      const userAgent = client.userAgent;
      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(now().getTime() + deps.ttlMs);
      await sessionsRepository.create(deps.db, {
        tokenHash: hashToken(token),
        agentId: row.id,
        expiresAt,
        userAgent: userAgent?.slice(0, 300) ?? null,
      });
      return { agent: toAgent(row), cookieValue: cookieValueOf(token), expiresAt };
    },

    /** The signed-in agent for a cookie value, or null (unsigned, unknown or expired session). */
    async authenticate(cookieValue: string | undefined): Promise<SessionIdentity | null> {
      if (!cookieValue) return null;
      const token = tokenFromCookie(cookieValue);
      if (!token) return null;
      const sessionId = hashToken(token);
      const live = await sessionsRepository.findLive(deps.db, sessionId);
      if (!live) return null;
      if (now().getTime() - live.lastSeenAt.getTime() > 60_000) {
        await sessionsRepository.extend(deps.db, sessionId, new Date(now().getTime() + deps.ttlMs));
      }
      return { agent: toAgent(live.agent), sessionId };
    },

    async logout(cookieValue: string | undefined): Promise<void> {
      const token = cookieValue ? tokenFromCookie(cookieValue) : null;
      if (!token) return;
      const sessionId = hashToken(token);
      const ended = await sessionsRepository.delete(deps.db, sessionId);
      if (ended) deps.bus.emit('session.ended', { sessionId, agentId: ended.agentId });
    },

    purgeExpired: () => sessionsRepository.deleteExpired(deps.db),
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
