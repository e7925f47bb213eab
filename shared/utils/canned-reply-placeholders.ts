/**
 * The placeholders of a canned reply, filled in by the agent's desk when the reply is inserted.
 * Admins may use these and only these: anything else in curly braces would reach the visitor as is.
 */
export const CANNED_REPLY_PLACEHOLDERS = ['agentName', 'visitorName'] as const;
export type CannedReplyPlaceholder = (typeof CANNED_REPLY_PLACEHOLDERS)[number];

const KNOWN = /\{(agentName|visitorName)\}/g;

/** `{agentName}` and `{visitorName}` replaced by the names; nothing else changes. */
export function fillCannedReply(body: string, names: Record<CannedReplyPlaceholder, string>): string {
  return body.replace(KNOWN, (_placeholder, name: CannedReplyPlaceholder) => names[name]);
}

/**
 * What in a reply's text looks like a placeholder but is none of the known ones, e.g. `{nom}`,
 * `{visitor}` or a lone `{`: empty when the text is fine.
 */
export function unknownPlaceholders(body: string): string[] {
  const rest = body.replace(KNOWN, '');
  const braced = rest.match(/\{[^{}]*\}/g) ?? [];
  const stray = rest.replace(/\{[^{}]*\}/g, '').match(/[{}]/g) ?? [];
  return [...new Set([...braced, ...stray])];
}
