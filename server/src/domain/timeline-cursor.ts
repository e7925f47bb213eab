/**
 * The opaque cursor of a timeline page: the (occurredAt, id) of the last event shown, as base64url.
 * Pure: no database here.
 */
export interface TimelineCursor {
  occurredAt: Date;
  id: number;
}

export function encodeTimelineCursor(cursor: TimelineCursor): string {
  return Buffer.from(`${cursor.occurredAt.toISOString()}|${cursor.id}`, 'utf8').toString('base64url');
}

/** Null when the text is not a cursor this server made. */
export function decodeTimelineCursor(text: string): TimelineCursor | null {
  let decoded: string;
  try {
    decoded = Buffer.from(text, 'base64url').toString('utf8');
  } catch {
    return null;
  }
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z)\|(\d{1,15})$/.exec(decoded);
  if (!match) return null;
  const occurredAt = new Date(match[1]!);
  const id = Number(match[2]);
  if (Number.isNaN(occurredAt.getTime()) || !Number.isSafeInteger(id)) return null;
  return { occurredAt, id };
}
