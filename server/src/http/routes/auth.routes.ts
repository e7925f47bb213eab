import { Router } from 'express';
import { loginRequestSchema } from '@shared/schemas/agent';
import type { AuthService } from '../../services/auth.service';
import { parseInput } from '../../validation';
import { clearedSessionCookie, readSessionCookie, sessionCookie } from '../../web/session-cookie';

export function authRoutes(deps: { auth: AuthService; cookieSecure: boolean }): Router {
  const router = Router();

  router.post('/auth/login', async (req, res) => {
    const input = parseInput(loginRequestSchema, req.body, 'body');
    const { agent, cookieValue, expiresAt } = await deps.auth.login(input, {
      userAgent: req.headers['user-agent'] ?? null,
      address: req.ip ?? null,
    });
    res.setHeader('Set-Cookie', sessionCookie(cookieValue, expiresAt, deps.cookieSecure));
    res.json({ agent });
  });

  // Signing out twice, or with no session, is not an error: the result is the same.
  router.post('/auth/logout', async (req, res) => {
    await deps.auth.logout(readSessionCookie(req.headers.cookie));
    res.setHeader('Set-Cookie', clearedSessionCookie(deps.cookieSecure));
    res.status(204).end();
  });

  return router;
}
