// The pages' one way to call /api/v1: JSON in and out, the anti-forgery token on every write, and
// problem+json errors turned into messages next to the fields they name. Text from the server is always
// placed with textContent, never as HTML.

let token = null;

async function antiforgeryToken(refresh = false) {
  if (token === null || refresh) {
    const response = await fetch('/api/v1/antiforgery', { credentials: 'same-origin' });
    token = (await response.json()).token;
  }
  return token;
}

/** An error the API answered with: status, title, detail and the field errors of a validation problem. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `The server answered ${status}.`);
    this.status = status;
    this.problem = problem;
    this.errors = problem.errors || {};
  }
}

/**
 * Calls the API. body: an object (sent as JSON), FormData (sent as multipart) or undefined.
 * Returns the parsed JSON (or null for 204); throws ApiError for an error status.
 */
export async function api(method, url, body) {
  const headers = { Accept: 'application/json' };
  const write = !['GET', 'HEAD'].includes(method);
  let payload;
  if (body instanceof FormData) {
    payload = body;
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }

  for (let attempt = 0; ; attempt++) {
    if (write) {
      headers['X-CSRF-TOKEN'] = await antiforgeryToken(attempt > 0);
    }
    const response = await fetch(url, { method, headers, body: payload, credentials: 'same-origin' });
    if (response.status === 204) {
      return null;
    }
    const type = response.headers.get('Content-Type') || '';
    const data = type.includes('json') ? await response.json() : null;
    if (response.ok) {
      return data;
    }
    // A token minted before signing in or out is no longer valid: fetch a fresh one once.
    if (write && attempt === 0 && response.status === 400 && data && String(data.type || '').includes('antiforgery')) {
      continue;
    }
    throw new ApiError(response.status, data || { title: `The server answered ${response.status}.` });
  }
}

/** Forgets the anti-forgery token (after signing in or out the server issues a new one). */
export function resetToken() {
  token = null;
}

/** Creates an element: el('a', { href: '/x', class: 'c' }, 'text', child). Strings become text nodes. */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') node.className = value;
    else if (name.startsWith('on') && typeof value === 'function') node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/**
 * Shows an API error on a form: each field error under its input (matched by name, case-insensitively, or by a
 * data-field attribute), with aria-invalid and aria-describedby, and a summary in the form's [role=alert] element.
 */
export function showErrors(form, error) {
  clearErrors(form);
  const summary = form.querySelector('[data-errors]');
  const messages = [];
  const errors = error instanceof ApiError ? error.errors : {};
  for (const [field, list] of Object.entries(errors)) {
    const input = findField(form, field);
    const text = `${labelOf(input, field)} ${list.join(' ')}`;
    messages.push(text);
    if (input) {
      const id = `${input.id || input.name}-error`;
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', id);
      input.insertAdjacentElement('afterend', el('p', { class: 'field-error', id, 'data-field-error': true }, list.join(' ')));
    }
  }
  if (summary) {
    summary.hidden = false;
    summary.replaceChildren(
      el('p', {}, el('strong', {}, error instanceof ApiError ? (error.problem.title || 'Please check the form.') : 'Something went wrong.')),
      messages.length ? el('ul', {}, messages.map(m => el('li', {}, m))) : el('p', {}, error.message));
    summary.focus();
  }
}

export function clearErrors(form) {
  form.querySelectorAll('[data-field-error]').forEach(node => node.remove());
  form.querySelectorAll('[aria-invalid]').forEach(node => { node.removeAttribute('aria-invalid'); node.removeAttribute('aria-describedby'); });
  const summary = form.querySelector('[data-errors]');
  if (summary) { summary.hidden = true; summary.replaceChildren(); }
}

function findField(form, field) {
  const wanted = field.toLowerCase();
  return [...form.querySelectorAll('input, select, textarea')]
    .find(input => (input.dataset.field || input.name || '').toLowerCase() === wanted) || null;
}

function labelOf(input, field) {
  const label = input && input.id ? document.querySelector(`label[for="${input.id}"]`) : null;
  return label ? `${label.childNodes[0].textContent.trim()}:` : `${field}:`;
}

/** Announces a short status to screen readers and shows it, in the page's [data-status] region. */
export function announce(message, kind = 'good') {
  const region = document.querySelector('[data-status]');
  if (!region) return;
  region.className = `notice ${kind}`;
  region.hidden = false;
  region.textContent = message;
}

/** Money as the reader expects it: "$182,000". */
export function money(amount, currency = 'USD') {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
}

/** A date as "22 Nov 2026". */
export function day(value) {
  return value ? new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(value)) : '';
}
