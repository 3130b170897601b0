// Previews the templated message for each candidate selected on the pipeline page, through the API, so a recruiter
// reads exactly what each one would get before moving or rejecting them; nothing is sent or stored.
import { api, announce, clearErrors, showErrors } from './api.js';

const root = document.querySelector('[data-pipeline-page]');
const form = root?.querySelector('form[data-bulk-move]');
const button = form?.querySelector('[data-preview-message]');
if (form && button) {
  const output = form.querySelector('[data-message-preview]');
  button.addEventListener('click', async () => {
    clearErrors(form);
    const ids = [...form.querySelectorAll('input[name=applicationIds]')].filter(b => b.checked).map(b => b.value);
    const [kind, value] = form.querySelector('[name=action]').value.split(/:(.*)/s);
    const body = { template: form.querySelector('[name=template]').value, applicationIds: ids, stage: root.dataset.stage, page: Number(root.dataset.page) };
    if (kind === 'stage') body.toStage = value;
    try {
      const result = await api('POST', `/api/v1/employer/hiring/requisitions/${root.dataset.requisition}/messages/preview`, body);
      const list = document.createElement('ol');
      for (const item of result.items) {
        const entry = document.createElement('li');
        entry.append(Object.assign(document.createElement('strong'), { textContent: item.candidateName }));
        entry.append(Object.assign(document.createElement('pre'), { textContent: item.message }));
        list.append(entry);
      }
      output.replaceChildren(list);
      output.hidden = false;
      announce(`Previewed the message for ${result.items.length}.`);
    } catch (error) {
      output.hidden = true;
      showErrors(form, error);
    }
  });
}
