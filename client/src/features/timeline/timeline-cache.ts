import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import type { TimelineEvent, TimelinePage } from '@shared/schemas/timeline';
import { queryKeys } from '../../api/query-keys';
import { newestFirst } from './timeline-order';

type TimelineCache = InfiniteData<TimelinePage>;

/**
 * Puts one event in the page where it belongs, once. An event older than everything loaded, with
 * older pages still to fetch, is left for those pages to bring (cursors never shift).
 */
function withTimelineEvent(cache: TimelineCache, event: TimelineEvent): TimelineCache {
  if (cache.pages.some((page) => page.items.some((item) => item.id === event.id))) return cache;

  const lastIndex = cache.pages.length - 1;
  const target = cache.pages.findIndex((page, index) => {
    const oldest = page.items[page.items.length - 1];
    const fitsBeforeOldest = oldest !== undefined && newestFirst(event, oldest) < 0;
    return fitsBeforeOldest || (index === lastIndex && page.nextCursor === null);
  });
  if (target === -1) return cache;

  const pages = cache.pages.map((page, index) =>
    index === target ? { ...page, items: [...page.items, event].sort(newestFirst) } : page,
  );
  return { ...cache, pages };
}

/** Only patches a timeline already on screen; an unloaded one will be read fresh anyway. */
export function insertTimelineEvent(queryClient: QueryClient, event: TimelineEvent): void {
  queryClient.setQueryData(queryKeys.timeline(event.customerId), (cache) =>
    cache ? withTimelineEvent(cache, event) : cache,
  );
}

/** All loaded events, newest first, each once even if two pages overlapped. */
export function flattenTimeline(cache: { pages: TimelinePage[] } | undefined): TimelineEvent[] {
  const seen = new Set<string>();
  const events: TimelineEvent[] = [];
  for (const page of cache?.pages ?? []) {
    for (const event of page.items) {
      if (seen.has(event.id)) continue;
      seen.add(event.id);
      events.push(event);
    }
  }
  return events;
}
