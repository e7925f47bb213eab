/** A message the visitor wrote that the server has not acknowledged yet. */
export interface OutboxEntry {
  clientMessageId: string;
  body: string;
  createdAt: string;
  /** The server's reason when it refused it (too long, too fast, chat ended): shown with "Send again". */
  refusedWith: string | null;
}

const STORAGE_KEY = 'omnidesk.chat.outbox';

/** Kept across reloads too: a message typed offline is still sent, once, with its clientMessageId. */
export function readOutbox(): OutboxEntry[] {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(parsed)
      ? (parsed as OutboxEntry[]).filter(
          (entry) => typeof entry?.clientMessageId === 'string' && typeof entry.body === 'string',
        )
      : [];
  } catch {
    return [];
  }
}

export function writeOutbox(entries: readonly OutboxEntry[]): void {
  try {
    if (entries.length === 0) window.localStorage.removeItem(STORAGE_KEY);
    else window.localStorage.setItem(STORAGE_KEY, JSON.stringify(entries));
  } catch {
    // Kept in memory only.
  }
}
