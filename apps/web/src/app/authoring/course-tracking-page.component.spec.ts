import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { aCohort, aPeoplePage, aPerson } from '../../testing/fixtures';
import { TranslationService } from '../shared/i18n/translation.service';
import { CourseTrackingPageComponent, enrolResultText } from './course-tracking-page.component';

const COURSE_ID = '55555555-5555-4555-8555-555555555555';

describe('enrolResultText', () => {
  it('says how many were enrolled and how many already were, in French', () => {
    // given
    localStorage.clear();
    const i18n = TestBed.inject(TranslationService);
    // when / then
    expect(enrolResultText(i18n, 3, 1)).toBe('3 personnes inscrites, 1 déjà inscrite');
    expect(enrolResultText(i18n, 1, 0)).toBe('1 personne inscrite');
    expect(enrolResultText(i18n, 0, 2)).toBe('0 personne inscrite, 2 déjà inscrites');
  });
});

describe('CourseTrackingPageComponent', () => {
  let fixture: ComponentFixture<CourseTrackingPageComponent>;
  let httpMock: HttpTestingController;

  function el(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  afterEach(() => httpMock.verify());

  it('enrols the people ticked and shows the result and the learners', async () => {
    // given
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [CourseTrackingPageComponent],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    httpMock = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CourseTrackingPageComponent);
    fixture.componentRef.setInput('id', COURSE_ID);
    TestBed.tick();
    httpMock.expectOne('/api/courses').flush([]);
    httpMock.expectOne(`/api/courses/${COURSE_ID}/learners`).flush([]);
    httpMock.expectOne('/api/cohorts').flush([]);
    await fixture.whenStable();
    const jeanne = aPerson({ firstName: 'Jeanne', lastName: 'Dupont' });
    el().querySelector<HTMLFormElement>('form')?.dispatchEvent(new Event('submit'));
    TestBed.tick();
    const search = httpMock.expectOne((r) => r.url === '/api/people');
    expect(search.request.params.get('role')).toBe('senior');
    expect(search.request.params.get('pageSize')).toBe('100');
    search.flush(aPeoplePage([jeanne]));
    await fixture.whenStable();
    const box = el().querySelector<HTMLInputElement>(`#enrol-${jeanne.id}`);
    box?.click();
    await fixture.whenStable();
    // when
    [...el().querySelectorAll('button')].find((b) => b.textContent?.includes('Inscrire'))?.click();
    const enrol = httpMock.expectOne(`/api/courses/${COURSE_ID}/enrolments`);
    expect(enrol.request.body).toEqual({ personIds: [jeanne.id] });
    enrol.flush({ enrolled: 1, alreadyEnrolled: 0 });
    TestBed.tick();
    httpMock.expectOne(`/api/courses/${COURSE_ID}/learners`).flush([
      {
        person: { id: jeanne.id, firstName: 'Jeanne', lastName: 'Dupont', role: 'senior' },
        status: 'in_progress',
        percent: 40,
        completedAt: null,
        enrolledAt: '2026-02-01T10:00:00.000Z',
      },
    ]);
    await fixture.whenStable();
    // then
    expect(el().textContent).toContain('1 personne inscrite');
    const row = el().querySelector('tbody tr');
    expect(row?.textContent).toContain('Jeanne Dupont');
    expect(row?.textContent).toContain('En cours');
    expect(row?.textContent).toContain('40 %');
  });

  it('enrols every member of the chosen group, shows the result and refreshes the learners', async () => {
    // given
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [CourseTrackingPageComponent],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    httpMock = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CourseTrackingPageComponent);
    fixture.componentRef.setInput('id', COURSE_ID);
    TestBed.tick();
    httpMock.expectOne('/api/courses').flush([]);
    httpMock.expectOne(`/api/courses/${COURSE_ID}/learners`).flush([]);
    const jeudi = aCohort({ name: 'Seniors du jeudi' });
    httpMock.expectOne('/api/cohorts').flush([aCohort({ name: 'Atelier du lundi' }), jeudi]);
    await fixture.whenStable();
    const select = el().querySelector<HTMLSelectElement>('#enrol-cohort');
    expect(select?.textContent).toContain('Seniors du jeudi (2)');
    if (select) select.value = jeudi.id;
    select?.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    // when
    [...el().querySelectorAll('button')].find((b) => b.textContent?.includes('Inscrire le groupe'))?.click();
    const enrol = httpMock.expectOne(`/api/courses/${COURSE_ID}/enrolments`);
    expect(enrol.request.method).toBe('POST');
    expect(enrol.request.body).toEqual({ cohortId: jeudi.id });
    enrol.flush({ enrolled: 3, alreadyEnrolled: 1 });
    TestBed.tick();
    httpMock.expectOne(`/api/courses/${COURSE_ID}/learners`).flush([
      {
        person: {
          id: '00000000-0000-4000-8000-000000000091',
          firstName: 'Paul',
          lastName: 'Morel',
          role: 'senior',
        },
        status: 'not_started',
        percent: 0,
        completedAt: null,
        enrolledAt: '2026-02-01T10:00:00.000Z',
      },
    ]);
    await fixture.whenStable();
    // then
    expect(el().textContent).toContain('3 personnes inscrites, 1 déjà inscrite');
    expect(el().querySelector('tbody tr')?.textContent).toContain('Paul Morel');
  });

  it('asks to choose a group before sending anything', async () => {
    // given
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [CourseTrackingPageComponent],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    httpMock = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CourseTrackingPageComponent);
    fixture.componentRef.setInput('id', COURSE_ID);
    TestBed.tick();
    httpMock.expectOne('/api/courses').flush([]);
    httpMock.expectOne(`/api/courses/${COURSE_ID}/learners`).flush([]);
    httpMock.expectOne('/api/cohorts').flush([aCohort()]);
    await fixture.whenStable();
    // when
    [...el().querySelectorAll('button')].find((b) => b.textContent?.includes('Inscrire le groupe'))?.click();
    await fixture.whenStable();
    // then
    httpMock.expectNone(`/api/courses/${COURSE_ID}/enrolments`);
    expect(el().querySelector('[role="alert"]')?.textContent).toContain('Choisissez un groupe.');
  });
});
