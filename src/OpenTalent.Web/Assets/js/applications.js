// Withdrawing an application: asked once more in place (naming the job), then sent to the API; the card's status
// and history update where they are, and the change is announced.
import { announce, api, day, el } from './api.js';
import { statusBadge, statusLabel } from './statuses.js';

for (const card of document.querySelectorAll('[data-application]')) {
  const area = card.querySelector('[data-withdraw]');
  if (!area) continue;
  const start = area.querySelector('[data-withdraw-start]');
  const title = card.dataset.title;

  const ask = () => {
    const confirm = el('button', { type: 'button', class: 'danger' }, 'Yes, withdraw');
    const keep = el('button', { type: 'button', class: 'secondary' }, 'Keep it');
    const question = el('div', { class: 'notice warn confirm', role: 'group', 'aria-label': 'Confirm withdrawal' },
      el('p', {}, `Withdraw your application for ${title}? The employer will see that you withdrew, and this cannot be undone.`),
      el('div', { class: 'actions' }, confirm, keep));
    area.replaceChildren(question);
    keep.addEventListener('click', () => {
      area.replaceChildren(start);
      start.focus();
    });
    confirm.addEventListener('click', () => withdraw(confirm, keep, question));
    confirm.focus();
  };

  const withdraw = async (confirm, keep, question) => {
    confirm.disabled = true;
    keep.disabled = true;
    confirm.textContent = 'Withdrawing…';
    try {
      const application = await api('POST', `/api/v1/me/applications/${card.dataset.application}/withdraw`);
      const badge = card.querySelector('[data-status-badge]');
      badge.className = `${statusBadge(application.status)} status-badge`;
      badge.textContent = statusLabel(application.status);
      card.querySelector('[data-history]').replaceChildren(...application.history.map(step =>
        el('li', {}, el('time', { datetime: step.at }, day(step.at)), `: ${statusLabel(step.status)}${step.note ? ` · ${step.note}` : ''}`)));
      const summary = card.querySelector('.history summary');
      if (summary) summary.textContent = `History (${application.history.length} steps)`;
      area.remove();
      announce(`You withdrew your application for ${title}.`);
    } catch (error) {
      question.replaceChildren(
        el('p', {}, error.message || 'The application could not be withdrawn.'),
        el('div', { class: 'actions' }, el('button', { type: 'button', class: 'secondary', onclick: () => { area.replaceChildren(start); start.focus(); } }, 'Close')));
      question.className = 'notice bad';
      question.setAttribute('role', 'alert');
    }
  };

  start.addEventListener('click', ask);
}
