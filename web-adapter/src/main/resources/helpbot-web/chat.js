// The web chat page. It speaks the chat --json frames over the WebSocket at /chat, renders the bot's markup
// (bold, numbered steps, links) by building DOM nodes, and never inserts any text as HTML. The session id and
// the transcript live in local storage, so a reload or a second tab carries on with the same conversation.
'use strict';
(function () {
  // The page's words, from responses.yaml: the server writes them in where TEXTS stands.
  const TEXTS = /*TEXTS*/{};
  const SESSION_KEY = 'helpbot.session';
  const KEPT_ENTRIES = 200;
  // The channel kit's one URL rule (MarkupRenderer.isSafeUrl): only these become links.
  const SAFE_URL = /^https?:\/\/[^\s<>|()[\]"'`\\]+$/i;
  const TYPING_TIMEOUT_MS = 20000;
  const $ = (id) => document.getElementById(id);
  const log = $('log'), typing = $('typing'), status = $('status'), message = $('message');
  const contact = $('contact'), email = $('contact-email');
  let session = stored(SESSION_KEY) || newSession();
  let entries = load();
  let socket = null, retries = 0, typingTimer = null, everOpen = false;

  function stored(key) {
    try { return localStorage.getItem(key); } catch (e) { return null; }
  }
  function store(key, value) {
    try { localStorage.setItem(key, value); } catch (e) { /* private browsing: the chat still works, unsaved */ }
  }
  // A version 4 UUID from the browser's random source (crypto.randomUUID needs https, getRandomValues does not).
  function newSession() {
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
    const id = [h.slice(0, 8), h.slice(8, 12), h.slice(12, 16), h.slice(16, 20), h.slice(20)].join('-');
    store(SESSION_KEY, id);
    return id;
  }
  function load() {
    try { return JSON.parse(stored('helpbot.transcript.' + session) || '[]'); } catch (e) { return []; }
  }
  function save() {
    entries = entries.slice(-KEPT_ENTRIES);
    store('helpbot.transcript.' + session, JSON.stringify(entries));
  }

  function words() {
    const set = (id, key) => { $(id).textContent = TEXTS[key] || ''; };
    document.title = TEXTS.title || document.title;
    [['title', 'title'], ['new-chat', 'new_chat'], ['typing-text', 'typing'], ['contact-prompt', 'contact_prompt'],
      ['summary-label', 'summary_label'], ['contact-label', 'contact_label'], ['contact-send', 'contact_send'],
      ['contact-skip', 'contact_skip'], ['message-label', 'input_label'], ['send', 'send']]
      .forEach(([id, key]) => set(id, key));
    message.placeholder = TEXTS.input_placeholder || '';
    log.setAttribute('aria-label', TEXTS.log_label || '');
  }

  // The core's markup, as Markup.parse reads it: a backslash makes the next character literal.
  function find(line, marker, from) {
    for (let i = from; i < line.length; i++) {
      if (line[i] === '\\') i++;
      else if (line.startsWith(marker, i)) return i;
    }
    return -1;
  }
  function literal(s) {
    return s.replace(/\\(.)/g, '$1');
  }
  function inline(line, into) {
    let plain = '';
    const flush = () => { if (plain) into.appendChild(document.createTextNode(plain)); plain = ''; };
    for (let i = 0; i < line.length;) {
      const bold = line.startsWith('**', i) ? find(line, '**', i + 2) : -1;
      const close = line[i] === '[' ? find(line, '](', i + 1) : -1;
      const end = close < 0 ? -1 : line.indexOf(')', close + 2);
      if (line[i] === '\\' && i + 1 < line.length) {
        plain += line[i + 1];
        i += 2;
      } else if (bold >= 0) {
        flush();
        const strong = document.createElement('strong');
        strong.textContent = literal(line.slice(i + 2, bold));
        into.appendChild(strong);
        i = bold + 2;
      } else if (end >= 0) {
        flush();
        const label = literal(line.slice(i + 1, close)), url = line.slice(close + 2, end);
        if (SAFE_URL.test(url)) {
          const link = document.createElement('a');
          link.href = url;
          link.target = '_blank';
          link.rel = 'noopener noreferrer';
          link.textContent = label;
          into.appendChild(link);
        } else {
          plain += label + ' (' + url + ')';
        }
        i = end + 1;
      } else {
        plain += line.startsWith('**', i) ? '**' : line[i];
        i += line.startsWith('**', i) ? 2 : 1;
      }
    }
    flush();
  }
  function markup(source, into) {
    let list = null;
    for (const line of source.split('\n')) {
      const step = /^(\d+)\.\s+(.*)$/.exec(line);
      if (step) {
        if (!list) {
          list = into.appendChild(document.createElement('ol'));
          list.start = Number(step[1]);
        }
        inline(step[2], list.appendChild(document.createElement('li')));
      } else if (line.trim() !== '') {
        list = null;
        inline(line, into.appendChild(document.createElement('p')));
      }
    }
  }

  function show(entry) {
    const bubble = document.createElement('div');
    bubble.className = 'msg ' + entry.kind;
    if (entry.kind !== 'notice') {
      const who = bubble.appendChild(document.createElement('span'));
      who.className = 'sr-only';
      who.textContent = (entry.kind === 'you' ? TEXTS.you : TEXTS.bot) + ': ';
    }
    if (entry.kind === 'you') bubble.appendChild(document.createTextNode(entry.text));
    else markup(entry.text || '', bubble);
    if (entry.kind === 'bot') log.querySelectorAll('.choices').forEach((row) => row.remove());
    if (entry.choices && entry.choices.length) {
      const row = bubble.appendChild(document.createElement('div'));
      row.className = 'choices';
      entry.choices.forEach((choice, n) => {
        const button = row.appendChild(document.createElement('button'));
        button.type = 'button';
        button.className = n === 0 ? 'primary' : '';
        button.textContent = choice.label;
        button.addEventListener('click', () => press(choice));
      });
    }
    log.appendChild(bubble);
    log.scrollTop = log.scrollHeight;
  }
  function add(entry) {
    entries.push(entry);
    save();
    show(entry);
  }

  function askContact(summary) {
    const text = $('summary-text');
    text.textContent = '';
    markup(summary, text);
    email.value = '';
    contact.hidden = false;
    email.focus();
  }
  function contactGiven(value) {
    if (!send({ contact: value })) return;
    const asked = entries.filter((e) => e.handoff).pop();
    if (asked) asked.answered = true;
    save();
    contact.hidden = true;
    message.focus();
  }

  function startTyping() {
    typing.hidden = false;
    clearTimeout(typingTimer);
    typingTimer = setTimeout(stopTyping, TYPING_TIMEOUT_MS);
  }
  function stopTyping() {
    typing.hidden = true;
    clearTimeout(typingTimer);
  }
  function send(frame, shown) {
    if (!socket || socket.readyState !== WebSocket.OPEN) return false;
    socket.send(JSON.stringify(frame));
    if (shown !== undefined) add({ kind: 'you', text: shown });
    startTyping();
    return true;
  }
  function press(choice) {
    message.focus();
    send({ choice: choice.id }, choice.label);
  }
  function receive(event) {
    let frame;
    try { frame = JSON.parse(event.data); } catch (e) { return; }
    stopTyping();
    if (frame.session) {
      session = frame.session;
      store(SESSION_KEY, session);
    } else if (frame.error) {
      console.warn('helpbot:', frame.error);
    } else if (typeof frame.notice === 'string') {
      add({ kind: 'notice', text: frame.notice });
    } else if (typeof frame.state === 'string') {
      if (frame.text || frame.choices.length) {
        add({ kind: 'bot', text: frame.text, choices: frame.choices, handoff: frame.handoff || null });
      }
      if (frame.handoff) askContact(frame.handoff);
    }
  }

  // Before the first connection there is nothing to apologise for; after a drop, say that it reconnects.
  function connected(open) {
    everOpen = everOpen || open;
    $('send').disabled = !open;
    status.textContent = open || !everOpen ? '' : TEXTS.reconnecting || '';
  }
  function connect() {
    const scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    const opened = new WebSocket(scheme + location.host + '/chat?session=' + encodeURIComponent(session));
    socket = opened;
    opened.addEventListener('open', () => {
      retries = 0;
      connected(true);
      if (!entries.length) send({ command: '' });
    });
    opened.addEventListener('message', receive);
    opened.addEventListener('close', () => {
      if (socket !== opened) return;
      connected(false);
      stopTyping();
      setTimeout(connect, Math.min(15000, 500 * 2 ** retries++));
    });
  }
  function newChat() {
    session = newSession();
    entries = [];
    log.textContent = '';
    contact.hidden = true;
    const old = socket;
    socket = null;
    if (old) old.close();
    connect();
    message.focus();
  }

  words();
  entries.forEach(show);
  const asked = entries.filter((e) => e.handoff).pop();
  if (asked && !asked.answered) askContact(asked.handoff);
  $('composer').addEventListener('submit', (event) => {
    event.preventDefault();
    const text = message.value.trim();
    if (text && send({ text: text }, text)) message.value = '';
  });
  message.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      $('composer').requestSubmit();
    }
  });
  contact.addEventListener('submit', (event) => {
    event.preventDefault();
    if (email.checkValidity()) contactGiven(email.value.trim());
    else email.reportValidity();
  });
  $('contact-skip').addEventListener('click', () => contactGiven(''));
  $('new-chat').addEventListener('click', newChat);
  connected(false);
  connect();
})();
