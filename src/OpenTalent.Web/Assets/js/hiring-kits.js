// Adds an interview kit through the API: a name and its competencies, one per line; errors show beside the fields.
import { api, announce, clearErrors, showErrors } from './api.js';

const form = document.querySelector('form[data-kit-form]');
if (form) {
  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors(form);
    const competencies = form.querySelector('[name=competencies]').value.split('\n').map(line => line.trim()).filter(line => line !== '');
    try {
      await api('POST', '/api/v1/employer/hiring/kits', { name: form.querySelector('[name=name]').value, competencies });
      announce('Kit added.');
      window.location.reload();
    } catch (error) {
      showErrors(form, error);
    }
  });
}
