import { createHash, createHmac, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: the visitor's only key to their conversation. */
export function newVisitorToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only this is stored: a leaked table lets nobody into a conversation. */
export function hashVisitorToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A keyed hash of the client's address: enough to count requests per IP, useless to recover it. */
export function hashClientAddress(address: string, secret: string): string {
  return createHmac('sha256', secret).update(address).digest('hex');
}
