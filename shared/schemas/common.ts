import { z } from 'zod';

export const uuidSchema = z.uuid();

/** Opaque keyset cursor for paginated lists. */
export const cursorSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9_-]+$/, 'not a valid cursor');

export const channelSchema = z.enum(['voice', 'email', 'chat', 'callback']);
export type Channel = z.infer<typeof channelSchema>;
export const CHANNELS = channelSchema.options;

export const localeSchema = z.enum(['fr', 'en']);
export type Locale = z.infer<typeof localeSchema>;

export const idParamsSchema = z.strictObject({ id: uuidSchema });
