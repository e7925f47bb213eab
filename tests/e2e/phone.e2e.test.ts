import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Browser } from 'playwright-core';
import { contacts } from '../../server/src/db/schema';
import { createPbxService } from '../../server/src/services/pbx.service';
import { buildAgent, TEST_PASSWORD, type BuiltAgent } from '../factories/agents';
import { buildCustomer, buildTimelineHistory } from '../factories/customers';
import { browserAvailable, launchBrowser, requireBuiltClient, signInDesk } from '../support/browser';
import { postCti } from '../support/cti';
import { startTestServer, type TestServer } from '../support/test-server';

const describeInBrowser = browserAvailable() ? describe : describe.skip;

describeInBrowser('the phone channel in Chromium', () => {
  let t: TestServer;
  let browser: Browser;
  let token: string;
  let camille: BuiltAgent;
  let pieter: BuiltAgent;

  beforeAll(async () => {
    requireBuiltClient();
    t = await startTestServer();
    const db = t.server.store.db;
    ({ token } = await createPbxService({ db }).create('E2E PBX', null));
    camille = await buildAgent(db, { displayName: 'Camille Laurent', extension: '1001' });
    pieter = await buildAgent(db, { displayName: 'Pieter Janssens', extension: '1002' });
    const emilie = await buildCustomer(db, { givenName: 'Émilie', familyName: 'Dupin', phones: ['01 42 68 53 00'] });
    await buildTimelineHistory(db, emilie.id, 3);
    browser = await launchBrowser();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await t?.dispose();
  });

  it('pops the right customer on the right desk before answer, follows the call live, and records the wrap-up', async () => {
    const camillePage = await signInDesk(browser, t.url, { email: camille.email, password: TEST_PASSWORD });
    const pieterPage = await signInDesk(browser, t.url, { email: pieter.email, password: TEST_PASSWORD });
    try {
      const callId = `e2e-${Date.now()}`;
      // Stored as "01 42 68 53 00"; the PBX sends the international form.
      const ring = await postCti(t.url, token, {
        event: 'newCall',
        callId,
        from: '+33 1 42 68 53 00',
        to: '+33170000000',
        direction: 'in',
        user: ['1001'],
        queue: 'Accueil',
      });
      expect(ring.status).toBe(200);

      const incoming = camillePage.getByRole('region', { name: 'Incoming call' });
      await incoming.waitFor();
      await incoming.getByText('Ringing').first().waitFor();
      // Before anyone answers, the desk already shows the customer's card and timeline.
      await camillePage.getByRole('heading', { name: 'Émilie Dupin', level: 2 }).waitFor();
      await camillePage.getByText('history note 3', { exact: true }).waitFor();
      expect(await pieterPage.getByRole('region', { name: 'Incoming call' }).count()).toBe(0);

      await postCti(t.url, token, { event: 'answer', callId, user: '1001' });
      await incoming.getByText('On call').first().waitFor();
      const timeline = camillePage.getByRole('list', { name: 'Timeline' });
      await timeline.getByRole('article', { name: /Call answered/ }).waitFor();

      await postCti(t.url, token, { event: 'hold', callId });
      await incoming.getByText('On hold').first().waitFor();
      await timeline.getByRole('article', { name: /Call put on hold/ }).waitFor();

      await postCti(t.url, token, { event: 'unhold', callId });
      await postCti(t.url, token, { event: 'hangup', callId, cause: 'normalClearing' });
      await timeline.getByRole('article', { name: /Call ended/ }).waitFor();
      const ended = timeline.getByRole('article', { name: /Call ended/ });
      expect(await ended.getByText(/Camille Laurent/).count()).toBeGreaterThan(0);

      const wrapUp = camillePage.getByRole('form', { name: 'Wrap-up' });
      await wrapUp.getByLabel('Disposition').selectOption({ label: 'Resolved' });
      await wrapUp.getByLabel('Wrap-up note').fill('Adresse de facturation corrigée.');
      await camillePage.screenshot({ path: path.resolve(__dirname, '__screenshots__/phone-wrap-up.png') });
      await wrapUp.getByRole('button', { name: 'Finish wrap-up' }).click();
      await timeline.getByRole('article', { name: /Call wrapped up/ }).waitFor();
      await wrapUp.waitFor({ state: 'detached' });

      const [row] = await t.server.store.db.select().from(contacts).where(sql`${contacts.externalId} = ${callId}`);
      expect(row).toMatchObject({ state: 'closed', disposition: 'resolved' });
      expect(row!.talkSeconds).not.toBeNull();
    } finally {
      await camillePage.context().close();
      await pieterPage.context().close();
    }
  }, 90_000);
});
