// Post or edit a job: "Read skills" asks the API what the draft is understood as; the recruiter then removes,
// switches or adds skills as chips, and publishes. Every rule lives in the API: its field errors are shown here.
import { api, ApiError, announce, clearErrors, el, money, showErrors } from './api.js';

const form = document.querySelector('form[data-job-form]');
if (form) {
  const jobId = form.dataset.jobId || '';
  const editor = form.querySelector('[data-skill-editor]');
  const addInput = form.querySelector('#add-skill');
  const addKind = form.querySelector('#add-skill-kind');
  const salaryPreview = form.querySelector('[data-salary-preview]');
  const readButton = form.querySelector('[data-read-skills]');
  const publish = form.querySelector('[data-publish]');

  // The skill list the recruiter is shaping; null until the description has been read (then the API extracts).
  let skills = jobId ? JSON.parse(editor.dataset.skills || '[]').map(s => ({ name: s.label, required: s.required })) : null;

  const value = name => (form.elements.namedItem(name)?.value || '').trim();
  const amount = name => (value(name) === '' ? null : Number(value(name)));

  /** "Portland, OR, US; Austin, TX, US" as places: city, region, country (two parts: city and country). */
  function places() {
    return value('locations').split(';').map(p => p.split(',').map(s => s.trim()).filter(Boolean)).filter(p => p.length > 0).map(parts => {
      if (parts.length === 1) return { city: parts[0] };
      if (parts.length === 2) return { city: parts[0], country: parts[1] };
      return { city: parts[0], region: parts.slice(1, -1).join(', '), country: parts[parts.length - 1] };
    });
  }

  function salary() {
    const min = amount('salary.min');
    const max = amount('salary.max');
    if (min === null && max === null) return undefined;
    return { min, max, currency: value('salary.currency').toUpperCase(), period: value('salary.period') || 'year' };
  }

  function draft(withSkills) {
    const body = {
      title: value('title'),
      description: value('description'),
      locations: places(),
      arrangement: value('arrangement') || null,
      employmentType: value('employmentType') || null,
      validThrough: value('validThrough') || null,
      salary: salary(),
    };
    if (withSkills && skills !== null) body.skills = skills;
    return body;
  }

  const periods = { year: 'a year', month: 'a month', week: 'a week', day: 'a day', hour: 'an hour' };

  function payText(pay) {
    try {
      const from = money(pay.min, pay.currency);
      const to = pay.max !== null && pay.max !== undefined && pay.max !== pay.min ? ` – ${money(pay.max, pay.currency)}` : '';
      return `${from}${to} ${periods[pay.period] || 'a year'}`;
    } catch {
      return null; // Not a currency the browser knows: the API says what is wrong on publishing.
    }
  }

  function showSalary() {
    const pay = salary();
    if (!pay || pay.min === null) {
      salaryPreview.textContent = 'No pay given: jobs with pay get more applicants, and seekers filter by it.';
      return;
    }
    const text = pay.currency.length === 3 ? payText(pay) : null;
    salaryPreview.textContent = text ? `Shown as: ${text}${pay.period !== 'year' ? ' (seekers also see it per year)' : ''}` : 'Enter a three-letter currency code such as USD.';
  }

  function chip(skill, index) {
    const other = skill.required ? 'nice to have' : 'required';
    return el('li', { class: `chip ${skill.required ? 'have' : ''}` },
      el('span', {}, skill.name),
      el('button', { type: 'button', class: 'chip-switch', 'aria-label': `Make ${skill.name} ${other}`, title: `Make ${other}`, onclick: () => {
        skills[index] = { ...skill, required: !skill.required };
        renderSkills();
        announce(`${skill.name} is now ${other}.`);
      } }, skill.required ? '↓' : '↑'),
      el('button', { type: 'button', 'aria-label': `Remove ${skill.name}`, title: 'Remove', onclick: () => {
        skills.splice(index, 1);
        renderSkills();
        announce(`Removed ${skill.name}.`);
        addInput.focus();
      } }, '×'));
  }

  function renderSkills() {
    editor.hidden = false;
    for (const required of [true, false]) {
      const list = editor.querySelector(`[data-chips=${required ? 'required' : 'nice'}]`);
      const items = skills.map((s, i) => [s, i]).filter(([s]) => s.required === required);
      list.replaceChildren(...(items.length
        ? items.map(([s, i]) => chip(s, i))
        : [el('li', { class: 'muted small' }, required ? 'None: add the skills a person must have.' : 'None.')]));
    }
  }

  function showUnderstood(job) {
    const facts = form.querySelector('[data-facts]');
    facts.hidden = false;
    facts.querySelector('[data-occupation]').textContent = job.occupation ? job.occupation.label : 'Not recognised yet: a clearer title helps.';
    facts.querySelector('[data-seniority]').textContent = job.seniority && job.seniority !== 'unspecified' ? job.seniority.replace(/([A-Z])/g, ' $1').toLowerCase().replace(/^./, c => c.toUpperCase()) : 'Not stated';
    facts.querySelector('[data-shown-salary]').textContent = job.salary ? `${payText({ ...job.salary, period: 'year' })}` : 'Not given';
  }

  /** The API names list items (skills[2].name, locations[0].city); show them next to the input they came from. */
  function fieldErrors(error) {
    if (!(error instanceof ApiError)) return error;
    const merged = {};
    for (const [field, list] of Object.entries(error.errors)) {
      const index = /^skills\[(\d+)\]/.exec(field);
      const key = index ? 'skills' : field.startsWith('locations') ? 'locations' : field;
      const prefix = index && skills && skills[Number(index[1])] ? `${skills[Number(index[1])].name}: ` : '';
      merged[key] = [...(merged[key] || []), ...list.map(m => prefix + m)];
    }
    error.errors = merged;
    return error;
  }

  readButton.addEventListener('click', async () => {
    clearErrors(form);
    readButton.disabled = true;
    readButton.textContent = 'Reading…';
    try {
      const job = await api('POST', '/api/v1/employer/jobs/preview', draft(false));
      skills = job.skills.map(s => ({ name: s.label, required: s.required }));
      renderSkills();
      showUnderstood(job);
      announce(`Found ${skills.length} ${skills.length === 1 ? 'skill' : 'skills'}: ${skills.filter(s => s.required).length} required. Remove, switch or add, then publish.`);
    } catch (error) {
      showErrors(form, fieldErrors(error));
    } finally {
      readButton.disabled = false;
      readButton.textContent = 'Read skills';
    }
  });

  form.querySelector('[data-add-skill]').addEventListener('click', () => {
    const name = addInput.value.trim();
    if (!name) {
      addInput.focus();
      return;
    }
    skills = skills || [];
    const existing = skills.findIndex(s => s.name.toLowerCase() === name.toLowerCase());
    const required = addKind.value === 'required';
    if (existing >= 0) skills[existing] = { ...skills[existing], required };
    else skills.push({ name, required });
    addInput.value = '';
    renderSkills();
    announce(`Added ${name} as ${required ? 'required' : 'nice to have'}.`);
    addInput.focus();
  });
  addInput.addEventListener('keydown', event => {
    if (event.key === 'Enter') {
      event.preventDefault();
      form.querySelector('[data-add-skill]').click();
    }
  });

  form.addEventListener('input', event => {
    if (event.target.name && event.target.name.startsWith('salary.')) showSalary();
  });
  form.addEventListener('change', event => {
    if (event.target.name === 'salary.period') showSalary();
  });

  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors(form);
    publish.disabled = true;
    try {
      const job = jobId
        ? await api('PUT', `/api/v1/employer/jobs/${encodeURIComponent(jobId)}`, draft(true))
        : await api('POST', '/api/v1/employer/jobs', draft(true));
      announce(jobId ? 'Saved.' : 'Published.');
      window.location.assign(`/employer/jobs/${encodeURIComponent(job.id)}?${jobId ? 'saved' : 'published'}=1`);
    } catch (error) {
      showErrors(form, fieldErrors(error));
      publish.disabled = false;
    }
  });

  if (skills !== null) renderSkills();
  showSalary();
}
