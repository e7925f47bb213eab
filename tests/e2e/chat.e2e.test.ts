import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildAgent, TEST_PASSWORD, type BuiltAgent } from '../factories/agents';
import { buildCustomer, buildTimelineHistory } from '../factories/customers';
import { browserAvailable, launchBrowser, requireBuiltClient, signInDesk } from '../support/browser';
import { buildChatTopic } from '../support/chat';
import { startTestServer, type TestServer } from '../support/test-server';
import { xssPayloads } from '../support/xss-corpus';
import { agents } from '../../server/src/db/schema';
import { eq } from 'drizzle-orm';

const describeInBrowser = browserAvailable() ? describe : describe.skip;

/** Payloads of the corpus that would run script if they were ever parsed as HTML. */
const ACTIVE_PAYLOADS = xssPayloads()
  .filter((payload) => /<script|onerror|onload|javascript:/i.test(payload))
  .slice(0, 5);

describeInBrowser('web chat in Chromium: a visitor page and an agent desk', () => {
  let t: TestServer;
  let browser: Browser;
  let camille: BuiltAgent;
  const pages: Page[] = [];
  /** Uncaught errors in any page: a crashed screen fails the test even where a locator would still match. */
  const pageErrors: string[] = [];

  beforeAll(async () => {
    requireBuiltClient();
    t = await startTestServer();
    const db = t.server.store.db;
    await buildChatTopic(db, { name: 'Support' });
    camille = await buildAgent(db, { displayName: 'Camille Laurent', skills: ['general'] });
    await db
      .update(agents)
      .set({ capacity: { voice: 1, chat: 3, email: 5 } })
      .where(eq(agents.id, camille.id));
    const jerome = await buildCustomer(db, {
      givenName: 'Jérôme',
      familyName: 'Lefèvre',
      emails: ['jerome.lefevre@example.test'],
    });
    await buildTimelineHistory(db, jerome.id, 2);
    browser = await launchBrowser();
  }, 60_000);

  afterEach(async () => {
    await Promise.all(pages.splice(0).map((page) => page.context().close()));
  });

  afterAll(async () => {
    await browser?.close();
    await t?.dispose();
  });

  /** A visitor on their own browser (own localStorage), on the standalone /chat page. */
  async function visitorPage(): Promise<Page> {
    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 420, height: 760 } });
    const page = await context.newPage();
    pages.push(page);
    page.on('pageerror', (error) => pageErrors.push(`visitor: ${error.message}`));
    await page.goto(`${t.url}/chat?lang=en`);
    return page;
  }

  async function startChat(page: Page, visitor: { name: string; email?: string }): Promise<void> {
    const form = page.getByRole('form', { name: 'Start a chat' });
    await form.getByRole('textbox', { name: 'Your name' }).fill(visitor.name);
    if (visitor.email) await form.getByRole('textbox', { name: 'Email (optional)' }).fill(visitor.email);
    await form.getByRole('combobox', { name: 'Topic' }).selectOption({ label: 'Topic Support' });
    await form.getByRole('button', { name: 'Start the chat' }).click();
    await page.getByRole('status', { name: 'An adviser will be with you shortly' }).waitFor();
  }

  /** Routing runs (background jobs are off in tests); the desk accepts the chat offered to it. */
  async function acceptOffer(desk: Page, visitorName: string): Promise<void> {
    await t.server.services.routing.routeWaiting();
    const offer = desk.getByRole('region', { name: 'Offer' }).filter({ hasText: visitorName });
    await offer.getByRole('heading', { name: 'New contact: Chat' }).waitFor();
    await offer.getByRole('button', { name: 'Accept' }).click();
    await desk.getByRole('tab', { name: new RegExp(visitorName) }).waitFor();
  }

  function conversationOf(page: Page) {
    return page.getByRole('list', { name: 'Messages' });
  }

  it('visitor starts, agent accepts and replies, visitor reloads and sees it all; three chats at once, back after the agent reloads; the transcript lands on the timeline; visitor HTML stays text', async () => {
    const desk = await signInDesk(
      browser,
      t.url,
      { email: camille.email, password: TEST_PASSWORD },
      { presence: 'available' },
    );
    pages.push(desk);
    desk.on('pageerror', (error) => pageErrors.push(`desk: ${error.message}`));
    const scriptsRan: string[] = [];
    desk.on('dialog', (dialog) => {
      scriptsRan.push(dialog.message());
      void dialog.dismiss();
    });

    // The visitor starts a chat; the agent accepts it and sees the customer's card beside it.
    const jerome = await visitorPage();
    await startChat(jerome, { name: 'Jérôme Lefèvre', email: 'jerome.lefevre@example.test' });
    await acceptOffer(desk, 'Jérôme Lefèvre');
    const panel = desk.getByRole('tabpanel');
    await panel.getByRole('heading', { name: 'Chat with Jérôme Lefèvre' }).waitFor();
    await desk.getByRole('heading', { level: 2, name: 'Jérôme Lefèvre', exact: true }).waitFor();
    await jerome.getByText('Camille Laurent', { exact: false }).first().waitFor();

    // Messages both ways, with typing and delivery states.
    await jerome.getByRole('textbox', { name: 'Your message' }).fill('Bonjour, ma box ne marche plus.');
    await jerome.getByRole('button', { name: 'Send' }).click();
    await conversationOf(desk).getByText('Bonjour, ma box ne marche plus.').waitFor();
    await conversationOf(jerome)
      .getByRole('listitem')
      .filter({ hasText: 'Bonjour, ma box ne marche plus.' })
      .getByText('Read')
      .waitFor();
    await panel.getByRole('textbox', { name: 'Reply' }).pressSequentially('Je regarde');
    await jerome.getByText('Camille Laurent is typing…').waitFor();
    await panel.getByRole('textbox', { name: 'Reply' }).pressSequentially(' votre ligne.');
    await panel.getByRole('button', { name: 'Send' }).click();
    await conversationOf(jerome).getByText('Je regarde votre ligne.').waitFor();
    await conversationOf(desk)
      .getByRole('listitem')
      .filter({ hasText: 'Je regarde votre ligne.' })
      .getByText('Read')
      .waitFor();

    // A reload mid-conversation rejoins it with the whole history.
    await jerome.reload();
    await conversationOf(jerome).getByText('Bonjour, ma box ne marche plus.').waitFor();
    await conversationOf(jerome).getByText('Je regarde votre ligne.').waitFor();
    await jerome.screenshot({ path: path.resolve(__dirname, '__screenshots__/chat-visitor-after-reload.png') });
    await jerome.getByRole('textbox', { name: 'Your message' }).fill('Toujours là après le rechargement.');
    await jerome.getByRole('button', { name: 'Send' }).click();
    await conversationOf(desk).getByText('Toujours là après le rechargement.').waitFor();

    // Two more chats: the agent holds three at once, one tab each; the second visitor types HTML.
    const ana = await visitorPage();
    await startChat(ana, { name: 'Ana Costa' });
    await acceptOffer(desk, 'Ana Costa');
    const luc = await visitorPage();
    await startChat(luc, { name: 'Luc Martin' });
    await acceptOffer(desk, 'Luc Martin');
    expect(await desk.getByRole('tablist', { name: 'My chats' }).getByRole('tab').count()).toBe(3);

    for (const payload of ACTIVE_PAYLOADS) {
      await ana.getByRole('textbox', { name: 'Your message' }).fill(payload);
      await ana.getByRole('button', { name: 'Send' }).click();
    }
    await desk.getByRole('tab', { name: `Ana Costa ${ACTIVE_PAYLOADS.length} unread` }).click();
    const anaMessages = conversationOf(desk);
    await anaMessages.getByRole('listitem').nth(ACTIVE_PAYLOADS.length).waitFor();
    const shown = await anaMessages.locator('.chat-message--visitor .chat-message__body').allTextContents();
    expect(shown).toEqual(ACTIVE_PAYLOADS);
    expect(
      await anaMessages.locator('img, script, iframe, svg, a, form, input, video, audio, object, embed, math').count(),
    ).toBe(0);
    expect(await desk.evaluate(() => document.querySelectorAll('[onerror], [onload]').length)).toBe(0);
    await desk.screenshot({ path: path.resolve(__dirname, '__screenshots__/chat-three-tabs.png') });

    // The agent reloads: the three chats come back, with their history.
    await desk.reload();
    await desk.getByRole('tab', { name: /Luc Martin/ }).waitFor();
    expect(await desk.getByRole('tablist', { name: 'My chats' }).getByRole('tab').count()).toBe(3);
    await desk.getByRole('tab', { name: /Jérôme Lefèvre/ }).click();
    await conversationOf(desk).getByText('Toujours là après le rechargement.').waitFor();

    // Jérôme's chat is closed with a disposition: the transcript is on his timeline.
    await desk.getByRole('tab', { name: /Jérôme Lefèvre/ }).click();
    await desk.getByRole('tabpanel').getByRole('button', { name: 'Close the chat' }).click();
    const close = desk.getByRole('form', { name: 'Close the chat' });
    await close.getByRole('combobox', { name: 'Disposition' }).selectOption({ label: 'Resolved' });
    await close.getByRole('button', { name: 'Close with this disposition' }).click();
    await desk.getByRole('tab', { name: /Jérôme Lefèvre/ }).waitFor({ state: 'detached' });
    expect(await desk.getByRole('tablist', { name: 'My chats' }).getByRole('tab').count()).toBe(2);

    await desk.getByRole('searchbox', { name: 'Search customers' }).fill('Jérôme Lefèvre');
    await desk
      .getByRole('button', { name: /Jérôme Lefèvre/ })
      .first()
      .click();
    const transcript = desk.getByRole('list', { name: 'Timeline' }).getByRole('article', { name: /Chat ended/ });
    await transcript.getByText(/Je regarde votre ligne\./).waitFor();
    await transcript.getByText(/Toujours là après le rechargement\./).waitFor();
    await jerome.getByRole('region', { name: 'The chat has ended' }).waitFor();
    await desk.screenshot({ path: path.resolve(__dirname, '__screenshots__/chat-transcript.png') });
    expect(scriptsRan).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it('the one-tag widget on another site speaks the tag’s, else the page’s, else the browser’s language', async () => {
    // Another site (another origin than the server's): a real little web server of its own.
    let html = '';
    const site = createServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html),
    );
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    const siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}/`;
    try {
      async function hostPage(body: string, locale: string): Promise<Page> {
        html = body;
        const context = await browser.newContext({ locale });
        const page = await context.newPage();
        pages.push(page);
        await page.goto(siteUrl);
        return page;
      }
      const tag = (attributes = '') => `<script src="${t.url}/widget.js" ${attributes}></script>`;
      const frameSrc = (page: Page) => page.locator('#omnidesk-chat-frame').getAttribute('src');

      const english = await hostPage(
        `<!doctype html><html lang="en-GB"><body><h1>Shop</h1>${tag()}</body></html>`,
        'fr-FR',
      );
      await english.getByRole('button', { name: 'Chat with us' }).waitFor();
      expect(await frameSrc(english)).toContain('lang=en');

      const browserFrench = await hostPage(`<!doctype html><html><body>${tag()}</body></html>`, 'fr-BE');
      await browserFrench.getByRole('button', { name: 'Discuter avec nous' }).waitFor();
      expect(await frameSrc(browserFrench)).toContain('lang=fr');

      const tagWins = await hostPage(
        `<!doctype html><html lang="fr"><body>${tag('data-lang="en"')}</body></html>`,
        'fr-FR',
      );
      await tagWins.getByRole('button', { name: 'Chat with us' }).click();
      expect(await frameSrc(tagWins)).toContain('lang=en');
      expect(await tagWins.locator('#omnidesk-chat-frame').isVisible()).toBe(true);
    } finally {
      site.closeAllConnections();
      await new Promise<void>((resolve) => site.close(() => resolve()));
    }
  });
});
