// The headcount plan editor: department rows (added and removed here) become the plan the API checks and saves.
// Ids ride along so requisitions stay attached; a team keeps its id and targets by name.
import { api, announce, clearErrors, showErrors } from './api.js';

const form = document.querySelector('form[data-plan-form]');
if (form) {
  const list = form.querySelector('[data-departments]');
  const template = list.querySelector('[data-department]').cloneNode(true);
  const lines = text => text.split('\n').map(l => l.trim()).filter(l => l !== '');
  const pair = line => {
    const at = line.lastIndexOf(':');
    return at < 0 ? [line, ''] : [line.slice(0, at).trim(), line.slice(at + 1).trim()];
  };
  const number = text => (text === '' || Number.isNaN(Number(text)) ? null : Number(text));

  form.querySelector('[data-add-department]').addEventListener('click', () => {
    const row = template.cloneNode(true);
    row.dataset.id = '';
    row.dataset.teams = '[]';
    row.querySelectorAll('input, textarea').forEach(input => { input.value = ''; });
    list.append(row);
    row.querySelector('input').focus();
  });
  list.addEventListener('click', event => {
    if (event.target.matches('[data-remove-department]') && list.children.length > 1) event.target.closest('[data-department]').remove();
  });

  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors(form);
    const departments = [...list.querySelectorAll('[data-department]')].map(row => {
      const existingTeams = JSON.parse(row.dataset.teams || '[]');
      return {
        id: row.dataset.id || null,
        name: row.querySelector('[name=departmentName]').value,
        current: number(row.querySelector('[name=current]').value),
        targets: lines(row.querySelector('[name=targets]').value).map(pair).map(([date, headcount]) => ({ date, headcount: number(headcount) })),
        teams: lines(row.querySelector('[name=teams]').value).map(pair).map(([name, current]) => {
          const known = existingTeams.find(t => t.name.toLowerCase() === name.toLowerCase());
          return { id: known?.id ?? null, name, current: number(current), targets: known?.targets ?? [] };
        }),
      };
    });
    try {
      await api('PUT', '/api/v1/employer/hiring/plan', { name: form.querySelector('[name=name]').value, slug: form.querySelector('[name=slug]').value, departments });
      announce('Plan saved.');
      window.location.assign('/employer/hiring');
    } catch (error) {
      showErrors(form, error);
    }
  });
}
