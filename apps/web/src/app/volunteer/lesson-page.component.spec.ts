import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { LearnerStep, LearningBatchRequest, LearningRecord } from '@passerelle/contracts';
import { aMe, aTokenPair, storeSession } from '../../testing/fixtures';
import {
  COURSE_ID,
  aBatchResponse,
  aProgress,
  aPublishedCourse,
  aQuizStep,
} from '../../testing/learning-fixtures';
import { LessonPageComponent } from './lesson-page.component';

const STEPS: LearnerStep[] = [
  {
    key: 'posture-intro',
    type: 'text',
    title: 'Être à côté',
    markdown: 'Asseyez-vous **à côté** du senior.',
  },
  {
    key: 'posture-image',
    type: 'image',
    mediaId: '66666666-6666-4666-8666-666666666666',
    alt: 'Un bénévole assis à côté d’une dame, la tablette entre eux.',
  },
  aQuizStep(),
];
const LESSON_URL = `/benevole/formations/${COURSE_ID}/lecons/lecon-1`;
const RECORDS_URL = '/api/learning-records';

describe('LessonPageComponent', () => {
  let harness: RouterTestingHarness;
  let httpMock: HttpTestingController;

  function el(): HTMLElement {
    return harness.routeNativeElement as HTMLElement;
  }

  function button(name: string): HTMLButtonElement {
    const found = [...el().querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
    if (!found) throw new Error(`button not found: ${name}`);
    return found;
  }

  async function open(url: string): Promise<void> {
    localStorage.clear();
    storeSession(aTokenPair({ user: aMe({ role: 'volunteer' }) }));
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [{ path: 'benevole/formations/:courseId/lecons/:lessonKey', component: LessonPageComponent }],
          withComponentInputBinding(),
        ),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    httpMock = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    httpMock.expectOne(`/api/courses/${COURSE_ID}/published`).flush(aPublishedCourse(STEPS));
    httpMock.expectOne(`/api/me/courses/${COURSE_ID}/progress`).flush(aProgress());
    await harness.fixture.whenStable();
  }

  /** Answers the pending batch (stored) and returns what it carried. */
  async function sentRecords(): Promise<LearningRecord[]> {
    const request = httpMock.expectOne(RECORDS_URL);
    const records = (request.request.body as LearningBatchRequest).records;
    request.flush(aBatchResponse(records));
    await harness.fixture.whenStable();
    return records;
  }

  async function click(name: string): Promise<void> {
    button(name).click();
    await harness.fixture.whenStable();
  }

  afterEach(() => httpMock.verify());

  it('shows the first step and records that it was read', async () => {
    // given / when
    await open(LESSON_URL);
    // then
    expect(el().querySelector('h1')?.textContent?.trim()).toBe('La posture');
    expect(el().querySelector('.step-counter')?.textContent?.trim()).toBe('Étape 1 sur 3');
    expect(el().querySelector('h2')?.textContent?.trim()).toBe('Être à côté');
    const [record] = await sentRecords();
    expect(record).toMatchObject({
      verb: 'experienced',
      object: { courseId: COURSE_ID, stepKey: 'posture-intro' },
    });
    expect(typeof record?.timestamp).toBe('string');
    expect(el().textContent).not.toContain('Précédent');
  });

  it('moves forward and back one step at a time, through the address', async () => {
    // given
    await open(LESSON_URL);
    await sentRecords();
    // when
    await click('Suivant');
    // then
    expect(TestBed.inject(Router).url).toBe(`${LESSON_URL}?etape=posture-image`);
    expect(el().querySelector('.step-counter')?.textContent?.trim()).toBe('Étape 2 sur 3');
    expect(el().querySelector('img')?.getAttribute('alt')).toBe(
      'Un bénévole assis à côté d’une dame, la tablette entre eux.',
    );
    const [seen] = await sentRecords();
    expect(seen).toMatchObject({ verb: 'experienced', object: { stepKey: 'posture-image' } });
    // when
    await click('Précédent');
    // then: back on the first step, which is not recorded twice
    expect(el().querySelector('.step-counter')?.textContent?.trim()).toBe('Étape 1 sur 3');
    httpMock.expectNone(RECORDS_URL);
  });

  it('opens the step named in the address, and ends the lesson with a summary and the next lesson', async () => {
    // given
    await open(`${LESSON_URL}?etape=quiz-arnaques`);
    // then: a quiz is not "seen", it is answered
    httpMock.expectNone(RECORDS_URL);
    expect(el().querySelector('.step-counter')?.textContent?.trim()).toBe('Étape 3 sur 3');
    // when
    await click('Terminer la leçon');
    // then
    expect(el().querySelector('h2')?.textContent?.trim()).toBe('Bilan de la leçon');
    const next = [...el().querySelectorAll('a')].find((a) => a.textContent?.trim() === 'Leçon suivante');
    expect(next?.getAttribute('href')).toBe(
      `/benevole/formations/${COURSE_ID}/lecons/lecon-2?etape=mots-intro`,
    );
  });
});
