import type { TimelineChannel } from '@shared/schemas/timeline';

/** Decorative only (aria-hidden): the translated channel label carries the meaning. */
export const CHANNEL_GLYPHS: Record<TimelineChannel, string> = {
  voice: '☎',
  email: '✉',
  chat: '❝',
  callback: '↺',
  note: '¶',
  system: '⚙',
};
