/* Empathy Ambassadors: the student pages of the class network (contract: docs/class-network.md).
   Plain JavaScript for old phones and tablets (Chrome 80, Safari 13): no ?. or ??, no modules, no build.
   Student text only ever reaches the page through textContent. */
'use strict';
(function () {

// Every word a student reads, in one place so it can be translated.
var TEXT = {
  appName: 'Empathy Ambassadors', loadingTitle: 'Hello!', loading: 'Opening your class…', retry: 'Try again',
  offline: "Can't reach the class laptop. Check you're on the class Wi-Fi, then try again.",
  tryAgain: 'Something went wrong. Please try again.',
  // join
  joinTitle: 'Join your class', joinLabel: 'Type the code from the big screen', joinButton: 'Join',
  joinEmpty: 'Type the code first.', joinAgain: 'Please join your class again.',
  waitCount: function (s) { return 'You can try again in ' + s + ' s.'; },
  // names
  namesTitle: 'Tap your name', namesEmpty: 'No names here yet. Ask your facilitator.',
  namesRefresh: 'Refresh the names', namesRejoin: 'Use a different code',
  nameAgain: 'Please tap your name again.', nameInUse: 'in use on another device',
  leftOnDevice: 'Some writing is still on this device. It will be sent the next time you sign in here.',
  bye: 'Well done! See you next time.',
  // PIN
  pinTitle: 'Your PIN', pinLabel: 'Type your PIN', pinOk: 'OK', pinBack: 'Not you? Back to names',
  pinLabelFor: function (name) { return 'Hi ' + name + '! Type your PIN'; },
  pinEmpty: 'Type your PIN first.',
  triesLeft: function (n) { return n === 1 ? '1 try left.' : n + ' tries left.'; },
  // home and more prompts
  hello: function (name) { return 'Hello ' + name; },
  todayTitle: "Today's prompts", writeTitle: 'Write', freeWriting: 'Free writing', morePrompts: 'More prompts…',
  myEntries: 'My entries', finished: "I'm finished", continueWriting: 'Continue your writing',
  challenge: 'Challenge', checkIn: 'Check in', challengeHow: 'How to do it', challengeToday: 'Today:',
  challengeDay: function (d, n) { return 'Day ' + d + ' of ' + n; },
  pendingNote: function (n) {
    return (n === 1 ? '1 piece of writing is' : n + ' pieces of writing are') + ' waiting on this device to be sent.';
  },
  back: '← Back', bankTitle: 'More prompts', bankEmpty: 'No more prompts right now.',
  // writer
  writing: 'Your writing', whoCanRead: 'Who can read this?', done: 'Done',
  visibility: { private: 'Only me', facilitator: 'Me and my facilitator', class: 'The class story wall' },
  autosave: 'Your writing saves by itself.', saved: 'Saved', saving: 'Saving…',
  notSent: 'Not sent yet — kept on this device, it will be sent when the connection is back',
  savedLocal: 'Saved on this device; it will be sent when the connection is back.',
  newEntry: 'Your words are kept: they will be saved as a new entry.',
  // my entries
  entriesTitle: 'My entries', entriesLoading: 'Loading…',
  entriesEmpty: 'Nothing here yet. What you write will show up here.',
  locked: 'Locked: written before a PIN reset', onDevice: 'Still on this device, not sent yet'
};
// The device's language, when the pages speak it (lang-es.js …): each word from there, else the English one.
var LANG = (function () {
  var wanted = (navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'en']);
  for (var i = 0; i < wanted.length; i++) {
    var code = String(wanted[i] || '').slice(0, 2).toLowerCase();
    if (code === 'en') return 'en';
    if (window.EA_LANGUAGES && window.EA_LANGUAGES[code]) return code;
  }
  return 'en';
}());
function translated(english, own) {
  if (!own) return english;
  Object.keys(english).forEach(function (key) {
    if (own[key] === undefined) return;
    english[key] = (typeof english[key] === 'object' && typeof own[key] === 'object') ? translated(english[key], own[key])
      : own[key];
  });
  return english;
}
if (LANG !== 'en') translated(TEXT, window.EA_LANGUAGES[LANG].text);
var ICONS = { star: '★', sun: '☀', moon: '☾', leaf: '❧', heart: '♥', drum: '◎', music: '♪', rocket: '➶',
  fish: '∝', flower: '✿', bolt: 'ϟ', wave: '≈' };
var AUTH_CODES = { not_joined: 1, signed_out: 1, no_name: 1, pin_needed: 1 };
var BACKOFF_MS = [1000, 2000, 4000, 5000];
var DEBOUNCE_MS = 400, MAX_BEHIND_MS = 900, TIMEOUT_MS = 15000;

var state = {
  screen: 'loading', csrf: null, className: '', joined: false,
  student: null,        // {id, name}: chosen on this device (maybe still waiting for the PIN)
  signedIn: false,      // the laptop accepts saves from this student right now
  lastStudentId: null,  // who was signed in before the last interruption
  draft: null,          // the entry open in the writer
  resumeWriter: false,  // an interruption took the student out of the writer
  today: null, announce: false
};
var sender = { busy: false, timer: null, firstChange: 0, attempt: 0, retryAt: 0, failing: false, epoch: 0,
  csrfFails: 0 };

function $(id) { return document.getElementById(id); }
function el(tag, cls, text) {
  var node = document.createElement(tag);
  if (cls) node.className = cls;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}
function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
function setText(id, text) { $(id).textContent = text || ''; }
function setStatus(text) { setText('status', text); }

function uuid4() {
  var b = new Uint8Array(16);
  window.crypto.getRandomValues(b);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  var h = '';
  for (var i = 0; i < 16; i++) h += (b[i] + 0x100).toString(16).slice(1);
  return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
}

// ---------- storage: localStorage, or memory when the browser refuses it (private mode, full)
var memory = {};
function storeGet(key) {
  if (Object.prototype.hasOwnProperty.call(memory, key)) return memory[key];
  try { return window.localStorage.getItem(key); } catch (e) { return null; }
}
function storeSet(key, value) {
  try { window.localStorage.setItem(key, value); delete memory[key]; } catch (e) { memory[key] = value; }
}
function storeRemove(key) {
  delete memory[key];
  try { window.localStorage.removeItem(key); } catch (e) { /* nothing stored there */ }
}

// ---------- drafts: a list per student under ea.drafts.<student_id>
function draftKey(sid) { return 'ea.drafts.' + sid; }
function readDrafts(sid) {
  if (!sid) return [];
  try {
    var list = JSON.parse(storeGet(draftKey(sid)) || '[]');
    return Array.isArray(list) ? list.filter(function (d) { return d && d.entry_id && d.student_id === sid; }) : [];
  } catch (e) { return []; }
}
function writeDrafts(sid, list) {
  if (list.length) storeSet(draftKey(sid), JSON.stringify(list)); else storeRemove(draftKey(sid));
}
function saveDraft(d) {
  var list = readDrafts(d.student_id);
  var i = list.findIndex(function (x) { return x.entry_id === d.entry_id; });
  if (i < 0) list.push(d); else list[i] = d;
  writeDrafts(d.student_id, list);
}
function removeDraft(sid, entryId) {
  writeDrafts(sid, readDrafts(sid).filter(function (x) { return x.entry_id !== entryId; }));
}
function emptyNew(d) { return d.sent_rev === 0 && !String(d.body || '').trim(); }
function unsent(d) { return d.rev > d.sent_rev && !emptyNew(d); }
function sendable(d) { return unsent(d) && d.problem_rev !== d.rev; }
function currentSid() { return state.student ? state.student.id : state.lastStudentId; }
// Unsent drafts of the student on this device; before anyone signs in, of everyone (for body.dataset.pending).
function pendingCount() {
  var sid = currentSid(), ids = sid ? [sid] : Object.keys(memory), n = 0;
  if (!sid) {
    try {
      for (var i = 0; i < window.localStorage.length; i++) ids.push(window.localStorage.key(i));
    } catch (e) { /* no storage: memory only */ }
    ids = ids.filter(function (k, i) { return k.indexOf('ea.drafts.') === 0 && ids.indexOf(k) === i; })
      .map(function (k) { return k.slice(10); });
  }
  ids.forEach(function (id) { n += readDrafts(id).filter(unsent).length; });
  return n;
}
function newDraft(promptId, promptText) {
  return { entry_id: uuid4(), student_id: state.student.id, prompt_id: promptId || null,
    prompt_text: promptText || '', body: '', visibility: 'private', rev: 0, sent_rev: 0, done: false,
    started_at: new Date().toISOString() };
}

// ---------- talking to the laptop
function apiError(status, data) {
  var err = new Error((data && data.error) || '');
  err.status = status;
  err.code = (data && data.code) || '';
  err.data = data || {};
  err.network = status === 0 || status >= 500;
  return err;
}
async function api(method, path, body) {
  var headers = {};
  var opts = { method: method, headers: headers, credentials: 'same-origin', cache: 'no-store' };
  if (body !== undefined) { headers['Content-Type'] = 'application/json'; opts.body = JSON.stringify(body); }
  if (method !== 'GET' && path !== '/api/join' && state.csrf) headers['X-EA-CSRF'] = state.csrf;
  var timer = null;
  if (window.AbortController) {
    var abort = new AbortController();
    opts.signal = abort.signal;
    timer = setTimeout(function () { abort.abort(); }, TIMEOUT_MS);
  }
  var res, data = {};
  try {
    res = await fetch(path, opts);
    try { data = await res.json(); } catch (e) { data = {}; }
  } catch (e) {
    throw apiError(0, null);
  } finally {
    clearTimeout(timer);
  }
  if (res.ok) return data || {};
  throw apiError(res.status, data);
}
function errorText(err) { return err.network ? TEXT.offline : (err.message || TEXT.tryAgain); }

// An answer saying who this device is (or is not) any more: go to the screen that fixes it.
function routeAuth(err) {
  if (!AUTH_CODES[err.code]) return false;
  interrupted();
  if (err.code === 'not_joined' || err.code === 'signed_out') {
    state.joined = false; state.csrf = null; state.student = null;
    showJoin(err.code === 'signed_out' ? (err.message || TEXT.joinAgain) : TEXT.joinAgain);
  } else if (err.code === 'no_name') {
    state.student = null;
    showNames(TEXT.nameAgain);
  } else {
    showPin('');
  }
  return true;
}
// A failed action on a screen: move screens for auth trouble, else say what happened under the action.
async function failed(err, errorId) {
  if (routeAuth(err)) return;
  if (err.code === 'csrf') {
    try { applyHello(await api('GET', '/api/hello')); } catch (e) { /* the message below says it */ }
  }
  setText(errorId, err.code === 'csrf' ? TEXT.tryAgain : errorText(err));
}
function interrupted() {
  if (state.screen === 'writer') state.resumeWriter = true;
  if (state.student) state.lastStudentId = state.student.id;
  state.signedIn = false;
  sender.epoch++;
  clearTimeout(sender.timer);
  sender.timer = null;
}

// ---------- the send loop: one request at a time, at most a second behind the typing
function kick(now) {
  if (sender.busy || !state.signedIn) return;
  clearTimeout(sender.timer);
  var t = Date.now();
  var delay = now ? 0 : Math.min(DEBOUNCE_MS, Math.max(0, sender.firstChange + MAX_BEHIND_MS - t));
  if (sender.retryAt > t) delay = Math.max(delay, sender.retryAt - t);
  sender.timer = setTimeout(sendNext, delay);
}
function retryLater(ms) {
  sender.failing = true;
  sender.retryAt = Date.now() + ms;
}
async function sendNext() {
  sender.timer = null;
  if (sender.busy || !state.signedIn || !state.student) return;
  var sid = state.student.id;
  var list = readDrafts(sid).filter(sendable);
  if (!list.length) { sender.firstChange = 0; updateSaveUI(); return; }
  var d = list[0];
  if (state.draft) {
    var open = list.filter(function (x) { return x.entry_id === state.draft.entry_id; })[0];
    if (open) d = open;
  }
  var rev = d.rev, epoch = sender.epoch;
  sender.busy = true;
  sender.firstChange = 0;
  updateSaveUI();
  try {
    var answer = await api('PUT', '/api/entries/' + encodeURIComponent(d.entry_id),
      { student_id: sid, body: d.body, prompt_id: d.prompt_id, visibility: d.visibility, rev: rev });
    sender.attempt = 0; sender.retryAt = 0; sender.failing = false; sender.csrfFails = 0;
    if (answer.stale) {
      // The laptop already holds a newer save of this entry (another tab): these words go on top of it.
      updateStored(sid, d.entry_id, function (x) { x.rev = Math.max(x.rev, Number(answer.rev) + 1); });
    } else {
      markSent(sid, d.entry_id, rev);
    }
  } catch (err) {
    await sendFailed(err, sid, d, rev, epoch);
  }
  sender.busy = false;
  updateSaveUI();
  if (state.signedIn && readDrafts(state.student.id).filter(sendable).length) kick(false);
}
function markSent(sid, entryId, rev) {
  if (state.draft && state.draft.entry_id === entryId) state.draft.sent_rev = Math.max(state.draft.sent_rev, rev);
  var d = readDrafts(sid).filter(function (x) { return x.entry_id === entryId; })[0];
  if (!d) return;
  d.sent_rev = Math.max(d.sent_rev, rev);
  // Once the laptop has the words, the device forgets them: the next person here cannot open them.
  if (d.sent_rev >= d.rev) removeDraft(sid, entryId); else saveDraft(d);
}
function updateStored(sid, entryId, change) {
  var d = readDrafts(sid).filter(function (x) { return x.entry_id === entryId; })[0];
  if (state.draft && state.draft.entry_id === entryId) change(state.draft);
  if (d) { change(d); saveDraft(d); }
}
async function sendFailed(err, sid, d, rev, epoch) {
  if (err.network) {
    retryLater(BACKOFF_MS[Math.min(sender.attempt, BACKOFF_MS.length - 1)]);
    sender.attempt++;
  } else if (AUTH_CODES[err.code]) {
    if (epoch === sender.epoch) routeAuth(err);
  } else if (err.code === 'csrf' && sender.csrfFails < 2) {
    sender.csrfFails++;
    try {
      var hello = await api('GET', '/api/hello');
      if (epoch !== sender.epoch) return;
      applyHello(hello);
      if (!(hello.joined && hello.student && !hello.needs_pin && hello.student.id === sid)) {
        interrupted();
        routeFromHello();
      }
    } catch (e) { retryLater(BACKOFF_MS[0]); }
  } else if (err.code === 'wrong_student') {
    // The laptop has this device signed in as someone else: these words wait for their writer.
    try {
      var now = await api('GET', '/api/hello');
      if (epoch !== sender.epoch) return;
      applyHello(now);
      interrupted();
      routeFromHello();
    } catch (e) { retryLater(BACKOFF_MS[0]); }
  } else if (err.code === 'not_yours') {
    // The id belongs to someone else or was deleted: keep every word under a fresh id.
    var oldId = d.entry_id, newId = uuid4();
    removeDraft(sid, oldId);
    if (state.draft && state.draft.entry_id === oldId) {
      state.draft.entry_id = newId; state.draft.sent_rev = 0;
      saveDraft(state.draft);
    } else {
      d.entry_id = newId; d.sent_rev = 0;
      saveDraft(d);
    }
    setStatus((err.message ? err.message + ' ' : '') + TEXT.newEntry);
  } else if (err.status === 429) {
    retryLater(1000 * (Number(err.data.wait_seconds) || 5));
  } else if (err.code === 'csrf') {
    retryLater(BACKOFF_MS[BACKOFF_MS.length - 1]);
  } else {
    // too_large, bad_request, …: keep the words, wait until they change, and say why.
    var why = err.message || TEXT.tryAgain;
    updateStored(sid, d.entry_id, function (x) { x.problem_rev = rev; x.problem = why; });
    if (!(state.draft && state.draft.entry_id === d.entry_id)) setStatus(why);  // else the writer says it
  }
}

// The writer's status line, the home note and the test hooks on <body>.
function updateSaveUI() {
  var pending = pendingCount();
  var d = state.draft;
  var saved = d ? d.sent_rev >= d.rev || emptyNew(d) : pending === 0;
  document.body.dataset.pending = String(pending);
  document.body.dataset.saved = saved ? 'yes' : 'no';
  if (d) {
    var text, warn = false;
    if (d.problem_rev === d.rev && d.problem) { text = d.problem; warn = true; }
    else if (d.rev === 0 || emptyNew(d)) text = TEXT.autosave;
    else if (saved) text = TEXT.saved;
    else if (sender.failing || !state.signedIn) { text = TEXT.notSent; warn = true; }
    else text = TEXT.saving;
    var line = $('save-status');
    if (line.textContent !== text) line.textContent = text;
    line.classList.toggle('warn', warn);
    line.classList.toggle('ok', text === TEXT.saved);
  }
  var note = $('pending-note');
  var waiting = state.signedIn ? readDrafts(state.student.id).filter(function (x) { return x.done && unsent(x); }) : [];
  note.hidden = !waiting.length || $('status').textContent === TEXT.savedLocal;
  note.textContent = waiting.length ? TEXT.pendingNote(waiting.length) : '';
  if (state.announce && state.screen === 'home') {  // after Done: "Saved" once the laptop has it all
    if (!pending) { state.announce = false; setStatus(TEXT.saved); }
    else if (sender.failing && $('status').textContent !== TEXT.savedLocal) setStatus(TEXT.savedLocal);
  }
}

// ---------- screens
var SCREENS = ['loading', 'join', 'names', 'pin', 'home', 'bank', 'writer', 'entries', 'questionnaire'];
function show(name, focusId) {
  SCREENS.forEach(function (s) { $(s).hidden = s !== name; });
  state.screen = name;
  document.body.dataset.screen = name;
  setStatus('');
  if (name !== 'home') state.announce = false;
  var target = $(focusId || (name + '-title')) || $(name).querySelector('h1');
  if (target) { try { target.focus({ preventScroll: true }); } catch (e) { target.focus(); } }
  window.scrollTo(0, 0);
}
function applyHello(h) {
  state.className = h.class_name || '';
  state.joined = !!h.joined;
  state.csrf = h.csrf || null;
  state.student = h.student || null;
  state.needsPin = !!h.needs_pin;
  setText('class-name', state.className);
}
function routeFromHello() {
  if (!state.joined) showJoin('');
  else if (!state.student) showNames('');
  else if (state.needsPin) showPin('');
  else signedIn(state.student);
}
async function boot() {
  try {
    applyHello(await api('GET', '/api/hello'));
  } catch (err) {
    show('loading');
    setText('loading-text', errorText(err));
    $('retry').hidden = false;
    setTimeout(function () { if (state.screen === 'loading') boot(); }, 5000);
    return;
  }
  $('retry').hidden = true;
  routeFromHello();
}

function showJoin(message) {
  clear($('name-tiles'));  // the next class may have other names
  show('join', 'join-code');
  setText('join-error', message);
}
async function onJoin(event) {
  event.preventDefault();
  var input = $('join-code'), button = $('join-button');
  if (button.disabled) return;
  if (!input.value.trim()) { setText('join-error', TEXT.joinEmpty); input.focus(); return; }
  button.disabled = true;
  setText('join-error', '');
  try {
    var r = await api('POST', '/api/join', { code: input.value });
    state.csrf = r.csrf; state.joined = true; state.student = null; state.signedIn = false;
    state.className = r.class_name || '';
    setText('class-name', state.className);
    input.value = '';
    showNames('');
  } catch (err) {
    setText('join-error', errorText(err));
    if (err.status === 429) { startWait('join-button', 'join-wait', err.data.wait_seconds); return; }
  } finally {
    if (!waits['join-button']) button.disabled = false;
  }
}

// A pause asked for by the laptop (429): the button stays off and the seconds count down on screen.
var waits = {};
function startWait(buttonId, lineId, seconds) {
  var until = Date.now() + 1000 * (Number(seconds) || 30);
  clearInterval(waits[buttonId]);
  $(buttonId).disabled = true;
  function tick() {
    var left = Math.ceil((until - Date.now()) / 1000);
    if (left > 0) { setText(lineId, TEXT.waitCount(left)); return; }
    clearInterval(waits[buttonId]);
    delete waits[buttonId];
    setText(lineId, '');
    $(buttonId).disabled = false;
  }
  tick();
  waits[buttonId] = setInterval(tick, 250);
}

async function showNames(message) {
  show('names');
  setText('names-error', message);
  try {
    var r = await api('GET', '/api/names');
    renderTiles(r.students || []);
  } catch (err) { failed(err, 'names-error'); }
}
// The avatar's symbol in white or near-black, whichever stands out more on the student's colour.
function inkFor(colour) {
  var m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (!m) return 'light';
  var l = [m[1], m[2], m[3]].map(function (x) {
    var v = parseInt(x, 16) / 255;
    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  });
  l = 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
  return 1.05 / (l + 0.05) >= (l + 0.05) / 0.0712 ? 'light' : 'dark';  // 0.0712: #1F2933 + 0.05
}
function renderTiles(students) {
  var box = $('name-tiles');
  clear(box);
  if (!students.length) { box.appendChild(el('p', 'empty', TEXT.namesEmpty)); return; }
  students.forEach(function (s) {
    var tile = el('button', 'name-tile' + (s.taken ? ' taken' : ''));
    tile.type = 'button';
    tile.dataset.studentId = s.id;
    var colour = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(s.colour || '') ? s.colour : '#888888';
    var avatar = el('span', 'avatar ink-' + inkFor(colour), (ICONS[s.icon] || '●') + '\uFE0E');
    avatar.setAttribute('aria-hidden', 'true');
    avatar.style.backgroundColor = colour;  // CSSOM, allowed by the page's style-src 'self'
    tile.appendChild(avatar);
    tile.appendChild(el('span', 'tile-name', s.name));
    if (s.taken) tile.appendChild(el('span', 'tile-note', TEXT.nameInUse));
    tile.addEventListener('click', function () { chooseName(s, tile); });
    box.appendChild(tile);
  });
}
var choosing = false;
async function chooseName(s, tile) {
  if (choosing) return;
  choosing = true;
  tile.classList.add('busy');
  setText('names-error', '');
  try {
    var r = await api('POST', '/api/name', { student_id: s.id });
    state.student = r.student || { id: s.id, name: s.name };
    if (r.needs_pin) { state.needsPin = true; showPin(''); } else signedIn(state.student);
  } catch (err) {
    await failed(err, 'names-error');
  } finally {
    choosing = false;
    tile.classList.remove('busy');
  }
}

function showPin(message) {
  show('pin', 'pin-input');
  setText('pin-label', state.student ? TEXT.pinLabelFor(state.student.name) : TEXT.pinLabel);
  $('pin-input').value = '';
  setText('pin-error', message);
}
async function onPin(event) {
  event.preventDefault();
  var input = $('pin-input'), button = $('pin-ok');
  if (button.disabled) return;
  if (!input.value.trim()) { setText('pin-error', TEXT.pinEmpty); input.focus(); return; }
  button.disabled = true;
  setText('pin-error', '');
  try {
    var r = await api('POST', '/api/pin', { pin: input.value.trim() });
    input.value = '';
    signedIn(r.student || state.student);
  } catch (err) {
    input.value = '';
    if (err.code === 'wrong_pin') {
      var msg = err.message || TEXT.tryAgain, left = err.data.tries_left;
      if (typeof left === 'number' && msg.indexOf(String(left)) < 0) msg += ' ' + TEXT.triesLeft(left);
      setText('pin-error', msg);
      input.focus();
    } else if (err.status === 429) {
      setText('pin-error', err.message);
      startWait('pin-ok', 'pin-wait', err.data.wait_seconds);
    } else {
      await failed(err, 'pin-error');
    }
  } finally {
    if (!waits['pin-ok']) button.disabled = false;
  }
}
async function leaveName() {
  try { await api('POST', '/api/leave', {}); } catch (err) { if (routeAuth(err)) return false; }
  return true;
}
async function onPinBack() {
  interrupted();
  state.student = null; state.draft = null; state.resumeWriter = false;
  if (await leaveName()) showNames('');
}

function signedIn(student) {
  var same = state.lastStudentId === student.id;
  state.student = student;
  state.signedIn = true;
  state.needsPin = false;
  sender.epoch++;
  sender.attempt = 0; sender.retryAt = 0; sender.failing = false; sender.csrfFails = 0;
  if (!same) { state.draft = null; state.resumeWriter = false; state.today = null; $('entry-text').value = ''; }
  state.lastStudentId = student.id;
  var resume = state.resumeWriter && state.draft;
  state.resumeWriter = false;
  if (resume) openWriter(state.draft); else showHome();
  kick(true);
  if (window.flushAnswers) window.flushAnswers();  // questionnaire answers kept on this device (questionnaire.js)
}

// ---------- home
async function showHome(message) {
  show('home');
  setText('home-title', TEXT.hello(state.student.name));
  setText('home-error', '');
  if (message) setStatus(message);
  renderContinue();
  updateSaveUI();
  renderToday(state.today || {});
  await refreshToday();
}
async function refreshToday() {
  try {
    var fresh = await api('GET', '/api/today');
    var changed = JSON.stringify(fresh) !== JSON.stringify(state.today);
    state.today = fresh;
    if (state.screen === 'home') setText('home-error', '');
    if (changed) renderToday(fresh);  // rebuilding would close "How to do it" and lose the focus
  } catch (err) {
    // Keep showing the prompts we have when only the refresh failed.
    if (state.screen === 'home' && !(err.network && state.today)) failed(err, 'home-error');
  }
}
function renderContinue() {
  var box = $('continue-list');
  clear(box);
  // Without a PIN, tapping a name proves nothing: unsent words are sent quietly, never shown again here.
  if (!state.student.has_pin) return;
  readDrafts(state.student.id).forEach(function (d) {
    if (emptyNew(d) || (d.done && d.problem_rev !== d.rev)) return;
    var b = el('button', 'button big continue-button');
    b.type = 'button';
    if (!box.firstChild) b.id = 'continue-writing';
    b.appendChild(el('span', 'button-title', TEXT.continueWriting));
    b.appendChild(el('span', 'button-sub', d.prompt_text || TEXT.freeWriting));
    b.addEventListener('click', function () { openWriter(d); });
    box.appendChild(b);
  });
}
function promptButton(cls, prompt) {
  var b = el('button', 'button big ' + cls, prompt.text);
  b.type = 'button';
  b.dataset.promptId = prompt.id;
  b.addEventListener('click', function () { openWriter(newDraft(prompt.id, prompt.text)); });
  return b;
}
function renderToday(t) {
  var list = $('today-list');
  clear(list);
  (t.today || []).forEach(function (p) { list.appendChild(promptButton('prompt-button', p)); });
  $('today-block').hidden = !(t.today && t.today.length);
  renderChallenge(t.challenge);
  renderQuestionnaires(t.questionnaires || []);
}
function renderChallenge(c) {
  var box = $('challenge-block');
  clear(box);
  box.hidden = !c;
  if (!c) return;
  box.appendChild(el('p', 'eyebrow', TEXT.challenge));
  box.appendChild(el('h2', 'challenge-title', c.title));
  if (c.day && c.days) box.appendChild(el('p', 'challenge-day', TEXT.challengeDay(c.day, c.days)));
  if (c.task) box.appendChild(el('p', 'challenge-task', TEXT.challengeToday + ' ' + c.task));
  box.appendChild(el('p', 'challenge-question', c.question));
  if (c.how && c.how.length) {
    var details = el('details', 'how');
    details.appendChild(el('summary', '', TEXT.challengeHow));
    var ul = el('ul');
    c.how.forEach(function (step) { ul.appendChild(el('li', '', step)); });
    details.appendChild(ul);
    box.appendChild(details);
  }
  var b = el('button', 'button primary', TEXT.checkIn);
  b.type = 'button';
  b.id = 'check-in';
  b.addEventListener('click', function () { openWriter(newDraft(c.prompt_id, c.question)); });
  box.appendChild(b);
}
// The questionnaires the facilitator opened for devices (questionnaire.js draws and sends them).
function renderQuestionnaires(list) {
  var box = $('questionnaires');
  clear(box);
  box.hidden = !list.length;
  if (list.length && window.renderQuestionnaireCards) window.renderQuestionnaireCards(list, box);
}
async function showBank() {
  show('bank');
  if (!state.today) {
    try { state.today = await api('GET', '/api/today'); } catch (err) { failed(err, 'bank-error'); return; }
  }
  var box = $('bank-list');
  clear(box);
  var groups = (state.today.bank || []).filter(function (g) { return g.prompts && g.prompts.length; });
  if (!groups.length) box.appendChild(el('p', 'empty', TEXT.bankEmpty));
  groups.forEach(function (g) {
    box.appendChild(el('h2', '', g.title));
    var stack = el('div', 'stack');
    g.prompts.forEach(function (p) { stack.appendChild(promptButton('bank-button', p)); });
    box.appendChild(stack);
  });
}
async function onFinished() {
  var button = $('finished');
  button.disabled = true;
  var until = Date.now() + 3000;  // give unsent words a moment to go while the name is still ours
  while (pendingCount() && !sender.failing && state.signedIn && Date.now() < until) {
    kick(true);
    await new Promise(function (ok) { setTimeout(ok, 150); });
  }
  var left = pendingCount();
  interrupted();
  state.student = null; state.lastStudentId = null; state.draft = null; state.resumeWriter = false;
  state.today = null; state.announce = false;
  var ok = await leaveName();
  button.disabled = false;
  if (!ok) return;
  await showNames(left ? TEXT.leftOnDevice : '');
  setStatus(TEXT.bye);
}

// ---------- writer
function openWriter(d) {
  if (d.done) { d.done = false; saveDraft(d); }
  state.draft = d;
  setText('writer-prompt', d.prompt_text || TEXT.freeWriting);
  $('entry-text').value = d.body;
  setVisibility(d.visibility);
  show('writer', 'writer-prompt');
  updateSaveUI();
}
function setVisibility(value) {
  var radios = document.querySelectorAll('input[name="visibility"]');
  Array.prototype.forEach.call(radios, function (r) {
    r.checked = r.value === value;
    r.parentNode.classList.toggle('checked', r.checked);
  });
}
function onEdit() {
  var d = state.draft;
  if (!d || state.screen !== 'writer') return;
  var checked = document.querySelector('input[name="visibility"]:checked');
  d.body = $('entry-text').value;
  d.visibility = checked ? checked.value : 'private';
  setVisibility(d.visibility);
  d.rev++;
  saveDraft(d);
  if (!sender.firstChange) sender.firstChange = Date.now();
  updateSaveUI();
  kick(false);
}
function onDone() {
  var d = state.draft;
  state.draft = null;
  if (!d) { showHome(); return; }
  if (emptyNew(d)) { removeDraft(d.student_id, d.entry_id); showHome(); return; }
  if (d.sent_rev >= d.rev) { removeDraft(d.student_id, d.entry_id); showHome(TEXT.saved); return; }
  d.done = true;
  saveDraft(d);
  showHome();
  if (d.problem_rev === d.rev) { setStatus(d.problem); } else {
    var away = sender.failing || !state.signedIn || navigator.onLine === false;
    setStatus(away ? TEXT.savedLocal : TEXT.saving);
    state.announce = true;
  }
  kick(true);
}

// ---------- my entries
function formatDate(value) {
  var s = String(value || '').replace(' ', 'T').replace(/(\.\d{3})\d+/, '$1');
  var date = new Date(s);
  if (isNaN(date.getTime())) return String(value || '');
  var opts = { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' };
  if (date.getFullYear() !== new Date().getFullYear()) opts.year = 'numeric';
  return date.toLocaleString(undefined, opts);
}
function entryItem(e, onDevice) {
  var li = el('li', 'card entry' + (onDevice ? ' on-device' : ''));
  li.appendChild(el('h2', 'entry-prompt', e.prompt_text || TEXT.freeWriting));
  var meta = [formatDate(e.created_at), TEXT.visibility[e.visibility] || e.visibility].filter(Boolean).join(' · ');
  li.appendChild(el('p', 'entry-meta', meta));
  if (onDevice) li.appendChild(el('p', 'entry-flag', TEXT.onDevice));
  if (e.locked) li.appendChild(el('p', 'entry-locked', TEXT.locked));
  else li.appendChild(el('p', 'entry-body', e.body));
  return li;
}
async function showEntries() {
  show('entries');
  setText('entries-error', '');
  var list = $('entries-list');
  clear(list);
  list.appendChild(el('li', 'empty', TEXT.entriesLoading));
  var local = readDrafts(state.student.id).filter(unsent);
  var localIds = {};
  local.forEach(function (d) { localIds[d.entry_id] = 1; });
  var server = [];
  try { server = (await api('GET', '/api/entries')).entries || []; } catch (err) { failed(err, 'entries-error'); }
  if (state.screen !== 'entries') return;
  clear(list);
  local.forEach(function (d) {
    list.appendChild(entryItem({ prompt_text: d.prompt_text, body: d.body, visibility: d.visibility,
      created_at: d.started_at }, true));
  });
  server.forEach(function (e) { if (!localIds[e.id]) list.appendChild(entryItem(e, false)); });
  if (!list.firstChild) list.appendChild(el('li', 'empty', TEXT.entriesEmpty));
}

// ---------- start
function applyText() {
  Array.prototype.forEach.call(document.querySelectorAll('[data-t]'), function (node) {
    var key = node.getAttribute('data-t'), value = TEXT[key];
    if (key.indexOf('visibility.') === 0) value = TEXT.visibility[key.slice(11)];
    if (typeof value === 'string') node.textContent = value;
  });
  document.title = TEXT.appName;
  document.documentElement.lang = LANG;
}
function on(id, type, fn) { $(id).addEventListener(type, fn); }
function start() {
  applyText();
  on('join-form', 'submit', onJoin);
  on('names-refresh', 'click', function () { showNames(''); });
  on('names-rejoin', 'click', function () { showJoin(''); });
  on('pin-form', 'submit', onPin);
  on('pin-back', 'click', onPinBack);
  on('free-writing', 'click', function () {
    openWriter(newDraft(null, (state.today && state.today.free_text) || TEXT.freeWriting));
  });
  on('more-prompts', 'click', showBank);
  on('my-entries', 'click', showEntries);
  on('finished', 'click', onFinished);
  on('bank-back', 'click', function () { showHome(); });
  on('entries-back', 'click', function () { showHome(); });
  on('entry-text', 'input', onEdit);
  on('visibility', 'change', onEdit);
  on('done', 'click', onDone);
  on('retry', 'click', function () { setText('loading-text', TEXT.loading); boot(); });
  window.addEventListener('online', function () { sender.retryAt = 0; kick(true); });
  document.addEventListener('visibilitychange', function () {  // back in view: try now; going away: send now
    if (document.visibilityState === 'visible') sender.retryAt = 0;
    kick(true);
  });
  window.addEventListener('pageshow', function (e) { if (e.persisted) boot(); });
  setInterval(function () {  // the facilitator may move on to the next activity: show its prompts
    if (state.screen === 'home' && state.signedIn && document.visibilityState !== 'hidden') refreshToday();
  }, 60000);
  updateSaveUI();
  boot();
}
// What questionnaire.js borrows (it is loaded after this file, outside this scope).
window.EA = { api: api, el: el, $: $, clear: clear, show: show, state: state, setText: setText,
  setStatus: setStatus, showHome: showHome, storeGet: storeGet, storeSet: storeSet, storeRemove: storeRemove,
  AUTH_CODES: AUTH_CODES, LANG: LANG, translated: translated };
start();
})();
