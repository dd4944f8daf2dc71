// kinmap serve's page: edits the case through forms and the genogram. The
// server checks every change with the case loader and saves only a valid
// case; this page never decides what is valid. Every name is set as text
// (textContent), never as markup.
'use strict';

const csrf = document.querySelector('meta[name="kinmap-csrf"]').content;
const $ = (id) => document.getElementById(id);

let state = null;       // the server's last answer: {exists, version, document, view, history}
let selected = null;    // id of the person in the form
let retry = null;       // the request a conflict interrupted, to run again on "save mine"

const clone = (value) => JSON.parse(JSON.stringify(value));

async function call(method, path, body) {
  const headers = {'X-Kinmap-CSRF': csrf};
  if (state) headers['If-Match'] = state.version;
  const init = {method, headers, credentials: 'same-origin'};
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body, null, 2);
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch (e) {
    return {status: 0, data: {answer: 'error', message: 'kinmap serve is not running'}};
  }
  const data = await response.json().catch(() => ({answer: 'error',
    message: response.status + ' ' + response.statusText}));
  return {status: response.status, data};
}

function say(text) { $('status').textContent = text; }

/// Sends a request that changes the case and shows what came of it.
async function change(method, path, body, then) {
  say('Saving…');
  const {status, data} = await call(method, path, body);
  if (status === 200) {
    clearProblems();
    show(data);
    say(data.answer === 'unchanged' ? 'Nothing to save' : 'Saved');
    if (then) then();
  } else if (status === 422) {
    showProblems(data.diagnostics);
    say('Not saved: see the problem marked');
  } else if (status === 409) {
    retry = () => change(method, path, body, then);
    state.pendingVersion = data.version;
    state.theirs = data;
    $('conflict').showModal();
    say('Not saved: the case was changed somewhere else');
  } else {
    say('Not saved: ' + (data.message || status));
  }
}

// ---- what the server says is wrong, beside its field ------------------

function clearProblems() {
  for (const p of document.querySelectorAll('p.error')) { p.hidden = true; p.textContent = ''; }
  for (const f of document.querySelectorAll('[aria-invalid]')) {
    f.removeAttribute('aria-invalid');
    f.removeAttribute('aria-describedby');
  }
  $('problems').hidden = true;
  $('problem-list').textContent = '';
}

/// The form control a JSON pointer such as /people/3/born is about, if shown.
function fieldFor(pointer) {
  const parts = pointer.split('/').slice(1);
  if (!state || !state.exists) {
    for (let n = parts.length; n > 0; --n) {
      const f = document.querySelector('#new-case-form [data-path="' + parts.slice(0, n).join('/') + '"]');
      if (f) return f;
    }
    return null;
  }
  if (parts[0] === 'case') {
    $('case-panel').open = true;
    return document.querySelector('#case-form [data-key="' + parts[1] + '"]');
  }
  if (parts[0] === 'relationships') {
    const f = $('separated-date');
    return f && f.dataset.index === parts[1] ? f : null;
  }
  if (parts[0] !== 'people' || !selected) return null;
  const person = (state.document.people || [])[Number(parts[1])];
  if (!person || person.id !== selected) return null;
  for (let n = parts.length; n > 2; --n) {
    const key = parts.slice(2, n).join('/');
    const f = document.querySelector('#person-form [data-key="' + key + '"]') ||
              document.querySelector('#person-form [data-key^="' + key + '/"]');
    if (f) return f;
  }
  return null;
}

function showProblems(diagnostics) {
  clearProblems();
  let first = null;
  for (const d of diagnostics.filter((d) => d.level === 'error')) {
    const field = fieldFor(d.pointer || '');
    if (field) {
      const note = $(field.id + '-error');
      note.textContent = note.textContent ? note.textContent + ' ' + d.message : d.message;
      note.hidden = false;
      field.setAttribute('aria-invalid', 'true');
      field.setAttribute('aria-describedby', note.id);
      first = first || field;
    } else {
      const li = document.createElement('li');
      li.textContent = (d.pointer ? d.pointer + ': ' : '') + d.message;
      $('problem-list').append(li);
      $('problems').hidden = false;
    }
  }
  if (first) first.focus();
}

