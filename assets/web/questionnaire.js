// The questionnaire on a student's device: one question a screen, big answer buttons, skip allowed.
// Each answer is kept in this browser until the laptop has it (the same promise as writing), and sent once.
// Needs app.js (api, el, $, show, state, setText, setStatus, showHome); loaded after it.
'use strict';
(function () {
var EA = window.EA;
var api = EA.api, el = EA.el, $ = EA.$, clear = EA.clear, show = EA.show, state = EA.state;
var setText = EA.setText, setStatus = EA.setStatus, showHome = EA.showHome, AUTH_CODES = EA.AUTH_CODES;
var storeGet = EA.storeGet, storeSet = EA.storeSet, storeRemove = EA.storeRemove;

var QTEXT = {
  card: 'Questionnaire', open: 'Answer the questions', resume: 'Go on answering',
  progress: function (n, total) { return 'Question ' + n + ' of ' + total; },
  answered: function (n, total) { return n + ' of ' + total + ' answered'; },
  skip: 'Skip this question', back: '← Back', thanks: 'Thank you! Your answers are saved.',
  thanksLocal: 'Thank you! Your answers are kept on this device and will be sent when the connection is back.',
  private: 'Nobody in your class sees your answers. You can skip any question.'
};
var own = EA.LANG !== 'en' && window.EA_LANGUAGES && window.EA_LANGUAGES[EA.LANG];
if (own) EA.translated(QTEXT, own.questionnaire);
var quiz = { q: null, index: 0, busy: false, timer: null, failures: 0 };

function qKey(sid) { return 'ea.answers.' + sid; }
function qQueue(sid) {
  try { var list = JSON.parse(storeGet(qKey(sid)) || '[]'); return Array.isArray(list) ? list : []; }
  catch (e) { return []; }
}
function qSetQueue(sid, list) { if (list.length) storeSet(qKey(sid), JSON.stringify(list)); else storeRemove(qKey(sid)); }

// Home: a card per questionnaire the facilitator opened.
function renderQuestionnaireCards(list, box) {
  list.forEach(function (q) {
    var answered = Object.keys(q.answered || {}).length, total = q.items.length;
    var card = el('div', 'challenge questionnaire-card');
    card.appendChild(el('p', 'eyebrow', QTEXT.card + (q.when ? ' · ' + q.when : '')));
    card.appendChild(el('h2', 'challenge-title', q.title));
    card.appendChild(el('p', 'challenge-day', QTEXT.answered(answered, total)));
    var b = el('button', 'button primary', answered ? QTEXT.resume : QTEXT.open);
    b.type = 'button';
    b.id = 'open-questionnaire';
    b.addEventListener('click', function () { openQuestionnaire(q); });
    card.appendChild(b);
    box.appendChild(card);
  });
}

function openQuestionnaire(q) {
  quiz.q = q;
  var done = q.answered || {};
  quiz.index = 0;
  while (quiz.index < q.items.length && Object.prototype.hasOwnProperty.call(done, q.items[quiz.index].id)) {
    quiz.index++;
  }
  if (quiz.index >= q.items.length) quiz.index = 0;
  show('questionnaire', 'q-item');
  renderQuestion();
}

function renderQuestion() {
  var q = quiz.q, item = q.items[quiz.index];
  setText('q-title', q.title);
  setText('q-progress', QTEXT.progress(quiz.index + 1, q.items.length));
  setText('q-private', quiz.index === 0 ? (q.instructions + ' ' + QTEXT.private) : QTEXT.private);
  setText('q-item', item.text);
  var box = $('q-answers');
  clear(box);
  var mine = (q.answered || {})[item.id];
  q.values.forEach(function (value, i) {
    var b = el('button', 'button big answer-button' + (mine === value ? ' chosen' : ''), q.labels[i]);
    b.type = 'button';
    b.dataset.value = String(value);
    b.setAttribute('aria-pressed', mine === value ? 'true' : 'false');
    b.addEventListener('click', function () { choose(value); });
    box.appendChild(b);
  });
}

function choose(value) {
  var q = quiz.q, item = q.items[quiz.index];
  q.answered = q.answered || {};
  q.answered[item.id] = value;
  var sid = state.student.id;
  var list = qQueue(sid).filter(function (a) { return !(a.round_id === q.round_id && a.item_id === item.id); });
  list.push({ round_id: q.round_id, item_id: item.id, value: value });
  qSetQueue(sid, list);
  flushAnswers();
  if (quiz.index + 1 < q.items.length) { quiz.index++; renderQuestion(); $('q-item').focus(); return; }
  showHome();
  setStatus(qQueue(sid).length ? QTEXT.thanksLocal : QTEXT.thanks);
}

// One answer at a time, oldest first; a network failure waits and tries again, forever.
async function flushAnswers() {
  if (quiz.busy || !state.signedIn || !state.student) return;
  var sid = state.student.id, list = qQueue(sid);
  if (!list.length) { document.body.dataset.answersPending = '0'; return; }
  document.body.dataset.answersPending = String(list.length);
  var a = list[0];
  quiz.busy = true;
  try {
    await api('PUT', '/api/answers/' + encodeURIComponent(a.round_id),
      { student_id: sid, item_id: a.item_id, value: a.value });
    quiz.failures = 0;
    dropAnswer(sid, a);
  } catch (err) {
    if (err.network || err.status === 429) {
      quiz.failures++;
      clearTimeout(quiz.timer);
      quiz.timer = setTimeout(flushAnswers, Math.min(5000, 1000 * quiz.failures));
      quiz.busy = false;
      return;
    }
    if (AUTH_CODES[err.code] || err.code === 'wrong_student') { quiz.busy = false; return; }  // sent after sign-in
    dropAnswer(sid, a);  // closed, or not understood: keeping it would block the rest for ever
    if (err.code === 'closed') setStatus(err.message);
  }
  quiz.busy = false;
  if (qQueue(sid).length) flushAnswers(); else document.body.dataset.answersPending = '0';
}
function dropAnswer(sid, a) {
  qSetQueue(sid, qQueue(sid).filter(function (x) { return !(x.round_id === a.round_id && x.item_id === a.item_id); }));
}

window.renderQuestionnaireCards = renderQuestionnaireCards;
window.flushAnswers = flushAnswers;
$('q-skip').addEventListener('click', function () { choose(null); });
$('q-back').addEventListener('click', function () { showHome(); });
setText('q-skip', QTEXT.skip);
window.addEventListener('online', flushAnswers);
flushAnswers();
})();
