import { useEffect, useId, useRef, useState } from 'react';
import { api } from '@shared/contract';
import type { CreatePbxResponse } from '@shared/schemas/admin-telephony';
import { routeUrl } from '../../api/call-api';
import { useT } from '../../app/i18n/i18n-context';
import { Banner } from '../../ui/Banner';
import { Field } from '../../ui/Field';

type CopyState = 'idle' | 'copied' | 'failed';

function webhookUrlOf(token: string): string {
  return `${window.location.origin}${routeUrl(api.cti.webhook, { token })}`;
}

/** The only time the token is visible: as the webhook address to configure on the PBX. */
export function PbxTokenReveal({ created, onDismiss }: { created: CreatePbxResponse; onDismiss(): void }) {
  const t = useT();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [copy, setCopy] = useState<CopyState>('idle');
  const url = webhookUrlOf(created.token);
  // Insecure pages and old browsers have no clipboard API: the field stays selectable by hand.
  const canCopy = typeof navigator !== 'undefined' && typeof navigator.clipboard?.writeText === 'function';

  useEffect(() => headingRef.current?.focus(), []);

  async function copyUrl() {
    try {
      await navigator.clipboard.writeText(url);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  }

  return (
    <section className="token-reveal" aria-labelledby={headingId}>
      <h3 className="token-reveal__title" id={headingId} ref={headingRef} tabIndex={-1}>
        {t('admin.pbx.token.heading', { name: created.pbx.name })}
      </h3>
      <Banner tone="warning" title={t('admin.pbx.token.warning')} />
      <Field label={t('admin.pbx.token.url')}>
        {(control) => (
          <input
            {...control}
            className="input token-reveal__url"
            type="text"
            readOnly
            value={url}
            onFocus={(event) => event.currentTarget.select()}
          />
        )}
      </Field>
      <div className="token-reveal__actions">
        {canCopy ? (
          <button className="button" type="button" onClick={() => void copyUrl()}>
            {t('admin.pbx.token.copy')}
          </button>
        ) : null}
        <button className="button button--primary" type="button" onClick={onDismiss}>
          {t('admin.pbx.token.dismiss')}
        </button>
        <span role="status" className={copy === 'failed' ? 'token-reveal__copy-failed' : 'muted'}>
          {copy === 'copied' ? t('admin.pbx.token.copied') : copy === 'failed' ? t('admin.pbx.token.copyFailed') : null}
        </span>
      </div>
    </section>
  );
}
