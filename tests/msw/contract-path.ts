import type { RouteSpec } from '@shared/contract';

/** An MSW path for a contract route (MSW reads `:id` like express), on any origin. */
export function mswPath(route: RouteSpec): string {
  return `*${route.path}`;
}