// ---- showing the case -------------------------------------------------

function show(data) {
  state = data;
  const doc = data.document;
  $('undo').disabled = !data.history.can_undo;
  $('redo').disabled = !data.history.can_redo;
  $('new-case').hidden = data.exists;
  $('editor').hidden = !data.exists;
  if (!data.exists) { $('n-case-id').focus(); return; }
  $('case-title').textContent = doc && doc.case ? '· ' + (doc.case.title || doc.case.id) : '';
  if (data.diagnostics.some((d) => d.level === 'error')) showProblems(data.diagnostics);
  const people = (doc && doc.people) || [];
  if (!people.some((p) => p.id === selected)) selected = people.length ? people[0].id : null;
  showDrawing(data.view);
  showPeople(people);
  showCase(doc);
  showPerson();
  showFindings(data.view);
}

function personName(p) { return p.name || (p.id + ' (no name yet)'); }

function showDrawing(view) {
  const box = $('genogram');
  $('drawing-note').textContent = view ? (view.drawing_error || '') : 'The case cannot be drawn until its problems are fixed.';
  if (!view || !view.svg) return;
  const parsed = new DOMParser().parseFromString(view.svg, 'image/svg+xml');
  const svg = parsed.documentElement;
  if (svg.nodeName !== 'svg') return;
  svg.setAttribute('role', 'group');
  svg.setAttribute('aria-label', 'Genogram of the family');
  box.replaceChildren(document.importNode(svg, true));
  for (const node of box.querySelectorAll('g.node.person')) {
    const id = node.id.replace(/^person-/, '');
    const person = state.document.people.find((p) => p.id === id);
    if (!person) continue;
    node.setAttribute('tabindex', '0');
    node.setAttribute('role', 'button');
    node.setAttribute('aria-label', 'Select ' + personName(person));
    node.dataset.person = id;
    node.addEventListener('click', () => select(id));
    node.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); select(id); }
    });
  }
  highlight([selected]);
}

function highlight(ids) {
  for (const node of document.querySelectorAll('#genogram g.node.person')) {
    node.classList.toggle('selected', ids.includes(node.dataset.person));
  }
  for (const b of document.querySelectorAll('#people button')) {
    b.setAttribute('aria-pressed', String(b.dataset.person === selected));
  }
}

function showPeople(people) {
  const list = $('people');
  list.textContent = '';
  for (const p of people) {
    const li = document.createElement('li');
    const b = document.createElement('button');
    b.type = 'button';
    b.dataset.person = p.id;
    b.textContent = personName(p);
    b.addEventListener('click', () => select(p.id));
    li.append(b);
    list.append(li);
  }
}

function select(id, ids) {
  selected = id;
  clearProblems();
  showPerson();
  highlight(ids || [id]);
}

function get(object, key) {
  return key.split('/').reduce((o, k) => (o == null ? undefined : o[k]), object);
}

function showPerson() {
  const person = state.document.people.find((p) => p.id === selected);
  $('person-form').hidden = !person;
  $('actions').hidden = !person;
  $('no-person').hidden = !!person;
  $('person-title').textContent = person ? personName(person) : 'Selected person';
  $('links-title').hidden = !person;
  $('links').hidden = !person;
  if (!person) return;
  showLinks();
  for (const f of document.querySelectorAll('#person-form [data-key]')) {
    const value = get(person, f.dataset.key);
    if (f.dataset.type === 'list') f.value = (value || []).join(', ');
    else f.value = value === undefined ? '' : String(value);
  }
}

function showCase(doc) {
  for (const f of document.querySelectorAll('#case-form [data-key]')) {
    const value = doc.case ? doc.case[f.dataset.key] : undefined;
    f.value = value === undefined ? '' : String(value);
  }
}

const ENDS = ['a', 'b', 'parent', 'child', 'adult', 'carer', 'from', 'to'];

