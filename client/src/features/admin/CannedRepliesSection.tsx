import { useState } from 'react';
import { ApiRequestError } from '../../api/http';
import { errorMessageKey } from '../../app/i18n/error-messages';
import { useT } from '../../app/i18n/i18n-context';
import { Badge } from '../../ui/Badge';
import { Banner } from '../../ui/Banner';
import { ConfirmAction } from '../../ui/ConfirmAction';
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
  const [draft, setDraft] = useState<CannedReplyDraft>(emptyCannedReplyDraft);
  const actionError = retire.error ?? restore.error;
  // Putting a reply back is refused when one in use took its title meanwhile: say so, not "changed at the same time".
  const restoreClash = restore.error instanceof ApiRequestError && restore.error.reason === 'canned_reply_title_taken';

  return (
    <AdminSection title={t('admin.canned.heading')} query={replies} emptyText={t('admin.canned.none')} renderItems={(items) => (
        <table className="data-table">
          <caption className="visually-hidden">{t('admin.canned.table')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.canned.col.title')}</th>
              <th scope="col">{t('admin.canned.col.language')}</th>
              <th scope="col">{t('admin.canned.col.tags')}</th>
              <th scope="col">{t('admin.canned.col.body')}</th>
              <th scope="col">{t('admin.canned.col.status')}</th>
              <th scope="col">{t('admin.canned.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((reply) => (
              <tr key={reply.id}>
                <th scope="row" lang={reply.locale}>
                  {reply.title}
                </th>
                <td>{t(`admin.canned.language.${reply.locale}`)}</td>
                <td>{reply.tags.length > 0 ? reply.tags.join(', ') : <span className="muted">{t('admin.canned.noTags')}</span>}</td>
                {/* Text only, never markup: the reply is shown as typed. */}
                <td lang={reply.locale} title={reply.body}>
                  {previewOf(reply.body)}
                </td>
                <td>{reply.active ? <Badge tone="success">{t('admin.canned.active')}</Badge> : <Badge>{t('admin.canned.retired')}</Badge>}</td>
                <td className="data-table__actions">
                  <button
                    className="button button--ghost"
                    type="button"
                    aria-label={t('admin.canned.editNamed', { title: reply.title })}
                    onClick={() => setDraft(draftOfCannedReply(reply))}
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
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}>
      {actionError ? <Banner tone="danger" role="alert" title={restoreClash ? t('admin.canned.restoreTaken') : t(errorMessageKey(actionError))} /> : null}
      <CannedReplyForm draft={draft} onDraftChange={setDraft} />
    </AdminSection>
  );
}
