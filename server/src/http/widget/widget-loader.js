/*
 * Omnidesk chat widget loader, served at /widget.js. Put on any site:
 *   <script src="https://desk.example/widget.js" data-topic="<topic id>" data-lang="fr" async></script>
 * It adds a button and an iframe on /chat?embed=1 of the server it came from: the conversation
 * runs in the server's own origin, isolated from the host page (its styles and scripts).
 * The chat page may post {type:'omnidesk-chat:open'|'omnidesk-chat:close'} to open or close it.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || window.__omnideskChat) return;
  window.__omnideskChat = true;
  var base = new URL(script.src).origin;
  // The tag's data-lang, else the host page's language, else the visitor's browser: French for fr-*.
  function pickLang() {
    var wanted = [script.getAttribute('data-lang'), document.documentElement.getAttribute('lang')].concat(
      navigator.languages || [navigator.language]
    );
    for (var i = 0; i < wanted.length; i++) {
      var tag = String(wanted[i] || '').toLowerCase();
      if (tag.indexOf('fr') === 0) return 'fr';
      if (tag.indexOf('en') === 0) return 'en';
    }
    return 'fr';
  }
  var lang = pickLang();
  var topic = script.getAttribute('data-topic') || '';
  var params = '?embed=1&lang=' + lang + (topic ? '&topic=' + encodeURIComponent(topic) : '');

  var frame = document.createElement('iframe');
  frame.id = 'omnidesk-chat-frame';
  frame.title = lang === 'en' ? 'Chat with us' : 'Discuter avec nous';
  frame.src = base + '/chat' + params;
  frame.hidden = true;
  frame.setAttribute(
    'style',
    'position:fixed;right:16px;bottom:80px;width:370px;max-width:calc(100vw - 32px);height:560px;max-height:calc(100vh - 100px);border:0;border-radius:12px;box-shadow:0 8px 32px rgba(0,0,0,.25);z-index:2147483646;background:#fff'
  );

  var button = document.createElement('button');
  button.type = 'button';
  button.textContent = script.getAttribute('data-label') || frame.title;
  button.setAttribute('aria-controls', frame.id);
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute(
    'style',
    'position:fixed;right:16px;bottom:16px;z-index:2147483647;padding:12px 18px;border:0;border-radius:24px;background:#1f4fd1;color:#fff;font:600 15px system-ui,sans-serif;cursor:pointer;box-shadow:0 4px 16px rgba(0,0,0,.2)'
  );

  function show(open) {
    frame.hidden = !open;
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
  }
  button.addEventListener('click', function () {
    show(frame.hidden);
  });
  window.addEventListener('message', function (event) {
    if (event.origin !== base || !event.data || typeof event.data.type !== 'string') return;
    if (event.data.type === 'omnidesk-chat:open') show(true);
    if (event.data.type === 'omnidesk-chat:close') show(false);
  });

  function mount() {
    document.body.appendChild(frame);
    document.body.appendChild(button);
  }
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount);
})();
