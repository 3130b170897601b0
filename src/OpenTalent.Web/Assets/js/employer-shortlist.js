// A job's shortlist: moving an application to one of its allowed next statuses. Final moves (reject, hired) ask
// first. The list is rendered on the server; after a move the card shows the new status and the moves now allowed.
import { api, announce, el } from './api.js';

const dialog = document.querySelector('[data-move-dialog]');
const labels = { screening: 'Move to screening', interview: 'Move to interview', offer: 'Make an offer', hired: 'Mark hired', rejected: 'Reject' };
const badges = { offer: 'good', hired: 'good', rejected: 'bad', withdrawn: 'bad', interview: 'warn' };
const title = status => status.replace(/^./, c => c.toUpperCase());

function confirmMove(name, status) {
  if (status !== 'rejected' && status !== 'hired') return Promise.resolve(true);
  dialog.querySelector('[data-move-title]').textContent = status === 'rejected' ? `Reject ${name}?` : `Mark ${name} as hired?`;
  dialog.querySelector('[data-move-text]').textContent = status === 'rejected'
    ? 'They will see that their application was not successful. This is final.'
    : 'The application closes as hired. This is final.';
  dialog.querySelector('[data-move-confirm]').textContent = status === 'rejected' ? 'Reject' : 'Mark hired';
  dialog.querySelector('[data-move-confirm]').className = status === 'rejected' ? 'danger' : '';
  dialog.returnValue = '';
  dialog.showModal();
  return new Promise(resolve => dialog.addEventListener('close', () => resolve(dialog.returnValue === 'confirm'), { once: true }));
}

function render(holder, application) {
  const badge = holder.querySelector('[data-application-status]');
  badge.textContent = title(application.status);
  badge.className = `badge ${badges[application.status] || ''}`;
  const moves = holder.querySelector('[data-moves]');
  if (!moves) return;
  if (application.next.length === 0) {
    moves.replaceWith(el('p', { class: 'muted small' }, 'This application is closed.'));
    return;
  }
  moves.replaceChildren(...application.next.map(next =>
    el('button', { type: 'button', class: next === 'rejected' ? 'secondary danger-text' : 'secondary', 'data-move': next }, labels[next] || `Move to ${next}`)));
}

document.addEventListener('click', async event => {
  const button = event.target.closest('[data-move]');
  if (!button) return;
  const holder = button.closest('[data-application]');
  const name = holder.dataset.name;
  const status = button.dataset.move;
  if (!(await confirmMove(name, status))) {
    button.focus();
    return;
  }
  const buttons = [...holder.querySelectorAll('[data-move]')];
  buttons.forEach(b => { b.disabled = true; });
  try {
    const application = await api('POST', `/api/v1/employer/applications/${encodeURIComponent(holder.dataset.application)}/status`, { status });
    render(holder, application);
    announce(`${name}'s application is now ${application.status}.`);
    holder.querySelector('[data-move]')?.focus();
  } catch (error) {
    buttons.forEach(b => { b.disabled = false; });
    announce(`Could not move ${name}'s application: ${error.message}`, 'bad');
  }
});
