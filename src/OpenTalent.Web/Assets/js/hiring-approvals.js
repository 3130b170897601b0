// Saves the approval chain: the chosen steps in order (blank ones left out), as roles or named members.
import { api, announce, clearErrors, showErrors } from './api.js';

const form = document.querySelector('form[data-chain-form]');
if (form) {
  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors(form);
    const steps = [...form.querySelectorAll('select[name=step]')].map(s => s.value).filter(v => v !== '').map(v => {
      const [kind, value] = v.split(/:(.*)/s);
      return kind === 'role' ? { role: value } : { accountId: value };
    });
    try {
      await api('PUT', '/api/v1/employer/hiring/approval-chain', { steps });
      announce('Approval chain saved.');
      window.location.reload();
    } catch (error) {
      showErrors(form, error);
    }
  });
}
