import type { NextFunction, Request, Response } from 'express';
import type { Role } from '@shared/schemas/agent';
import { AppError } from '../../errors';
import type { AuthService, SessionIdentity } from '../../services/auth.service';
import { readSessionCookie } from '../../web/session-cookie';

declare module 'express-serve-static-core' {
  interface Request {
    /** Set by `loadSession` when the request carries a live session. */
    session?: SessionIdentity;
  }
}

export function loadSession(auth: AuthService) {
  return async (req: Request, _res: Response, next: NextFunction) => {
    const identity = await auth.authenticate(readSessionCookie(req.headers.cookie));
    if (identity) req.session = identity;
    next();
  };
}

/** Every API route names the roles that may call it; no session gives 401, another role 403. */
export function requireRole(...roles: Role[]) {
  return (req: Request, _res: Response, next: NextFunction) => {
    if (!req.session) return next(new AppError('sign_in_required', 'sign in first'));
    if (!roles.includes(req.session.agent.role)) {
      return next(new AppError('role_required', `this needs one of the roles: ${roles.join(', ')}`));
    }
    next();
  };
}

export const ALL_ROLES: Role[] = ['agent', 'specialist', 'supervisor', 'admin'];
export const DESK_ROLES: Role[] = ['agent', 'specialist', 'supervisor'];

/** The session of a request that passed `requireRole`. */
export function sessionOf(req: Request): SessionIdentity {
  if (!req.session) throw new AppError('sign_in_required', 'sign in first');
  return req.session;
}
