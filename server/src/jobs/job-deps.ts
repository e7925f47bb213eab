import type { EventBus } from '../events/bus';
import type { Services } from '../services/services';

/** What a job may use: the domain services and the few settings that tune them. */
export interface JobDeps {
  services: Services;
  /** Domain events, for jobs that wake when something they serve changed. */
  bus: EventBus;
  wrapUpSeconds: number;
}
