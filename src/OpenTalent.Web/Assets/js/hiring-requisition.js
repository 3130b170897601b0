// A requisition's approval actions on its pipeline page (submit, approve, reject, hold, resume, fill, cancel), each
// through the API with the comment or reason typed beside them, and the job it takes applicants from; refusals are shown.
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

const link = root?.querySelector('form[data-link-posting]');
if (link) {
  link.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors(link);
    try {
      await api('PUT', `/api/v1/employer/hiring/requisitions/${root.dataset.requisition}`, { postingId: link.querySelector('[name=postingId]').value });
      announce('Saved.');
      window.location.reload();
    } catch (error) {
      showErrors(link, error);
    }
  });
}
