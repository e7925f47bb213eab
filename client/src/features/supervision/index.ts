/** The supervision feature as realtime sees it: queue depth pushes into the cache. */
export { applyQueueDepth } from './queue-depth-cache';
