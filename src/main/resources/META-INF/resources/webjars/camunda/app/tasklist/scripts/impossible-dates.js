// A date that does not exist, typed into a form's date field (31.02.2027), says so in Danish beside
// the field. The browser's own date field (the embedded forms' goals) keeps no value for it: the
// form turns the field red and Tasklist disables "Afslut opgaven" without a word. Camunda Forms'
// date field (form-js's flatpickr) would read it as another day (31.02 as 03.03): danish-dates.js
// makes it refuse the day, and this script says why. Loaded by config.js (customScripts).

const MESSAGE = 'Datoen findes ikke. Skriv en dato, der findes, som dd.mm.åååå (fx 28.02.2027).';

let fieldsWithoutId = 0;

// the fields (by id) whose typed day does not exist: form-js may draw such a field anew as it shows
// its own errors, and the message comes back with it
const impossibleFields = new Set();

// dd.mm.åååå (also d.m.åååå) that names no day of the calendar; empty or unreadable text is not ours to judge
function impossible(text) {
  const parts = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/.exec(text || '');
  if (!parts) {
    return false;
  }
  const day = +parts[1];
  const month = +parts[2];
  const year = +parts[3];
  const date = new Date(year, month - 1, day);
  return date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day;
}

function messageBeside(field) {
  if (!field.id) {
    fieldsWithoutId += 1;
    field.id = 'aarshjul-date-' + fieldsWithoutId;
  }
  const id = field.id + '-impossible';
  impossibleFields.add(field.id);
  let message = document.getElementById(id);
  if (!message) {
    message = document.createElement('p');
    message.id = id;
    message.className = 'aarshjul-date-error';
    message.setAttribute('role', 'alert');
    message.textContent = MESSAGE;
    // under form-js's field, where form-js shows its own errors (its inner boxes are laid out by
    // form-js and redrawn by it), or right after the browser's own date field
    const formJsField = field.closest('.fjs-form-field');
    if (formJsField) {
      formJsField.appendChild(message);
    } else {
      field.insertAdjacentElement('afterend', message);
    }
  }
  field.setAttribute('aria-invalid', 'true');
  const described = (field.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
  if (described.indexOf(id) < 0) {
    field.setAttribute('aria-describedby', described.concat([id]).join(' '));
  }
}

function noMessage(field) {
  if (!field.id) {
    return;
  }
  impossibleFields.delete(field.id);
  const id = field.id + '-impossible';
  const message = document.getElementById(id);
  if (!message) {
    return;
  }
  message.remove();
  field.removeAttribute('aria-invalid');
  const described = (field.getAttribute('aria-describedby') || '').split(' ').filter(part => part && part !== id);
  if (described.length) {
    field.setAttribute('aria-describedby', described.join(' '));
  } else {
    field.removeAttribute('aria-describedby');
  }
}

function check(event) {
  const field = event.target;
  if (!(field instanceof HTMLInputElement)) {
    return;
  }
  if (field.type === 'date') {
    if (field.validity.badInput) {
      messageBeside(field);
    } else {
      noMessage(field);
    }
    return;
  }
  if (!field.closest('.fjs-form-field-datetime')) {
    return;
  }
  // form-js's field is judged as the person types it: when it is left, flatpickr refuses the day and
  // empties the field, announcing that with events of its own (untrusted), which leave the message be
  // (a Tab's or an arrow's keyup changes no text: leaving the field is no typing)
  const typing = event.isTrusted && (event.type === 'input' || event.type === 'keyup'
    && (event.key.length === 1 || event.key === 'Backspace' || event.key === 'Delete'));
  if (typing) {
    if (impossible(field.value)) {
      messageBeside(field);
    } else {
      noMessage(field);
    }
  } else if (field.value.trim() !== '') {
    noMessage(field);
  } else if (field.id && document.getElementById(field.id + '-impossible')) {
    // form-js redraws the field's own attributes as it shows its errors: the message stays tied to it
    messageBeside(field);
  }
}

// the browser's date field keeps its value empty while its parts name no day: no input event then,
// so the check runs on every key and when the field is left
['input', 'change', 'keyup', 'focusout'].forEach(type => document.addEventListener(type, check, true));

new MutationObserver(() => {
  impossibleFields.forEach(id => {
    const field = document.getElementById(id);
    if (field && !document.getElementById(id + '-impossible') && field.value.trim() === '') {
      messageBeside(field);
    }
  });
}).observe(document.documentElement, { childList: true, subtree: true });
