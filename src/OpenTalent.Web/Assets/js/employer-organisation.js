// The organisation page: members (add by email, change role, remove) and API keys (create, shown once; revoke).
// The API enforces every rule (owners only, an organisation keeps an owner); its errors are shown as they come.
import { api, announce, clearErrors, day, el, showErrors } from './api.js';

const members = document.querySelector('[data-members]');
const keys = document.querySelector('[data-keys]');
const dialog = document.querySelector('[data-confirm-dialog]');
const roles = [['owner', 'Owner'], ['recruiter', 'Recruiter'], ['hiringManager', 'Hiring manager']];
const roleName = value => (roles.find(([v]) => v === value) || [value, value])[1];

function confirmAction(title, text, action) {
  dialog.querySelector('[data-confirm-title]').textContent = title;
  dialog.querySelector('[data-confirm-text]').textContent = text;
  dialog.querySelector('[data-confirm-button]').textContent = action;
  dialog.returnValue = '';
  dialog.showModal();
  return new Promise(resolve => dialog.addEventListener('close', () => resolve(dialog.returnValue === 'confirm'), { once: true }));
}

if (members) {
  const owner = members.dataset.owner === 'true';
  const self = members.dataset.self;
  const rows = members.querySelector('[data-member-rows]');

  async function loadMembers() {
    try {
      render(await api('GET', '/api/v1/employer/members'));
    } catch (error) {
      rows.replaceChildren(el('tr', {}, el('td', { colspan: 5 }, `Could not load the members: ${error.message}`)));
    }
  }

  function roleCell(member) {
    if (!owner) return el('td', { 'data-label': 'Role' }, roleName(member.role));
    const id = `role-${member.accountId}`;
    const select = el('select', { id, 'data-role-for': member.accountId },
      roles.map(([value, text]) => el('option', { value, selected: value === member.role }, text)));
    select.addEventListener('change', async () => {
      select.disabled = true;
      try {
        const changed = await api('PUT', `/api/v1/employer/members/${member.accountId}`, { role: select.value });
        announce(`${member.displayName} is now ${roleName(changed.role).toLowerCase()}.`);
        member.role = changed.role;
      } catch (error) {
        select.value = member.role;
        announce(`Could not change ${member.displayName}'s role: ${error.message}`, 'bad');
      } finally {
        select.disabled = false;
      }
    });
    return el('td', { 'data-label': 'Role' }, el('label', { for: id, class: 'visually-hidden' }, `Role of ${member.displayName}`), select);
  }

  function render(list) {
    rows.replaceChildren(...list.map(member => el('tr', {},
      el('td', { 'data-label': 'Name' }, member.displayName, member.accountId === self ? el('span', { class: 'muted small' }, ' (you)') : null),
      el('td', { 'data-label': 'Email' }, member.email),
      roleCell(member),
      el('td', { 'data-label': 'Joined' }, day(member.joinedAt)),
      owner ? el('td', { class: 'row-actions' }, el('button', { type: 'button', class: 'link', onclick: () => remove(member) }, 'Remove', el('span', { class: 'visually-hidden' }, ` ${member.displayName}`))) : null)));
  }

  async function remove(member) {
    const leaving = member.accountId === self;
    if (!(await confirmAction(leaving ? 'Leave this organisation?' : `Remove ${member.displayName}?`,
      leaving ? 'You lose access to its jobs and shortlists at once.' : 'They lose access to the organisation\'s jobs and shortlists at once. Their jobs stay.',
      leaving ? 'Leave' : 'Remove'))) return;
    try {
      await api('DELETE', `/api/v1/employer/members/${member.accountId}`);
      if (leaving) {
        window.location.assign('/employer');
        return;
      }
      announce(`Removed ${member.displayName}.`);
      await loadMembers();
    } catch (error) {
      announce(`Could not remove ${member.displayName}: ${error.message}`, 'bad');
    }
  }

  const add = document.querySelector('form[data-add-member]');
  add?.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors(add);
    const button = add.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      const member = await api('POST', '/api/v1/employer/members', Object.fromEntries(new FormData(add)));
      add.reset();
      announce(`Added ${member.displayName} as ${roleName(member.role).toLowerCase()}.`);
      await loadMembers();
    } catch (error) {
      // "No account with this email" and "already in an organisation" are about the email field.
      if (!Object.keys(error.errors || {}).length && [404, 409].includes(error.status)) error.errors = { email: [error.message] };
      showErrors(add, error);
    } finally {
      button.disabled = false;
    }
  });

  loadMembers();
}

if (keys) {
  const rows = keys.querySelector('[data-key-rows]');
  const secret = keys.querySelector('[data-secret]');
  const secretValue = secret.querySelector('[data-secret-value]');

  async function loadKeys() {
    try {
      const list = await api('GET', '/api/v1/employer/api-keys');
      rows.replaceChildren(...(list.length ? list.map(row) : [el('tr', {}, el('td', { colspan: 5, class: 'muted' }, 'No keys yet.'))]));
    } catch (error) {
      rows.replaceChildren(el('tr', {}, el('td', { colspan: 5 }, `Could not load the keys: ${error.message}`)));
    }
  }

  function row(key) {
    return el('tr', {},
      el('td', { 'data-label': 'Name' }, key.name),
      el('td', { 'data-label': 'Key' }, el('code', {}, key.hint)),
      el('td', { 'data-label': 'Created' }, day(key.createdAt)),
      el('td', { 'data-label': 'Status' }, key.active ? el('span', { class: 'badge good' }, 'Active') : el('span', { class: 'badge' }, `Revoked ${day(key.revokedAt)}`)),
      el('td', { class: 'row-actions' }, key.active
        ? el('button', { type: 'button', class: 'link', onclick: () => revoke(key) }, 'Revoke', el('span', { class: 'visually-hidden' }, ` ${key.name}`))
        : null));
  }

  async function revoke(key) {
    if (!(await confirmAction(`Revoke “${key.name}”?`, 'Programs using this key stop working at once. This cannot be undone.', 'Revoke'))) return;
    try {
      await api('DELETE', `/api/v1/employer/api-keys/${key.id}`);
      announce(`Revoked “${key.name}”.`);
      await loadKeys();
    } catch (error) {
      announce(`Could not revoke “${key.name}”: ${error.message}`, 'bad');
    }
  }

  const create = keys.querySelector('form[data-create-key]');
  create.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors(create);
    const button = create.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      const issued = await api('POST', '/api/v1/employer/api-keys', Object.fromEntries(new FormData(create)));
      create.reset();
      secretValue.textContent = issued.secret;
      secret.hidden = false;
      announce(`Created “${issued.key.name}”. Copy its secret now.`);
      secret.querySelector('[data-copy]').focus();
      await loadKeys();
    } catch (error) {
      showErrors(create, error);
    } finally {
      button.disabled = false;
    }
  });

  secret.querySelector('[data-copy]').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(secretValue.textContent);
      announce('Copied the key.');
    } catch {
      // No clipboard permission: select it so the person can copy it themselves.
      window.getSelection().selectAllChildren(secretValue);
      announce('Select-and-copy the key shown (it is selected).', 'warn');
    }
  });

  loadKeys();
}
