import { useState } from 'react';
import { ApiRequestError } from '../../api/http';
import { errorMessageKey } from '../../app/i18n/error-messages';
import { useT } from '../../app/i18n/i18n-context';
import { Badge } from '../../ui/Badge';
import { Banner } from '../../ui/Banner';
import { ConfirmAction } from '../../ui/ConfirmAction';
import { DataTable } from '../../ui/DataTable';
import { AdminSection } from './AdminSection';
import { CannedReplyForm } from './CannedReplyForm';
import { draftOfCannedReply, emptyCannedReplyDraft, previewOf, type CannedReplyDraft } from './canned-reply-draft';
import { useAdminCannedReplies } from './useAdminCannedReplies';
import { useRestoreCannedReply } from './useRestoreCannedReply';
import { useRetireCannedReply } from './useRetireCannedReply';

/** The ready-made chat answers agents insert, per language. Retired ones stay listed: no delete. */
export function CannedRepliesSection() {
  const t = useT();
  const replies = useAdminCannedReplies();
  const retire = useRetireCannedReply();
  const restore = useRestoreCannedReply();
  // Each Edit starts the form afresh from that reply (a new revision re-keys it); emptying it after a save keeps the form and its note.
  const [editing, setEditing] = useState<{ draft: CannedReplyDraft; revision: number }>(() => ({
    draft: emptyCannedReplyDraft(),
    revision: 0,
  }));
  const actionError = retire.error ?? restore.error;
  // Putting a reply back is refused when one in use took its title meanwhile: say so, not "changed at the same time".
  const restoreClash = restore.error instanceof ApiRequestError && restore.error.reason === 'canned_reply_title_taken';

  return (
    <AdminSection
      title={t('admin.canned.heading')}
      query={replies}
      emptyText={t('admin.canned.none')}
      renderItems={(items) => (
        <DataTable
          caption={t('admin.canned.table')}
          rows={items}
          rowKey={(reply) => reply.id}
          columns={[
            {
              key: 'title',
              header: t('admin.canned.col.title'),
              rowHeader: true,
              cellProps: (reply) => ({ lang: reply.locale }),
              cell: (reply) => reply.title,
            },
            {
              key: 'language',
              header: t('admin.canned.col.language'),
              cell: (reply) => t(`admin.canned.language.${reply.locale}`),
            },
            {
              key: 'tags',
              header: t('admin.canned.col.tags'),
              cell: (reply) =>
                reply.tags.length > 0 ? (
                  reply.tags.join(', ')
                ) : (
                  <span className="muted">{t('admin.canned.noTags')}</span>
                ),
            },
            // Text only, never markup: the reply is shown as typed.
            {
              key: 'body',
              header: t('admin.canned.col.body'),
              cellProps: (reply) => ({ lang: reply.locale, title: reply.body }),
              cell: (reply) => previewOf(reply.body),
            },
            {
              key: 'status',
              header: t('admin.canned.col.status'),
              cell: (reply) =>
                reply.active ? (
                  <Badge tone="success">{t('admin.canned.active')}</Badge>
                ) : (
                  <Badge>{t('admin.canned.retired')}</Badge>
                ),
            },
          ]}
          actions={{
            header: t('admin.canned.col.actions'),
            cell: (reply) => (
              <>
                <button
                  className="button button--ghost"
                  type="button"
                  aria-label={t('admin.canned.editNamed', { title: reply.title })}
                  onClick={() =>
                    setEditing((current) => ({ draft: draftOfCannedReply(reply), revision: current.revision + 1 }))
                  }
                >
                  {t('admin.canned.edit')}
                </button>
                {reply.active ? (
                  <ConfirmAction
                    label={t('admin.canned.retire')}
                    accessibleLabel={t('admin.canned.retireNamed', { title: reply.title })}
                    question={t('admin.canned.retireQuestion', { title: reply.title })}
                    confirmLabel={t('admin.canned.retireConfirm')}
                    cancelLabel={t('admin.cancel')}
                    busy={retire.isPending && retire.variables === reply.id}
                    onConfirm={() => retire.mutate(reply.id)}
                  />
                ) : (
                  <button
                    className="button button--ghost"
                    type="button"
                    aria-label={t('admin.canned.restoreNamed', { title: reply.title })}
                    aria-busy={restore.isPending && restore.variables === reply.id}
                    onClick={() => restore.mutate(reply.id)}
                  >
                    {t('admin.canned.restore')}
                  </button>
                )}
              </>
            ),
          }}
        />
      )}
    >
      {actionError ? (
        <Banner
          tone="danger"
          role="alert"
          title={restoreClash ? t('admin.canned.restoreTaken') : t(errorMessageKey(actionError))}
        />
      ) : null}
      <CannedReplyForm
        key={editing.revision}
        initial={editing.draft}
        onReset={() => setEditing((current) => ({ draft: emptyCannedReplyDraft(), revision: current.revision }))}
      />
    </AdminSection>
  );
}
