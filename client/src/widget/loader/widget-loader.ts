/**
 * The embeddable chat, for any site: `<script src="https://desk.example/widget.js" async></script>`.
 * It adds a button that opens this server's /chat page in an iframe. An iframe rather than a shadow
 * root: the host page's CSS, scripts and Content-Security-Policy cannot reach the conversation, the
 * visitor token and the socket stay on our origin, and a host needs nothing but this tag.
 *
 * This file imports and exports nothing, so the build emits it as a plain script that runs as a
 * classic `<script>` on any page (`export {}` only tells TypeScript it is a module).
 */
export {};

type LoaderLocale = 'fr' | 'en';

const LABELS: Record<LoaderLocale, { open: string; close: string; frameTitle: string }> = {
  fr: { open: 'Discuter avec nous', close: 'Fermer la discussion', frameTitle: 'Discussion avec notre équipe' },
  en: { open: 'Chat with us', close: 'Close the chat', frameTitle: 'Chat with our team' },
};

const ROOT_ID = 'omnidesk-chat-widget';

/** The script tag's `data-lang`, else the host page's language, else the browser's; French for fr-*. */
function pickLocale(script: HTMLScriptElement | null): LoaderLocale {
  const candidates = [script?.dataset.lang, document.documentElement.lang, ...navigator.languages];
  for (const candidate of candidates) {
    const prefix = candidate?.toLowerCase().slice(0, 2);
    if (prefix === 'fr' || prefix === 'en') return prefix;
  }
  return 'en';
}

function mountChatWidget(script: HTMLScriptElement | null): void {
  if (document.getElementById(ROOT_ID)) return; // The tag was pasted twice.
  const chatUrl = new URL('/chat', script?.src ?? window.location.href);
  const locale = pickLocale(script);
  chatUrl.searchParams.set('lang', locale);
  chatUrl.searchParams.set('embedded', '1');
  const labels = LABELS[locale];

  const root = document.createElement('div');
  root.id = ROOT_ID;
  root.style.cssText = 'position:fixed;right:16px;bottom:16px;z-index:2147483000;display:flex;flex-direction:column;align-items:flex-end;gap:8px;font:15px system-ui,sans-serif;';

  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = labels.open;
  button.setAttribute('aria-expanded', 'false');
  button.style.cssText = 'border:0;border-radius:999px;padding:12px 18px;background:#1f5fbf;color:#fff;font:inherit;font-weight:600;cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.25);';

  let frame: HTMLIFrameElement | null = null;
  button.addEventListener('click', () => {
    // Loaded on first open only, then kept (hidden) so the conversation and its socket survive a close.
    if (!frame) {
      frame = document.createElement('iframe');
      frame.src = chatUrl.toString();
      frame.title = labels.frameTitle;
      frame.style.cssText = 'width:min(380px,calc(100vw - 32px));height:min(600px,calc(100vh - 96px));border:1px solid #d9dee5;border-radius:12px;background:#fff;box-shadow:0 8px 30px rgba(0,0,0,.2);';
      root.insertBefore(frame, button);
    } else {
      frame.hidden = !frame.hidden;
    }
    const open = !frame.hidden;
    button.textContent = open ? labels.close : labels.open;
    button.setAttribute('aria-expanded', String(open));
  });

  root.append(button);
  document.body.append(root);
}

const currentScript = document.currentScript instanceof HTMLScriptElement ? document.currentScript : null;
if (document.body) mountChatWidget(currentScript);
else document.addEventListener('DOMContentLoaded', () => mountChatWidget(currentScript), { once: true });
