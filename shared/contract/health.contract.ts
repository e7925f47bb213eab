import { healthResponseSchema } from '../schemas/health';
import { route } from './route';

export const healthRoutes = {
  /** 503 with the same body when the store does not answer. */
  get: route({ method: 'GET', path: '/api/health', status: 200, otherStatuses: [503], response: healthResponseSchema }),
};