/// "Mother of Ruby" style words for one relationship seen from `id`.
function linkText(r, id) {
  const other = ENDS.map((k) => r[k]).find((v) => v !== undefined && v !== id);
  const person = state.document.people.find((p) => p.id === other);
  const name = person ? personName(person) : other;
  const kind = r.kind && r.kind !== 'biological' ? ' (' + r.kind.replace('_', ' ') + ')' : '';
  if (r.type === 'parent') return (r.parent === id ? 'Parent of ' : 'Child of ') + name + kind;
  if (r.type === 'partner') return 'Partner of ' + name + (r.status ? ' (' + r.status.replace('_', ' ') + ')' : '');
  return r.type.charAt(0).toUpperCase() + r.type.slice(1) + ' with ' + name;
}

function showLinks() {
  const list = $('links');
  list.textContent = '';
  (state.document.relationships || []).forEach((r, index) => {
    if (!ENDS.some((k) => r[k] === selected)) return;
    const li = document.createElement('li');
    const text = linkText(r, selected);
    li.append(text);
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = 'Remove';
    b.setAttribute('aria-label', 'Remove link: ' + text);
    b.addEventListener('click', () => {
      const doc = clone(state.document);
      doc.relationships.splice(index, 1);
      change('PUT', '/api/case', doc);
    });
    li.append(b);
    if (r.type === 'partner' && !['separated', 'divorced', 'ended'].includes(r.status)) {
      const s = document.createElement('button');
      s.type = 'button';
      s.textContent = 'Separated…';
      s.setAttribute('aria-label', 'Record a separation: ' + text);
      s.addEventListener('click', () => separationForm(li, index, s));
      li.append(s);
    }
    list.append(li);
  });
  if (!list.children.length) list.textContent = 'No one yet.';
}

/// "Separated on ...": the date asked for in place, then one change.
function separationForm(li, index, opener) {
  opener.remove();
  const form = document.createElement('form');
  form.className = 'inline';
  form.noValidate = true;
  const label = document.createElement('label');
  label.htmlFor = 'separated-date';
  label.textContent = 'Separated on (YYYY-MM-DD, YYYY-MM or YYYY)';
  const input = document.createElement('input');
  input.id = 'separated-date';
  input.dataset.index = String(index);
  input.autocomplete = 'off';
  const error = document.createElement('p');
  error.className = 'error';
  error.id = 'separated-date-error';
  error.hidden = true;
  const save = document.createElement('button');
  save.type = 'submit';
  save.id = 'separated-save';
  save.textContent = 'Save separation';
  form.append(label, input, error, save);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const doc = clone(state.document);
    const r = doc.relationships[index];
    r.status = 'separated';
    if (input.value.trim()) r.to = input.value.trim(); else delete r.to;
    change('PUT', '/api/case', doc);
  });
  li.append(form);
  input.focus();
}

function saveCase(event) {
  event.preventDefault();
  const doc = clone(state.document);
  for (const f of document.querySelectorAll('#case-form [data-key]')) set(doc.case, f.dataset.key, fieldValue(f));
  change('PUT', '/api/case', doc);
}

function showFindings(view) {
  const box = $('findings');
  box.textContent = '';
  if (!view) { $('finding-counts').textContent = ''; return; }
  const f = view.findings;
  const c = f.counts;
  $('finding-counts').textContent = c.urgent + ' urgent, ' + c.high + ' high, ' + c.medium +
    ' medium, ' + c.low + ' low';
  for (const block of f.people.concat(f.children)) {
    const article = document.createElement('article');
    article.className = 'finding severity-' + block.severity;
    const h = document.createElement('h3');
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = block.heading + ' (' + block.severity + ')';
    b.addEventListener('click', () => select(block.person || block.people[0], block.people));
    h.append(b);
    article.append(h);
    for (const text of [block.links, block.risk]) {
      if (!text) continue;
      const p = document.createElement('p');
      p.textContent = text;
      article.append(p);
    }
    const items = document.createElement('ul');
    for (const item of block.items) {
      const li = document.createElement('li');
      li.textContent = item.text;
      items.append(li);
    }
    article.append(items);
    if (block.actions.length) {
      const p = document.createElement('p');
      p.textContent = 'To do:';
      const actions = document.createElement('ul');
      for (const a of block.actions) {
        const li = document.createElement('li');
        li.textContent = a;
        actions.append(li);
      }
      article.append(p, actions);
    }
    box.append(article);
  }
  if (!box.children.length) box.textContent = 'No findings.';
}

// ---- changes ------------------------------------------------------------

