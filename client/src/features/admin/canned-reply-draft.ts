import type { CannedReplyAdminView, CreateCannedReplyRequest } from '@shared/schemas/admin-canned-replies';
import type { Locale } from '@shared/schemas/common';

export const CANNED_REPLY_FIELDS = ['title', 'body', 'locale', 'tags', 'position'] as const;
export type CannedReplyField = (typeof CANNED_REPLY_FIELDS)[number];

/** The form as typed; `id` is set while editing an existing reply. */
export interface CannedReplyDraft {
  id: string | null;
  title: string;
  body: string;
  /** null until chosen: the admin's own language. */
  locale: Locale | null;
  /** Comma-separated. */
  tags: string;
  /** Empty for the server's default. */
  position: string;
}

export const emptyCannedReplyDraft = (): CannedReplyDraft => ({
  id: null,
  title: '',
  body: '',
  locale: null,
  tags: '',
  position: '',
});

export const draftOfCannedReply = (reply: CannedReplyAdminView): CannedReplyDraft => ({
  id: reply.id,
  title: reply.title,
  body: reply.body,
  locale: reply.locale,
  tags: reply.tags.join(', '),
  position: String(reply.position),
});

export function requestOfDraft(draft: Omit<CannedReplyDraft, 'id'>, adminLocale: Locale): CreateCannedReplyRequest {
  const position = draft.position.trim();
  return {
    title: draft.title.trim(),
    body: draft.body.trim(),
    locale: draft.locale ?? adminLocale,
    tags: draft.tags
      .split(',')
      .map((tag) => tag.trim())
      .filter((tag) => tag !== ''),
    // Not a whole number: NaN, which the shared schema refuses on the position field.
    ...(position ? { position: /^\d+$/.test(position) ? Number(position) : Number.NaN } : {}),
  };
}

/** A short, single-line look at the text for the table. */
export function previewOf(body: string, max = 80): string {
  const line = body.replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}
