// Embeds the help chat in any page with one tag: <script src="https://CHAT-HOST/widget.js" async></script>.
// It adds a button that opens the chat page in an iframe from the chat's own server, so the host page's scripts
// and styles never touch the conversation. The host site must be in web.allowed_origins.
(function () {
  'use strict';
  // The widget's words, from responses.yaml: the server writes them in where TEXTS stands.
  const TEXTS = /*TEXTS*/{};
  const script = document.currentScript;
  if (!script || document.getElementById('helpbot-widget-button')) return;
  const origin = new URL(script.src, location.href).origin;
  const button = document.createElement('button');
  const frame = document.createElement('iframe');
  button.id = 'helpbot-widget-button';
  button.type = 'button';
  button.textContent = TEXTS.widget_open || 'helpbot';
  button.setAttribute('aria-expanded', 'false');
  Object.assign(button.style, {
    position: 'fixed', right: '16px', bottom: '16px', zIndex: 2147483647, padding: '12px 18px', border: '0',
    borderRadius: '24px', background: '#0b57d0', color: '#fff', font: '600 15px system-ui, sans-serif',
    boxShadow: '0 4px 14px rgba(0,0,0,.25)', cursor: 'pointer'
  });
  frame.title = TEXTS.title || 'helpbot';
  frame.src = origin + '/';
  frame.hidden = true;
  Object.assign(frame.style, {
    position: 'fixed', right: '16px', bottom: '76px', zIndex: 2147483647, width: 'min(380px, calc(100vw - 32px))',
    height: 'min(600px, calc(100vh - 100px))', border: '1px solid #d9dce1', borderRadius: '12px',
    boxShadow: '0 8px 28px rgba(0,0,0,.25)', background: '#fff'
  });
  button.addEventListener('click', () => {
    frame.hidden = !frame.hidden;
    button.setAttribute('aria-expanded', String(!frame.hidden));
    button.textContent = frame.hidden ? TEXTS.widget_open : TEXTS.widget_close;
    if (!frame.hidden) frame.focus();
  });
  document.body.appendChild(frame);
  document.body.appendChild(button);
})();
