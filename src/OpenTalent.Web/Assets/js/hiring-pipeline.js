// A requisition's pipeline: select candidates (one by one or the whole page) and move or reject them together
// through the API, all or nothing, with a templated message if asked; a refusal lists which could not move and why.
import { api, announce, clearErrors, showErrors } from './api.js';

const root = document.querySelector('[data-pipeline-page]');
const form = root?.querySelector('form[data-bulk-move]');
if (form) {
  const boxes = () => [...form.querySelectorAll('input[name=applicationIds]')];
  const selectAll = form.querySelector('[data-select-all]');
  const submit = form.querySelector('[data-selected-count]');
  const refresh = () => {
    const count = boxes().filter(b => b.checked).length;
    if (submit) {
      submit.textContent = count === 0 ? 'Apply to the selected' : `Apply to ${count} selected`;
      submit.disabled = count === 0;
    }
  };
  selectAll?.addEventListener('change', () => { boxes().forEach(b => { b.checked = selectAll.checked; }); refresh(); });
  form.addEventListener('change', event => { if (event.target.name === 'applicationIds') refresh(); });
  refresh();

  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors(form);
    const ids = boxes().filter(b => b.checked).map(b => b.value);
    const [kind, value] = form.querySelector('[name=action]').value.split(/:(.*)/s);
    const body = { applicationIds: ids, note: form.querySelector('[name=note]').value || null };
    if (kind === 'stage') body.toStage = value; else body.reject = value;
    if (form.querySelector('[data-send-message]')?.checked) body.message = form.querySelector('[name=template]').value;
    submit.disabled = true;
    try {
      const result = await api('POST', `/api/v1/employer/hiring/requisitions/${root.dataset.requisition}/moves`, body);
      announce(`${result.moved} moved.`);
      window.location.reload();
    } catch (error) {
      const items = error.problem?.items?.filter(i => i.error) ?? [];
      if (items.length > 0) {
        const list = document.createElement('ul');
        for (const item of items) {
          const entry = document.createElement('li');
          entry.textContent = item.error;
          list.append(entry);
        }
        const box = form.querySelector('[data-errors]');
        box.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'Nothing was moved:' }), list);
        box.hidden = false;
        box.focus();
      } else {
        showErrors(form, error);
      }
      refresh();
    }
  });
}
