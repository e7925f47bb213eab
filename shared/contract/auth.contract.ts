import {
  agentListResponseSchema,
  loginRequestSchema,
  meResponseSchema,
  setPresenceRequestSchema,
  updateMeRequestSchema,
} from '../schemas/agent';
import { route } from './route';

export const authRoutes = {
  /** Sets the session cookie. */
  login: route({
    method: 'POST',
    path: '/api/auth/login',
    body: loginRequestSchema,
    status: 200,
    response: meResponseSchema,
  }),
  /** Clears the session cookie; signing out twice is no error. */
  logout: route({ method: 'POST', path: '/api/auth/logout', status: 204, response: null }),
};

export const meRoutes = {
  get: route({ method: 'GET', path: '/api/me', status: 200, response: meResponseSchema }),
  update: route({
    method: 'PATCH',
    path: '/api/me',
    body: updateMeRequestSchema,
    status: 200,
    response: meResponseSchema,
  }),
  setPresence: route({
    method: 'PUT',
    path: '/api/me/presence',
    body: setPresenceRequestSchema,
    status: 200,
    response: meResponseSchema,
  }),
};

export const agentsRoutes = {
  /** The roster with presence (supervisors, admins). */
  list: route({ method: 'GET', path: '/api/agents', status: 200, response: agentListResponseSchema }),
};
