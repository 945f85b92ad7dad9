import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { LearnerStep, SubmitVisitReport } from '@passerelle/contracts';
import { COURSE_ID, aPublishedCourse } from '../../../testing/learning-fixtures';
import { VISIT_ID, aVisit } from '../../../testing/visit-fixtures';
import { REPORT_DRAFT_PREFIX } from './visit-report-draft';
import { VisitReportPageComponent } from './visit-report-page.component';

const OBSERVATION: LearnerStep = {
  key: 'obs-appel',
  type: 'observation',
  skill: 'Lancer un appel vidéo',
  description: 'La personne lance l’appel elle-même.',
};
const REPORT_URL = `/api/visits/${VISIT_ID}/report`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('VisitReportPageComponent', () => {
  let fixture: ComponentFixture<VisitReportPageComponent>;
  let httpMock: HttpTestingController;

  function el(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function label(text: string, within: ParentNode = el()): HTMLLabelElement {
    const found = [...within.querySelectorAll('label')].find((l) => l.textContent?.trim() === text);
    if (!found) throw new Error(`label not found: ${text}`);
    return found;
  }

  function button(text: string): HTMLButtonElement {
    const found = [...el().querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
    if (!found) throw new Error(`button not found: ${text}`);
    return found;
  }

  function skill(name: string): HTMLFieldSetElement {
    const found = [...el().querySelectorAll('fieldset')].find(
      (f) => f.querySelector('legend')?.textContent?.trim() === name,
    );
    if (!found) throw new Error(`skill not found: ${name}`);
    return found;
  }

  function storedDraft(): Record<string, unknown> | null {
    return JSON.parse(localStorage.getItem(REPORT_DRAFT_PREFIX + VISIT_ID) ?? 'null') as Record<
      string,
      unknown
    > | null;
  }

  /** Opens the page for a visit to work on the course with one observation step. */
  async function open(): Promise<void> {
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({
      imports: [VisitReportPageComponent],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    httpMock = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(VisitReportPageComponent);
    fixture.componentRef.setInput('id', VISIT_ID);
    TestBed.tick();
    httpMock
      .expectOne(`/api/visits/${VISIT_ID}`)
      .flush(aVisit({ purpose: { courseIds: [COURSE_ID], lessonKeys: ['lecon-1'], note: null } }));
    // The courses are asked for once the visit is known: the page is not stable before.
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
    // read as the senior's course: the volunteer coaches her
    httpMock
      .expectOne(
        (req) =>
          req.url === `/api/courses/${COURSE_ID}/published` &&
          req.params.get('forSenior') === '22222222-2222-4222-8222-222222222222',
      )
      .flush(aPublishedCourse([{ key: 'intro', type: 'text', markdown: 'Bonjour.' }, OBSERVATION]));
    await fixture.whenStable();
  }

  async function fillIn(): Promise<void> {
    label('La visite a eu lieu').click();
    label('La posture — Accompagner sans faire à la place').click();
    label('Avec de l’aide', skill('Lancer un appel vidéo')).click();
    label('Progresse avec de l’aide').click();
    label('Tablette prêtée par le centre').click();
    await fixture.whenStable();
  }

  beforeEach(() => localStorage.clear());
  afterEach(() => httpMock.verify());

  it('shows the observation steps of the visit’s courses and the health warning on notes', async () => {
    // when
    await open();
    // then
    expect(el().querySelector('h1')?.textContent?.trim()).toBe('Rapport de visite');
    expect(el().textContent).toContain('Visite chez Jeanne Dupont, mardi 1 décembre, 14:00–15:00.');
    const choices = [...skill('Lancer un appel vidéo').querySelectorAll('label')].map((l) =>
      l.textContent?.trim(),
    );
    expect(choices).toEqual(['Seul·e', 'Avec de l’aide', 'Pas encore', 'Pas observé']);
    expect(el().querySelector('#report-notes-hint')?.textContent).toContain(
      'N’écrivez pas d’information de santé',
    );
  });

  it('keeps a draft while typing and restores it after a reload', async () => {
    // given
    await open();
    await fillIn();
    const draft = storedDraft();
    expect(draft?.['outcome']).toBe('done');
    // when: the page is opened again
    fixture.destroy();
    await open();
    // then
    expect(el().textContent).toContain('Nous avons repris le rapport que vous aviez commencé');
    expect(el().querySelector<HTMLInputElement>('#report-outcome-done')?.checked).toBe(true);
    expect(el().querySelector<HTMLInputElement>('#report-autonomy-with_help')?.checked).toBe(true);
    expect(storedDraft()?.['clientReportId']).toBe(draft?.['clientReportId']);
  });

  it('maps the observed skills and the lessons to the report body', async () => {
    // given
    await open();
    await fillIn();
    // when
    button('Envoyer le rapport').click();
    await fixture.whenStable();
    // then
    const request = httpMock.expectOne(REPORT_URL);
    const body = request.request.body as SubmitVisitReport;
    expect(body).toEqual({
      clientReportId: expect.stringMatching(UUID) as unknown as string,
      outcome: 'done',
      actualMinutes: 60,
      lessons: [{ courseId: COURSE_ID, lessonKey: 'lecon-1' }],
      placeType: 'home',
      autonomyLevel: 'with_help',
      equipmentUsed: ['loaned_tablet'],
      themes: [],
      observations: [
        {
          recordId: expect.stringMatching(UUID) as unknown as string,
          courseId: COURSE_ID,
          stepKey: 'obs-appel',
          observation: 'with_help',
        },
      ],
    });
    request.flush({ visit: aVisit({ status: 'done', outcome: 'done' }), report: {} });
    await fixture.whenStable();
    expect(el().textContent).toContain('Rapport envoyé');
    expect(storedDraft()).toBeNull();
  });

  it('keeps the report when the network drops and retries with the same ids', async () => {
    // given
    await open();
    await fillIn();
    button('Envoyer le rapport').click();
    await fixture.whenStable();
    const first = httpMock.expectOne(REPORT_URL);
    const firstBody = first.request.body as SubmitVisitReport;
    // when: the network is gone
    first.error(new ProgressEvent('error'), { status: 0 });
    await fixture.whenStable();
    // then
    expect(el().querySelector('#report-pending')?.textContent).toContain('gardé sur ce téléphone');
    expect(storedDraft()?.['clientReportId']).toBe(firstBody.clientReportId);
    // when: trying again
    button('Réessayer').click();
    await fixture.whenStable();
    const second = httpMock.expectOne(REPORT_URL);
    const secondBody = second.request.body as SubmitVisitReport;
    // then
    expect(secondBody.clientReportId).toBe(firstBody.clientReportId);
    expect(secondBody.observations[0]?.recordId).toBe(firstBody.observations[0]?.recordId);
    second.flush({ visit: aVisit({ status: 'done', outcome: 'done' }), report: {} });
    await fixture.whenStable();
    expect(storedDraft()).toBeNull();
  });

  it('sends no observation, and asks no autonomy, when the senior was not at home', async () => {
    // given
    await open();
    await fillIn();
    label('La personne n’était pas chez elle').click();
    await fixture.whenStable();
    expect(el().textContent).toContain(
      'Les compétences s’observent seulement lors d’une visite qui a eu lieu.',
    );
    // when
    button('Envoyer le rapport').click();
    await fixture.whenStable();
    // then
    const request = httpMock.expectOne(REPORT_URL);
    const body = request.request.body as SubmitVisitReport;
    expect(body.outcome).toBe('not_home');
    expect(body.observations).toEqual([]);
    expect(body.autonomyLevel).toBeNull();
    request.flush({ visit: aVisit({ status: 'done', outcome: 'not_home' }), report: {} });
    await fixture.whenStable();
  });

  it('says so when the visit was already reported', async () => {
    // given
    await open();
    await fillIn();
    // when
    button('Envoyer le rapport').click();
    await fixture.whenStable();
    httpMock
      .expectOne(REPORT_URL)
      .flush(
        { code: 'visit_already_reported', message: 'Déjà fait.' },
        { status: 409, statusText: 'Conflict' },
      );
    await fixture.whenStable();
    // then
    expect(el().querySelector('.error-summary')?.textContent).toContain(
      'Un rapport a déjà été envoyé pour cette visite.',
    );
    expect(el().querySelector('#report-pending')).toBeNull();
  });

  it('lists what is missing before sending', async () => {
    // given
    await open();
    // when
    button('Envoyer le rapport').click();
    await fixture.whenStable();
    // then
    const summary = el().querySelector('.error-summary');
    expect(summary?.textContent).toContain('Indiquez comment s’est passée la visite.');
    httpMock.expectNone(REPORT_URL);
    // and the line links to the outcome group; a click moves focus there instead of navigating
    const link = summary?.querySelector<HTMLAnchorElement>('a[href="#report-outcome"]');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    link?.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    // when: the visit took place, the senior's autonomy is asked for
    label('La visite a eu lieu').click();
    button('Envoyer le rapport').click();
    await fixture.whenStable();
    // then
    expect(el().querySelector('.error-summary')?.textContent).toContain(
      'Indiquez l’autonomie de la personne.',
    );
    httpMock.expectNone(REPORT_URL);
  });
});
