// Drafts a requisition through the API and opens its page, where it is submitted for approval.
import { api, clearErrors, showErrors } from './api.js';

const form = document.querySelector('form[data-new-requisition]');
if (form) {
  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors(form);
    const value = name => form.querySelector(`[name=${name}]`).value;
    const department = form.querySelector('[name=departmentId]');
    const number = name => (value(name) === '' ? null : Number(value(name)));
    const body = {
      departmentId: department.value,
      teamId: department.selectedOptions[0]?.dataset.team || null,
      title: value('title'),
      hiringManagerId: value('hiringManagerId'),
      recruiterId: value('recruiterId') || null,
      targetStart: value('targetStart'),
      bandMinimum: number('bandMinimum'),
      bandMaximum: number('bandMaximum'),
      currency: value('currency'),
    };
    try {
      const created = await api('POST', '/api/v1/employer/hiring/requisitions', body);
      window.location.assign(`/employer/hiring/requisitions/${created.id}`);
    } catch (error) {
      showErrors(form, error);
    }
  });
}
