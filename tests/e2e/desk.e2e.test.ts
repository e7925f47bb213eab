import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildAgent, TEST_PASSWORD, type BuiltAgent } from '../factories/agents';
import { buildCustomer, buildTimelineHistory } from '../factories/customers';
import { browserAvailable, launchBrowser, requireBuiltClient } from '../support/browser';
import { ApiClient } from '../support/http';
import { startTestServer, type TestServer } from '../support/test-server';

const describeInBrowser = browserAvailable() ? describe : describe.skip;

describeInBrowser('the agent desk in Chromium', () => {
  let t: TestServer;
  let browser: Browser;
  let agent: BuiltAgent;
  let colleague: BuiltAgent;
  let emilie: { id: string };

  beforeAll(async () => {
    requireBuiltClient();
    t = await startTestServer();
    const db = t.server.store.db;
    agent = await buildAgent(db, { displayName: 'Camille Laurent' });
    colleague = await buildAgent(db, { displayName: 'Pieter Janssens' });
    emilie = await buildCustomer(db, {
      givenName: 'Émilie',
      familyName: 'Dupin',
      phones: ['01 42 68 53 00'],
      emails: ['emilie.dupin@example.fr'],
      addresses: [
        { role: 'home', line1: '3 avenue Foch', postalCode: '69006', city: 'Lyon', validFrom: '2026-04-01' },
        { role: 'billing', line1: '12 rue des Lilas', postalCode: '75011', city: 'Paris', validFrom: '2015-01-01' },
      ],
    });
    await buildCustomer(db, { givenName: 'Émile', familyName: 'Dupont', phones: ['01 42 68 53 01'] });
    await buildTimelineHistory(db, emilie.id, 45);
    browser = await launchBrowser();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await t?.dispose();
  });

  async function signIn(page: Page, who: BuiltAgent) {
    await page.goto(t.url);
    await page.getByLabel('Email').fill(who.email);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('searchbox', { name: 'Search customers' }).waitFor();
  }

  it('signs in, finds a customer by a phone number typed differently, and sees a new event arrive live', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    try {
      await signIn(page, agent);

      // Stored as "01 42 68 53 00"; typed in international form with dots.
      await page.getByRole('searchbox', { name: 'Search customers' }).fill('+33 1.42.68.53.00');
      await page.getByRole('button', { name: /Émilie Dupin/ }).click();
      await page.getByRole('heading', { name: 'Émilie Dupin', level: 2 }).waitFor();

      const timeline = page.getByRole('feed', { name: 'Timeline' }).or(page.getByRole('list', { name: 'Timeline' }));
      await timeline.getByText('history note 45', { exact: true }).waitFor();
      // Only the newest page is loaded at first; older events come as the agent scrolls.
      expect(await page.getByText('history note 1', { exact: true }).count()).toBe(0);
      for (let i = 0; i < 10 && !(await page.getByText('history note 1', { exact: true }).count()); i += 1) {
        await page.mouse.wheel(0, 5000);
        await page.waitForTimeout(200);
      }
      await page.getByText('history note 1', { exact: true }).waitFor();

      // A colleague appends an event through the API: it shows up without a reload.
      const api = new ApiClient(t.url);
      await api.login(colleague.email, TEST_PASSWORD);
      const res = await api.post(`/api/customers/${emilie.id}/timeline`, {
        body: 'Appel reçu : la cliente a déménagé à Lyon.',
      });
      expect(res.status).toBe(201);
      const live = page.getByRole('article').filter({ hasText: 'Appel reçu : la cliente a déménagé à Lyon.' });
      await live.waitFor({ timeout: 1000 });
      expect(await live.getByText('Pieter Janssens').count()).toBeGreaterThan(0);

      // Newest first: the live event is the first article.
      expect(await page.getByRole('article').first().textContent()).toContain('Appel reçu');
      await page.screenshot({ path: path.resolve(__dirname, '__screenshots__/desk.png'), fullPage: true });
    } finally {
      await context.close();
    }
  }, 60_000);

  it('renders a hostile note as inert text', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    try {
      await signIn(page, agent);
      await page.getByRole('searchbox', { name: 'Search customers' }).fill('emilie.dupin@example.fr');
      await page.getByRole('button', { name: /Émilie Dupin/ }).click();
      const payload = '<img src=x onerror=alert(1)><script>alert(2)</script>';
      await page.getByLabel('Add a note').fill(payload);
      await page.getByRole('button', { name: 'Add note' }).click();
      await page.getByText(payload, { exact: true }).first().waitFor();
      expect(await page.locator('article img[src="x"]').count()).toBe(0);
      expect(dialogs).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);

  it('shows the desk in French for a French browser', async () => {
    const context = await browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    try {
      await page.goto(t.url);
      await page.getByLabel('Mot de passe').waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe('fr');
    } finally {
      await context.close();
    }
  }, 60_000);
});
