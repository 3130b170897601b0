// The profile editor: one JSON Resume document, filled from the saved profile, from an uploaded resume or by hand,
// and saved as a whole with PUT /api/v1/me/profile. Fields the form does not show (email, projects, languages, a
// work entry's summary...) ride along untouched, so editing here never loses what a resume held.
import { api, announce, ApiError, clearErrors, el, money, showErrors } from './api.js';
import { wireTalentPoolSwitch } from './talent-pool.js';

const root = document.querySelector('[data-profile-page]');
if (root) {
  const form = root.querySelector('[data-profile-form]');
  const uploadForm = root.querySelector('[data-upload]');
  const lists = { work: root.querySelector('[data-list=work]'), education: root.querySelector('[data-list=education]') };
  const skillList = root.querySelector('[data-skills]');
  const newSkill = root.querySelector('[data-new-skill]');
  const dirtyNote = root.querySelector('[data-dirty]');
  let resume = {};
  let dirty = false;

  const setDirty = value => {
    dirty = value;
    dirtyNote.hidden = !value;
  };

  // ---- paths into the document ("basics.location.city") ----
  const read = (object, path) => path.split('.').reduce((node, key) => (node && typeof node === 'object' ? node[key] : undefined), object);

  function write(object, path, value) {
    const keys = path.split('.');
    const parents = [object];
    let node = object;
    for (const key of keys.slice(0, -1)) {
      if (!node[key] || typeof node[key] !== 'object' || Array.isArray(node[key])) node[key] = {};
      node = node[key];
      parents.push(node);
    }
    const last = keys[keys.length - 1];
    if (value === undefined) delete node[last]; else node[last] = value;
    // An emptied object goes too: "location": {} says nothing, and a salary without an amount is an error.
    for (let i = keys.length - 1; i > 0; i--) {
      if (Object.keys(parents[i]).length === 0) delete parents[i - 1][keys[i - 1]]; else break;
    }
  }

  const text = value => (typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value));
  const given = value => { const trimmed = value.trim(); return trimmed.length ? trimmed : undefined; };

  // ---- the fixed fields ----
  const fixedFields = () => [...form.querySelectorAll('[data-field]')].filter(input => !input.closest('[data-entry]'));
  const salaryPaths = ['meta.opentalent.expectedSalary', 'meta.opentalent.currentSalary'];

  function fillFixed() {
    for (const input of fixedFields()) {
      const value = read(resume, input.dataset.field);
      if (input.tagName === 'SELECT') {
        const wanted = text(value).toLowerCase().replace(/[\s-]/g, '');
        const option = [...input.options].find(o => o.value.toLowerCase() === wanted);
        input.value = option ? option.value : input.options[0].value;
      } else if (value !== undefined && value !== null) {
        input.value = text(value);
      } else if (!input.dataset.field.endsWith('.currency')) {
        input.value = '';
      } else {
        input.value = input.defaultValue;
      }
    }
  }

  function collectFixed() {
    for (const input of fixedFields()) {
      const path = input.dataset.field;
      if (salaryPaths.some(salary => path.startsWith(salary))) continue;
      write(resume, path, given(input.value));
    }
    for (const salary of salaryPaths) {
      const amount = given(form.querySelector(`[data-field="${salary}.amount"]`).value);
      if (amount === undefined) {
        write(resume, salary, undefined);
        continue;
      }
      const number = Number(amount);
      write(resume, salary, {
        amount: Number.isFinite(number) ? number : amount,
        currency: (given(form.querySelector(`[data-field="${salary}.currency"]`).value) || 'USD').toUpperCase(),
        period: form.querySelector(`[data-field="${salary}.period"]`).value,
      });
    }
  }

  // ---- work and education entries ----
  const entryFields = {
    work: [
      { key: 'position', label: 'Job title' },
      { key: 'name', label: 'Employer' },
      { key: 'startDate', label: 'Started', hint: 'YYYY-MM' },
      { key: 'endDate', label: 'Ended', hint: 'Empty if current' },
      { key: 'highlights', label: 'What you did', multiline: true, hint: 'One point per line.' },
    ],
    education: [
      { key: 'institution', label: 'School or university' },
      { key: 'studyType', label: 'Degree', hint: 'e.g. Bachelor, MSc' },
      { key: 'area', label: 'Subject' },
      { key: 'startDate', label: 'Started', hint: 'YYYY or YYYY-MM' },
      { key: 'endDate', label: 'Finished', hint: 'YYYY or YYYY-MM' },
    ],
  };
  const entryNames = { work: 'Job', education: 'Education' };

  function renderEntries(section) {
    const entries = Array.isArray(resume[section]) ? resume[section] : [];
    lists[section].replaceChildren(...entries.map((entry, index) => entryView(section, entry, index)));
    root.querySelector(`[data-empty=${section}]`).hidden = entries.length > 0;
  }

  function entryView(section, entry, index) {
    const title = section === 'work'
      ? [text(entry.position), text(entry.name || entry.company)].filter(Boolean).join(' at ')
      : [text(entry.studyType), text(entry.area), text(entry.institution)].filter(Boolean).join(', ');
    const legend = `${entryNames[section]} ${index + 1}${title ? `: ${title}` : ''}`;
    const fields = entryFields[section].map(field => {
      const id = `${section}-${index}-${field.key}`;
      const path = `${section}[${index}].${field.key}`;
      const hintId = field.hint ? `${id}-hint` : null;
      let value = entry[field.key];
      if (field.key === 'name' && value === undefined) value = entry.company;
      const input = field.multiline
        ? el('textarea', { id, rows: 3, 'data-field': path, 'aria-describedby': hintId })
        : el('input', { id, type: 'text', 'data-field': path, maxlength: 200, 'aria-describedby': hintId });
      input.value = Array.isArray(value) ? value.map(text).join('\n') : text(value);
      return el('div', { class: `field${field.multiline ? ' wide' : ''}` },
        el('label', { for: id }, field.label),
        input,
        field.hint ? el('span', { class: 'hint', id: hintId }, field.hint) : null);
    });
    const remove = el('button', { type: 'button', class: 'secondary', 'aria-label': `Remove ${legend}` }, 'Remove');
    remove.addEventListener('click', () => {
      collectEntries();
      // By identity, not index: collecting may have dropped blank entries and shifted the rest.
      resume[section] = (resume[section] || []).filter(other => other !== entry);
      if (!resume[section].length) delete resume[section];
      renderEntries(section);
      setDirty(true);
      announce(`${legend} removed. Save the profile to keep the change.`, 'warn');
      root.querySelector(`[data-add=${section}]`).focus();
    });
    return el('fieldset', { class: 'entry', 'data-entry': section },
      el('legend', {}, legend),
      el('div', { class: 'entry-grid' }, fields),
      el('div', { class: 'actions' }, remove));
  }

  function collectEntries() {
    for (const section of Object.keys(lists)) {
      const entries = Array.isArray(resume[section]) ? resume[section] : [];
      entries.forEach((entry, index) => {
        for (const field of entryFields[section]) {
          const input = document.getElementById(`${section}-${index}-${field.key}`);
          if (!input) continue;
          if (field.key === 'highlights') {
            entry.highlights = input.value.split('\n').map(line => line.replace(/^\s*[-•*]\s*/, '').trim()).filter(Boolean);
          } else {
            const value = given(input.value);
            if (value === undefined) delete entry[field.key]; else entry[field.key] = value;
            if (field.key === 'name') delete entry.company;
          }
        }
      });
      // A job or school added and left blank says nothing: it is dropped, not saved as an empty entry.
      const kept = entries.filter(entry => Object.values(entry).some(value => !(Array.isArray(value) && value.length === 0)));
      if (kept.length) resume[section] = kept; else delete resume[section];
      if (kept.length !== entries.length) renderEntries(section);
    }
  }

  root.querySelectorAll('[data-add]').forEach(button => button.addEventListener('click', () => {
    const section = button.dataset.add;
    collectEntries();
    resume[section] = Array.isArray(resume[section]) ? resume[section] : [];
    // Latest first, as a resume reads: a new job goes on top.
    resume[section].unshift(section === 'work' ? { highlights: [] } : {});
    renderEntries(section);
    setDirty(true);
    document.getElementById(`${section}-0-${entryFields[section][0].key}`).focus();
  }));

  // ---- skills ----
  const skills = () => (Array.isArray(resume.skills) ? resume.skills.filter(s => s && typeof s === 'object') : []);

  function renderSkills() {
    const list = skills();
    skillList.replaceChildren(...list.map((skill, index) => {
      const name = text(skill.name);
      const keywords = Array.isArray(skill.keywords) && skill.keywords.length ? ` (${skill.keywords.map(text).join(', ')})` : '';
      const remove = el('button', { type: 'button', 'aria-label': `Remove ${name}`, title: `Remove ${name}` }, '×');
      remove.addEventListener('click', () => {
        resume.skills = list.filter((_, i) => i !== index);
        renderSkills();
        setDirty(true);
        announce(`${name} removed from your skills. Save the profile to keep the change.`, 'warn');
        newSkill.focus();
      });
      return el('li', { class: 'chip' }, el('span', {}, name + keywords), remove);
    }));
    root.querySelector('[data-empty=skills]').hidden = list.length > 0;
  }

  function addSkill() {
    const name = given(newSkill.value);
    if (!name) {
      announce('Type a skill first, then press Add.', 'warn');
      newSkill.focus();
      return;
    }
    if (skills().some(skill => text(skill.name).toLowerCase() === name.toLowerCase())) {
      announce(`${name} is already in your skills.`, 'warn');
      newSkill.select();
      return;
    }
    resume.skills = [...skills(), { name }];
    newSkill.value = '';
    renderSkills();
    setDirty(true);
    announce(`${name} added to your skills. Save the profile to keep the change.`);
    newSkill.focus();
  }

  root.querySelector('[data-add-skill]').addEventListener('click', addSkill);
  newSkill.addEventListener('keydown', event => {
    if (event.key === 'Enter') {
      event.preventDefault();
      addSkill();
    }
  });

  // ---- filling and saving ----
  function fill(source) {
    resume = structuredClone(source && typeof source === 'object' ? source : {});
    fillFixed();
    renderEntries('work');
    renderEntries('education');
    renderSkills();
  }

  function collect() {
    collectFixed();
    collectEntries();
    return resume;
  }

  const labels = {
    seniority: { unspecified: 'Not stated', intern: 'Intern', entry: 'Entry level', junior: 'Junior', mid: 'Mid level', senior: 'Senior', lead: 'Lead', principal: 'Principal', manager: 'Manager', director: 'Director', vicePresident: 'Vice president', executive: 'Executive' },
    remote: { any: 'No preference', remoteOnly: 'Remote only', remoteOrHybrid: 'Remote or hybrid', onSite: 'On site' },
  };

  function showUnderstood(understood) {
    const section = root.querySelector('[data-understood]');
    if (!understood) {
      section.hidden = true;
      return;
    }
    const facts = [];
    const fact = (term, value) => { if (value) facts.push(el('dt', {}, term), el('dd', {}, value)); };
    fact('Occupation', understood.occupations?.length
      ? understood.occupations.slice(0, 3).map(o => o.label).join('; ')
      : 'Not recognised: add a job title as your headline or to your latest job.');
    fact('Seniority', labels.seniority[understood.seniority] || understood.seniority);
    fact('Experience', typeof understood.yearsOfExperience === 'number' ? `${Math.round(understood.yearsOfExperience * 10) / 10} years in dated roles` : null);
    fact('Location', understood.location ? [understood.location.city, understood.location.region, understood.location.country].filter(Boolean).join(', ') : null);
    fact('Where', labels.remote[understood.remotePreference] || null);
    fact('Salary you expect', understood.expectedSalary ? `${money(understood.expectedSalary.amount, understood.expectedSalary.currency)} a year` : null);
    fact('Salary now', understood.currentSalary ? `${money(understood.currentSalary.amount, understood.currentSalary.currency)} a year` : null);
    section.querySelector('[data-understood-facts]').replaceChildren(...facts);
    const recognised = understood.skills || [];
    section.querySelector('[data-understood-skills]').replaceChildren(...(recognised.length
      ? recognised.map(skill => el('li', { class: 'chip have' }, skill.label))
      : [el('li', { class: 'muted' }, 'None yet: add skills below, spelled as employers write them.')]));
    section.hidden = false;
  }

  form.addEventListener('input', event => { if (!event.target.matches('[data-new-skill]')) setDirty(true); });
  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors(form);
    const submit = form.querySelector('button[type=submit]');
    submit.disabled = true;
    submit.textContent = 'Saving…';
    form.setAttribute('aria-busy', 'true');
    try {
      const saved = await api('PUT', '/api/v1/me/profile', collect());
      fill(saved.resume);
      setDirty(false);
      showUnderstood(saved.understood);
      root.querySelector('[data-review]').hidden = true;
      announce('Profile saved. Jobs for me and Earn more now use it.');
      root.querySelector('#understood-title').focus();
    } catch (error) {
      // Field paths such as work[0].startDate name the inputs (data-field), so each error sits under its field.
      showErrors(form, error);
    } finally {
      submit.disabled = false;
      submit.textContent = 'Save profile';
      form.removeAttribute('aria-busy');
    }
  });

  window.addEventListener('beforeunload', event => {
    if (dirty) event.preventDefault();
  });

  // ---- upload ----
  const formats = { plainText: 'plain text', pdf: 'PDF', docx: 'Word document', jsonResume: 'JSON Resume' };
  const count = (n, one, many) => `${n} ${n === 1 ? one : many}`;

  uploadForm.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors(uploadForm);
    const file = uploadForm.querySelector('input[type=file]').files[0];
    if (!file) {
      showErrors(uploadForm, new ApiError(400, { title: 'Choose a resume file first.', errors: { file: ['is required: choose a PDF, Word, plain-text or JSON Resume file.'] } }));
      return;
    }
    const submit = uploadForm.querySelector('button[type=submit]');
    submit.disabled = true;
    submit.textContent = 'Reading your resume…';
    uploadForm.setAttribute('aria-busy', 'true');
    const data = new FormData();
    data.append('file', file);
    try {
      const upload = await api('POST', '/api/v1/me/resume', data);
      const preferences = read(resume, 'meta.opentalent');
      const next = upload.resume;
      // A resume file rarely says where or for how much someone wants to work: keep what they already chose.
      if (preferences && !read(next, 'meta.opentalent')) write(next, 'meta.opentalent', preferences);
      fill(next);
      setDirty(true);
      showReview(upload, file.name);
    } catch (error) {
      showErrors(uploadForm, error);
    } finally {
      submit.disabled = false;
      submit.textContent = 'Read my resume';
      uploadForm.removeAttribute('aria-busy');
    }
  });

  function showReview(upload, fileName) {
    const review = root.querySelector('[data-review]');
    const found = [
      count((upload.resume.work || []).length, 'job', 'jobs'),
      count((upload.resume.education || []).length, 'education entry', 'education entries'),
      count((upload.resume.skills || []).length, 'skill', 'skills'),
    ].join(', ');
    const summary = review.querySelector('[data-review-summary]');
    summary.replaceChildren(
      el('p', {}, el('strong', {}, `Read ${fileName} as ${formats[upload.format] || upload.format}: ${found}.`)),
      el('p', {}, 'Check and correct the form below, then press Save profile. Nothing is saved yet.'));
    const warnings = upload.warnings || [];
    review.querySelector('[data-warnings]').hidden = warnings.length === 0;
    review.querySelector('[data-warning-list]').replaceChildren(...warnings.map(w => el('li', {}, w.field ? `${describe(w.field)}: ${w.message}` : w.message)));
    const textBlock = review.querySelector('[data-resume-text]');
    textBlock.textContent = upload.text || '';
    textBlock.closest('details').hidden = !upload.text;
    review.hidden = false;
    summary.setAttribute('tabindex', '-1');
    summary.focus();
    announce(`Your resume was read: ${found}. Review it below and save.`);
  }

  // "work[1].startDate" as a person reads it: "Job 2, start date".
  function describe(path) {
    const basics = { 'basics.name': 'Name', 'basics.label': 'Headline', 'basics.summary': 'Summary', 'basics.email': 'Email', 'basics.phone': 'Phone', 'basics.location': 'Location' };
    if (basics[path]) return basics[path];
    const match = /^(work|education|skills)\[(\d+)\](?:\.(\w+))?/.exec(path);
    if (!match) return path;
    const names = { work: 'Job', education: 'Education', skills: 'Skill' };
    const field = { startDate: 'start date', endDate: 'end date', name: match[1] === 'work' ? 'employer' : 'name', position: 'job title', studyType: 'degree', institution: 'school' }[match[3]] || match[3];
    return `${names[match[1]]} ${Number(match[2]) + 1}${field ? `, ${field}` : ''}`;
  }

  // ---- start ----
  wireTalentPoolSwitch(root.querySelector('[data-discoverable]'));
  const initial = JSON.parse(root.dataset.initial || 'null');
  fill(initial ? initial.resume : {});
  showUnderstood(initial ? initial.understood : null);
}
