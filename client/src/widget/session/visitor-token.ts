const STORAGE_KEY = 'omnidesk.chat.visitorToken';

/**
 * The visitor's token, kept in this origin's localStorage so a reload (or a lost network) rejoins the
 * same conversation. Storage may be unavailable (private mode, blocked third-party storage): the
 * chat still works until the page is closed.
 */
export function readVisitorToken(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function storeVisitorToken(token: string): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, token);
  } catch {
    // Kept in memory only.
  }
}

export function forgetVisitorToken(): void {
  try {
    window.localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing stored.
  }
}
