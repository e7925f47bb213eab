/**
 * Which sites may embed the chat widget (CHAT_ALLOWED_ORIGINS): '*' for any, or a list of origins.
 * Only the visitor's API and socket namespace are opened to them; never with credentials.
 */
export function isAllowedWidgetOrigin(allowed: string[], origin: string | undefined): boolean {
  if (allowed.includes('*')) return true;
  return origin !== undefined && allowed.includes(origin);
}

/** The value socket.io's CORS option takes. */
export function widgetCorsOrigin(allowed: string[]): string | string[] {
  return allowed.includes('*') ? '*' : allowed;
}

/** A browser sends Origin on cross-site requests; a desk must come from this server's own pages. */
export function isSameOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (!origin) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** CSP frame-ancestors for the widget page: who may put /chat in an iframe. */
export function frameAncestors(allowed: string[]): string {
  return allowed.includes('*') ? '*' : allowed.join(' ');
}
