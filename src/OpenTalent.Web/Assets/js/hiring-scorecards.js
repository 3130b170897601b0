// An interviewer's scorecard on the application page: the chosen kit's competencies are shown (the others hidden and
// left out of the form), and the ratings go to the API; a refusal is shown next to the form.
import { api, announce, clearErrors, showErrors } from './api.js';

const form = document.querySelector('form[data-scorecard-form]');
if (form) {
  const kitSelect = form.querySelector('[data-kit-select]');
  const showKit = () => {
    for (const fieldset of form.querySelectorAll('fieldset[data-kit]')) {
      const chosen = fieldset.dataset.kit === kitSelect.value;
      fieldset.hidden = !chosen;
      fieldset.disabled = !chosen;
    }
  };
  kitSelect.addEventListener('change', showKit);
  showKit();

  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors(form);
    const ratings = {};
    for (const select of form.querySelectorAll('fieldset[data-kit]:not([disabled]) select[data-competency]')) {
      if (select.value !== '') ratings[select.dataset.competency] = Number(select.value);
    }
    const body = {
      kitId: kitSelect.value,
      stage: form.querySelector('[name=stage]').value,
      ratings,
      overall: form.querySelector('[name=overall]').value,
      notes: form.querySelector('[name=notes]').value || null,
    };
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      await api('POST', `/api/v1/employer/hiring/requisitions/${form.dataset.requisition}/applications/${form.dataset.application}/scorecards`, body);
      announce('Scorecard submitted.');
      window.location.reload();
    } catch (error) {
      showErrors(form, error);
      button.disabled = false;
    }
  });
}
