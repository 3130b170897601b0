// A requisition's approval actions on its pipeline page (submit, approve, reject, hold, resume, fill, cancel), each
// through the API with the comment or reason typed beside them; a refusal (not this approver, not now) is shown.
import { api, announce, clearErrors, showErrors } from './api.js';

const root = document.querySelector('[data-pipeline-page]');
const form = root?.querySelector('form[data-requisition-actions]');
if (form) {
  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors(form);
    const action = event.submitter?.value;
    if (!action) return;
    try {
      await api('POST', `/api/v1/employer/hiring/requisitions/${root.dataset.requisition}/${action}`, { note: form.querySelector('[name=note]').value || null });
      announce('Done.');
      window.location.reload();
    } catch (error) {
      showErrors(form, error);
    }
  });
}
