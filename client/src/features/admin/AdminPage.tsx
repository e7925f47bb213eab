import { useT } from '../../app/i18n/i18n-context';
import { BlockedNumbersSection } from './BlockedNumbersSection';
import { DispositionsSection } from './DispositionsSection';
import { PbxSection } from './PbxSection';

/** Telephony settings for admins: which PBXs may send calls, who is blocked, how calls end. */
export function AdminPage() {
  const t = useT();
  return (
    <main className="admin" aria-label={t('admin.title')}>
      <PbxSection />
      <BlockedNumbersSection />
      <DispositionsSection />
    </main>
  );
}