function newId(doc, prefix) {
  const used = new Set(doc.people.map((p) => p.id));
  for (let n = 1; ; ++n) if (!used.has(prefix + n)) return prefix + n;
}

function set(object, key, value) {
  const keys = key.split('/');
  let o = object;
  for (const k of keys.slice(0, -1)) o = (o[k] = o[k] || {});
  const last = keys[keys.length - 1];
  if (value === undefined) delete o[last]; else o[last] = value;
  if (keys.length > 1 && Object.keys(o).length === 0) delete object[keys[0]];
}

function fieldValue(f) {
  const text = f.value.trim();
  if (text === '') return undefined;
  if (f.dataset.type === 'integer') return /^-?\d+$/.test(text) ? Number(text) : text;
  if (f.dataset.type === 'boolean') return text === 'true';
  if (f.dataset.type === 'list') return text.split(',').map((s) => s.trim()).filter((s) => s);
  return text;
}

function savePerson(event) {
  event.preventDefault();
  const doc = clone(state.document);
  const person = doc.people.find((p) => p.id === selected);
  for (const f of document.querySelectorAll('#person-form [data-key]')) {
    set(person, f.dataset.key, fieldValue(f));
  }
  change('PUT', '/api/case', doc);
}

const opposite = {male: 'female', female: 'male'};

function addRelative(kind) {
  const doc = clone(state.document);
  const me = doc.people.find((p) => p.id === selected);
  doc.relationships = doc.relationships || [];
  if (kind === 'remove') {
    doc.people = doc.people.filter((p) => p.id !== selected);
    doc.relationships = doc.relationships.filter((r) => !ENDS.some((k) => r[k] === selected));
    if (doc.case.focus) doc.case.focus = doc.case.focus.filter((id) => id !== selected);
    change('PUT', '/api/case', doc);
    return;
  }
  const id = newId(doc, 'p');
  const sex = {father: 'male', mother: 'female', partner: opposite[me.sex] || 'unknown',
               child: 'unknown'}[kind];
  doc.people.push({id, sex});
  if (kind === 'father' || kind === 'mother')
    doc.relationships.push({type: 'parent', parent: id, child: me.id});
  else if (kind === 'child')
    doc.relationships.push({type: 'parent', parent: me.id, child: id});
  else
    doc.relationships.push({type: 'partner', a: me.id, b: id, status: 'current'});
  change('PUT', '/api/case', doc, () => { select(id); $('f-name').focus(); });
}

function startCase(event) {
  event.preventDefault();
  const value = (id) => $(id).value.trim() || undefined;
  const child = {id: 'c1', sex: $('n-sex').value};
  if (value('n-name')) child.name = value('n-name');
  if (value('n-born')) child.born = value('n-born');
  const doc = {format: 'kinmap-case/1',
               case: {id: value('n-case-id') || '', as_of: value('n-case-as_of') || '', focus: ['c1']},
               people: [child]};
  change('PUT', '/api/case', doc, () => select('c1'));
}

async function load() {
  const {status, data} = await call('GET', '/api/case');
  if (status !== 200) { say('Cannot load the case: ' + (data.message || status)); return; }
  show(data);
  say(data.exists ? '' : 'New case: ' + data.path + ' will be created when you save.');
}

document.addEventListener('DOMContentLoaded', () => {
  $('n-case-as_of').value = new Date().toISOString().slice(0, 10);
  $('new-case-form').addEventListener('submit', startCase);
  $('person-form').addEventListener('submit', savePerson);
  $('case-form').addEventListener('submit', saveCase);
  for (const b of document.querySelectorAll('#actions button'))
    b.addEventListener('click', () => addRelative(b.dataset.action));
  $('undo').addEventListener('click', () => change('POST', '/api/undo'));
  $('redo').addEventListener('click', () => change('POST', '/api/redo'));
  $('conflict-reload').addEventListener('click', () => {
    $('conflict').close();
    retry = null;
    show(state.theirs);
    say('Showing the version saved elsewhere');
  });
  $('conflict-overwrite').addEventListener('click', () => {
    $('conflict').close();
    state.version = state.pendingVersion;
    const again = retry;
    retry = null;
    if (again) again();
  });
  load();
});
