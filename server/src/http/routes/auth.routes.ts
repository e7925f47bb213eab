import { Router } from 'express';
import { api } from '@shared/contract';
import type { AuthService } from '../../services/auth.service';
import { mountRoute } from '../contract-route';
import { clearedSessionCookie, readSessionCookie, sessionCookie } from '../../web/session-cookie';

export function authRoutes(deps: { auth: AuthService; cookieSecure: boolean }): Router {
  const router = Router();

  mountRoute(router, api.auth.login, [], async ({ body, req, res }) => {
    const { agent, cookieValue, expiresAt } = await deps.auth.login(body, {
      userAgent: req.headers['user-agent'] ?? null,
      address: req.ip ?? null,
    });
    res.setHeader('Set-Cookie', sessionCookie(cookieValue, expiresAt, deps.cookieSecure));
    return { agent };
  });

  // Signing out twice, or with no session, is not an error: the result is the same.
  mountRoute(router, api.auth.logout, [], async ({ req, res }) => {
    await deps.auth.logout(readSessionCookie(req.headers.cookie));
    res.setHeader('Set-Cookie', clearedSessionCookie(deps.cookieSecure));
  });

  return router;
}
