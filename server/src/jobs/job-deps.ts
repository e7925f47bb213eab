import type { Services } from '../services/services';

/** What a job may use: the domain services and the few settings that tune them. */
export interface JobDeps {
  services: Services;
  wrapUpSeconds: number;
}
