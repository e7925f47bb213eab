import type {
  CannedReplyAdminView,
  CreateCannedReplyInput,
  UpdateCannedReplyInput,
} from '@shared/schemas/admin-canned-replies';
import type { Locale } from '@shared/schemas/common';
import { AppError, notFound } from '../errors';
import type { Db } from '../db/store';
import { cannedRepliesRepository, type CannedReplyRow } from '../db/repositories/canned-replies.repository';
import { isUniqueViolation } from '../db/sql-results';

const toView = (row: CannedReplyRow): CannedReplyAdminView => ({
  id: row.id,
  title: row.title,
  body: row.body,
  locale: row.locale as Locale,
  tags: row.tags,
  position: row.position,
  active: row.active,
  createdAt: row.createdAt.toISOString(),
});

const duplicateTitle = (title: string, locale: string) =>
  new AppError('canned_reply_title_taken', `a canned reply titled ${title} exists already in ${locale}`, [
    { path: 'title', message: 'a reply in use has this title in this language already' },
  ]);

/** What admins configure for the chat: the canned replies agents insert, in French and English. */
export function createCannedRepliesAdminService(deps: { db: Db }) {
  /** The unique index has the last word when two admins save the same title at once. */
  async function guarded(
    title: string,
    locale: string,
    write: () => Promise<CannedReplyRow | null>,
  ): Promise<CannedReplyRow | null> {
    try {
      return await write();
    } catch (error) {
      if (isUniqueViolation(error)) throw duplicateTitle(title, locale);
      throw error;
    }
  }

  return {
    async list(): Promise<CannedReplyAdminView[]> {
      return (await cannedRepliesRepository.listAll(deps.db)).map(toView);
    },

    async create(input: CreateCannedReplyInput): Promise<CannedReplyAdminView> {
      if (await cannedRepliesRepository.findActiveByTitle(deps.db, input.locale, input.title))
        throw duplicateTitle(input.title, input.locale);
      const row = await guarded(input.title, input.locale, () => cannedRepliesRepository.insert(deps.db, input));
      return toView(row!);
    },

    async update(id: string, input: UpdateCannedReplyInput): Promise<CannedReplyAdminView> {
      const current = await cannedRepliesRepository.findById(deps.db, id);
      if (!current) throw notFound('canned_reply_not_found');
      if (Object.keys(input).length === 0) return toView(current);
      const next = {
        title: input.title ?? current.title,
        locale: input.locale ?? current.locale,
        active: input.active ?? current.active,
      };
      if (next.active && (await cannedRepliesRepository.findActiveByTitle(deps.db, next.locale, next.title, id)))
        throw duplicateTitle(next.title, next.locale);
      const row = await guarded(next.title, next.locale, () => cannedRepliesRepository.update(deps.db, id, input));
      if (!row) throw notFound('canned_reply_not_found');
      return toView(row);
    },

    /** Agents no longer see it; chats where it was sent keep their text. */
    async retire(id: string): Promise<void> {
      if (!(await cannedRepliesRepository.retire(deps.db, id))) throw notFound('canned_reply_not_found');
    },
  };
}

export type CannedRepliesAdminService = ReturnType<typeof createCannedRepliesAdminService>;
