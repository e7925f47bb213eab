import path from 'node:path';
import type { Browser } from 'playwright-core';
import { queues } from '../../server/src/db/schema';
import { createPbxService } from '../../server/src/services/pbx.service';
import { buildAgent, TEST_PASSWORD, type BuiltAgent } from '../factories/agents';
import { buildCustomer, buildTimelineHistory } from '../factories/customers';
import { browserAvailable, launchBrowser, requireBuiltClient, signInDesk } from '../support/browser';
import { postCti } from '../support/cti';
import { startTestServer, type TestServer } from '../support/test-server';
import { ALWAYS_OPEN } from '../factories/queues';

const describeInBrowser = browserAvailable() ? describe : describe.skip;

describeInBrowser('transfer with context in Chromium', () => {
  let t: TestServer;
  let browser: Browser;
  let token: string;
  let camille: BuiltAgent;
  let nathalie: BuiltAgent;

  beforeAll(async () => {
    requireBuiltClient();
    t = await startTestServer();
    const db = t.server.store.db;
    ({ token } = await createPbxService({ db }).create('E2E PBX', null));
    await db.insert(queues).values({
      name: 'Support technique N2',
      channels: ['voice', 'chat', 'email'],
      requiredSkills: ['technical'],
      businessHours: ALWAYS_OPEN,
    });
    camille = await buildAgent(db, { displayName: 'Camille Laurent', extension: '1001', skills: ['general'] });
    nathalie = await buildAgent(db, {
      displayName: 'Nathalie Dubois',
      role: 'specialist',
      extension: '2001',
      skills: ['technical'],
    });
    const jerome = await buildCustomer(db, { givenName: 'Jérôme', familyName: 'Lefèvre', phones: ['01 42 68 53 00'] });
    await buildTimelineHistory(db, jerome.id, 3);
    browser = await launchBrowser();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await t?.dispose();
  });

  it('L1 transfers a call warm to the L2 queue; L2 sees the summary, card and timeline before accepting; L1 is released', async () => {
    const l1 = await signInDesk(
      browser,
      t.url,
      { email: camille.email, password: TEST_PASSWORD },
      { presence: 'available' },
    );
    const l2 = await signInDesk(
      browser,
      t.url,
      { email: nathalie.email, password: TEST_PASSWORD },
      { presence: 'available' },
    );
    try {
      const callId = `e2e-transfer-${Date.now()}`;
      await postCti(t.url, token, {
        event: 'newCall',
        callId,
        from: '+33142685300',
        to: '0170000000',
        direction: 'in',
        user: ['1001'],
      });
      await postCti(t.url, token, { event: 'answer', callId, user: '1001' });
      const call = l1.getByRole('region', { name: 'Incoming call' });
      await call.getByText('On call').first().waitFor();

      await call.getByRole('button', { name: 'Transfer' }).click();
      const form = l1.getByRole('form', { name: 'Transfer with context' });
      await form.getByRole('radio', { name: 'To a queue' }).check();
      await form.getByRole('combobox', { name: 'Queue' }).selectOption({ label: 'Support technique N2' });
      await form.getByRole('radio', { name: 'Warm (I stay until accepted)' }).check();
      await form.getByRole('textbox', { name: 'Reason' }).fill('Panne technique au-delà du niveau 1');
      await form
        .getByRole('textbox', { name: 'What the customer said' })
        .fill('Box redémarrée deux fois, voyant rouge fixe depuis hier soir.');
      await form.getByRole('textbox', { name: 'What was tried' }).fill('Redémarrage, test de ligne OK.');
      await form.getByRole('combobox', { name: 'Identity' }).selectOption({ label: 'Identity verified' });
      await form.getByRole('button', { name: 'Transfer' }).click();
      await l1.getByText(/Waiting for .* to accept/).waitFor();

      // Before accepting, L2 sees the packet, the customer's card and timeline.
      const offer = l2.getByRole('region', { name: 'Offer' });
      await offer.waitFor();
      await offer.getByText('Box redémarrée deux fois, voyant rouge fixe depuis hier soir.').waitFor();
      await offer.getByText(/Transferred by Camille Laurent/).waitFor();
      await l2.getByRole('heading', { name: 'Jérôme Lefèvre', level: 2 }).waitFor();
      await l2.getByText('history note 3', { exact: true }).waitFor();
      await l2.screenshot({ path: path.resolve(__dirname, '__screenshots__/transfer-offer.png') });

      await offer.getByRole('button', { name: 'Accept' }).click();
      await l1.getByText('Nathalie Dubois took over').waitFor();
      await l1
        .getByRole('combobox', { name: 'Presence' })
        .filter({ has: l1.locator('option:checked', { hasText: 'Available' }) })
        .waitFor();

      // The timeline shows the transfer with both names and the reason.
      const transferred = l2
        .getByRole('list', { name: 'Timeline' })
        .getByRole('article')
        .filter({ hasText: 'Panne technique au-delà du niveau 1' })
        .first();
      await transferred.waitFor();
      const text = await transferred.textContent();
      expect(text).toContain('Camille Laurent');
      expect(text).toContain('Nathalie Dubois');
    } finally {
      await l1.context().close();
      await l2.context().close();
    }
  }, 90_000);
});
