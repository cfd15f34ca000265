/**
 * <measure-finder>: shows all three finder questions as one form and sorts the server-rendered
 * measures into «Passer best» and «Kan også passe» as the user answers, using the same rules as
 * the pre-rendered result pages (src/lib/finder.ts). The answers are kept in the query string.
 */
import {
  QUESTIONS,
  alsoLead,
  answersToQuery,
  matchMeasures,
  offeredTerms,
  parseAnswers,
  resultSubpath,
  resultSummary,
  type FinderAnswers,
  type FinderMeasure,
  type Question,
} from '../lib/finder';

interface PoolItem extends FinderMeasure {
  element: HTMLElement;
}

const QUESTION_NAMES: Record<Question, string> = { situasjon: 'situasjon', malgruppe: 'målgruppe', behov: 'behov' };

class MeasureFinder extends HTMLElement {
  private form!: HTMLFormElement;
  private pool: PoolItem[] = [];
  private root = '/';
  /** Questions shown as missing since «Vis virkemidlene» was pressed; each leaves when answered. */
  private missing = new Set<Question>();

  connectedCallback(): void {
    const form = this.querySelector<HTMLFormElement>('form[data-form]');
    const root = this.dataset['root'];
    // Without its form or the finder's address (rendered with the base path) the page stays as served.
    if (!form || root === undefined) return;
    this.form = form;
    this.root = root;
    const split = (value: string | undefined) => (value ?? '').split(' ').filter(Boolean);
    this.pool = [...this.querySelectorAll<HTMLElement>('[data-pool] > [data-measure]')].map((element) => ({
      element,
      id: element.dataset['measure'] ?? '',
      title: element.dataset['title'] ?? '',
      fitsWhen: {
        groups: split(element.dataset['groups']),
        needs: split(element.dataset['needs']),
        employment: split(element.dataset['employment']),
        alsoOnly: element.dataset['alsoOnly'] !== undefined,
      },
    }));

    const { answers, rejected } = parseAnswers(new URLSearchParams(location.search));
    for (const { key } of QUESTIONS) {
      const value = answers[key];
      const input = value ? form.querySelector<HTMLInputElement>(`input[name="${key}"][value="${value}"]`) : null;
      if (input) input.checked = true;
    }
    const rejectedBox = this.querySelector<HTMLElement>('[data-rejected]');
    if (rejectedBox && rejected.length > 0) {
      rejectedBox.hidden = false;
      rejectedBox.textContent = rejected
        .map((r) => `Vi kjenner ikke igjen svaret «${r.value}» på spørsmålet om ${QUESTION_NAMES[r.question]}, så velg på nytt.`)
        .join(' ');
    }

    const steps = this.querySelector<HTMLElement>('[data-steps]');
    if (steps) steps.hidden = true;
    form.hidden = false;
    form.addEventListener('change', () => {
      // An answer the new choice no longer offers is cleared; its question is marked, so the
      // person learns that it needs a new answer instead of finding it silently empty.
      for (const key of this.offerFittingAnswers()) this.missing.add(key);
      this.update(true);
      this.showErrors();
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.update(true);
      const results = this.querySelector<HTMLElement>('[data-results]');
      // The button was pressed to see the answer: take keyboard and screen reader users there.
      if (results && !results.hidden) {
        this.missing.clear();
        this.showErrors();
        results.focus();
        return;
      }
      // With questions left, mark each and go to the list of them above the first question: the
      // button is below the questions, and a message beside it would be off-screen on a phone.
      const answers = this.readAnswers();
      this.missing = new Set(QUESTIONS.filter((q) => !answers[q.key]).map((q) => q.key));
      this.showErrors();
      this.querySelector<HTMLElement>('[data-error-summary]')?.focus();
    });
    this.querySelector('[data-error-summary]')?.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[href^="#sporsmal-"]');
      const key = link?.hash.slice('#sporsmal-'.length) as Question | undefined;
      if (!key) return;
      event.preventDefault();
      this.goToQuestion(key);
    });
    // Answers from the address may not fit each other; offering fits them before the first result.
    this.offerFittingAnswers();
    this.update(false);
  }

  /**
   * Hides the answers that do not fit the earlier ones (see `offeredTerms`), and clears such an
   * answer if it was chosen, so the result never rests on an answer the form no longer shows.
   * Returns the questions whose answer it cleared.
   */
  private offerFittingAnswers(): Question[] {
    const cleared: Question[] = [];
    for (const { key } of QUESTIONS) {
      const offered = new Set(offeredTerms(key, this.readAnswers()).map((t) => t.id));
      for (const input of this.form.querySelectorAll<HTMLInputElement>(`input[name="${key}"]`)) {
        const fits = offered.has(input.value);
        if (!fits && input.checked) {
          input.checked = false;
          cleared.push(key);
        }
        input.disabled = !fits;
        const label = input.closest('label');
        if (label) label.hidden = !fits;
      }
    }
    return cleared;
  }

  private readAnswers(): Partial<FinderAnswers> {
    const data = new FormData(this.form);
    const params = new URLSearchParams();
    for (const { key } of QUESTIONS) {
      const value = data.get(key);
      if (typeof value === 'string') params.set(key, value);
    }
    return parseAnswers(params).answers;
  }

  /**
   * Shows an error in each question in `missing` that is still unanswered, names it in the
   * fieldset's aria-describedby and lists it in the summary above the questions; an answered
   * question drops out, and the summary goes when none are left.
   */
  private showErrors(): void {
    const answers = this.readAnswers();
    for (const key of this.missing) if (answers[key]) this.missing.delete(key);
    for (const { key } of QUESTIONS) {
      const invalid = this.missing.has(key);
      const fieldset = this.form.querySelector<HTMLElement>(`fieldset[data-question="${key}"]`);
      const error = fieldset?.querySelector<HTMLElement>('[data-error]');
      if (!fieldset || !error) continue;
      error.hidden = !invalid;
      fieldset.toggleAttribute('data-invalid', invalid);
      fieldset.setAttribute('aria-describedby', invalid ? `hint-${key} ${error.id}` : `hint-${key}`);
      const item = this.querySelector<HTMLElement>(`[data-error-for="${key}"]`);
      if (item) item.hidden = !invalid;
    }
    const summary = this.querySelector<HTMLElement>('[data-error-summary]');
    if (summary) summary.hidden = this.missing.size === 0;
  }

  /** Moves focus to a question's first answer on offer, with its heading and error in view. */
  private goToQuestion(key: Question): void {
    const fieldset = this.form.querySelector<HTMLElement>(`fieldset[data-question="${key}"]`);
    const input = fieldset?.querySelector<HTMLInputElement>('input:not(:disabled)');
    if (!fieldset || !input) return;
    // The browser would scroll just far enough to show the radio button, leaving the question above the screen.
    fieldset.scrollIntoView({ block: 'start' });
    input.focus({ preventScroll: true });
  }

  /**
   * Shows the result for the current answers (fitted by `offerFittingAnswers` on load and on
   * every change); `remember` writes them to the URL. With no answer
   * yet the status stays empty; with some, it says how many are left.
   */
  private update(remember: boolean): void {
    const answers = this.readAnswers();
    const query = answersToQuery(answers);
    if (remember) history.replaceState(null, '', query ? `${this.root}?${query}` : this.root);

    const status = this.querySelector<HTMLElement>('[data-status]');
    const results = this.querySelector<HTMLElement>('[data-results]');
    const poolList = this.querySelector<HTMLElement>('[data-pool]');
    const bestList = this.querySelector<HTMLElement>('[data-best]');
    const alsoList = this.querySelector<HTMLElement>('[data-also]');
    if (!status || !results || !poolList || !bestList || !alsoList) return;

    const complete = answers.situasjon && answers.malgruppe && answers.behov ? (answers as FinderAnswers) : undefined;
    if (!complete) {
      results.hidden = true;
      const left = QUESTIONS.filter((q) => !answers[q.key]).length;
      status.textContent = left === QUESTIONS.length ? '' : `Svar på ${left === 1 ? 'ett spørsmål' : `${left} spørsmål`} til for å se virkemidlene som passer.`;
      return;
    }

    const { best, also } = matchMeasures(this.pool, complete);
    poolList.append(...this.pool.map((p) => p.element));
    bestList.replaceChildren(...best.map((m) => m.element));
    alsoList.replaceChildren(...also.map((m) => m.element));
    this.querySelector<HTMLElement>('[data-best-section]')!.hidden = best.length === 0;
    this.querySelector<HTMLElement>('[data-also-section]')!.hidden = also.length === 0;
    const link = this.querySelector<HTMLAnchorElement>('a[data-result-link]');
    if (link) link.href = this.root + resultSubpath(complete);
    const lead = this.querySelector<HTMLElement>('[data-also-lead]');
    if (lead) lead.textContent = alsoLead(also, complete.behov);
    results.hidden = false;
    status.textContent = resultSummary(best.length, also.length);
  }
}

if (!customElements.get('measure-finder')) customElements.define('measure-finder', MeasureFinder);
