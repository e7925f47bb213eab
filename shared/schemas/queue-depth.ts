import { z } from 'zod';

/** How many contacts wait in a queue, and since when the oldest has: pushed as it changes. */
export const queueDepthSchema = z.object({
  queueId: z.string(),
  queueName: z.string(),
  waiting: z.number().int().min(0),
  oldestWaitingSince: z.string().nullable(),
});
export type QueueDepth = z.infer<typeof queueDepthSchema>;
export const queueDepthsResponseSchema = z.object({ items: z.array(queueDepthSchema) });
