import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CourseSummary } from '@passerelle/contracts';
import type { DraftResponse } from '../shared/api/courses-api.service';
import { CourseEditorPageComponent } from './course-editor-page.component';

const COURSE_ID = '55555555-5555-4555-8555-555555555555';
const DRAFT_URL = `/api/courses/${COURSE_ID}/draft`;
const PUBLISH_URL = `/api/courses/${COURSE_ID}/publish`;
const IMAGE_ID = '66666666-6666-4666-8666-666666666666';

function aSummary(overrides: Partial<CourseSummary> = {}): CourseSummary {
  return {
    id: COURSE_ID,
    slug: 'la-tablette',
    title: 'La tablette',
    summary: 'Premiers pas',
    audience: 'senior',
    level: 1,
    estimatedMinutes: 30,
    requiredForVisits: false,
    coverUrl: null,
    competences: [],
    scope: 'centre',
    centreId: '33333333-3333-4333-8333-333333333333',
    lessonCount: 1,
    publishedVersion: 2,
    publishedAt: '2026-01-10T10:00:00.000Z',
    hasDraft: true,
    ...overrides,
  };
}

function aDraftResponse(): DraftResponse {
  return {
    meta: {
      title: 'La tablette',
      summary: 'Premiers pas',
      audience: 'senior',
      level: 1,
      estimatedMinutes: 30,
      competenceCodes: [],
      requiredForVisits: false,
    },
    content: {
      modules: [
        {
          key: 'module-1',
          title: 'Module 1',
          lessons: [
            {
              key: 'lecon-1',
              title: 'Allumer la tablette',
              required: true,
              steps: [
                { key: 'texte', type: 'text', markdown: 'Appuyez longuement sur le bouton.' },
                { key: 'image', type: 'image', mediaId: IMAGE_ID, alt: 'Le bouton sur le côté' },
              ],
            },
          ],
        },
      ],
    },
    summary: aSummary(),
  };
}

describe('CourseEditorPageComponent', () => {
  let fixture: ComponentFixture<CourseEditorPageComponent>;
  let httpMock: HttpTestingController;

  function el(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function button(name: string): HTMLButtonElement {
    const found = [...el().querySelectorAll<HTMLButtonElement>('button')].find(
      (b) => b.textContent?.replace(/\s+/g, ' ').trim() === name,
    );
    if (!found) throw new Error(`button not found: ${name}`);
    return found;
  }

  async function render(): Promise<void> {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [CourseEditorPageComponent],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    httpMock = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CourseEditorPageComponent);
    fixture.componentRef.setInput('id', COURSE_ID);
    fixture.detectChanges();
    httpMock.expectOne('/api/competences').flush([]);
    httpMock.expectOne(DRAFT_URL).flush(aDraftResponse());
    await fixture.whenStable();
  }

  afterEach(() => httpMock.verify());

  it('sends the draft and places the field errors of a refused save on their step', async () => {
    // given
    await render();
    // when
    button('Enregistrer le brouillon').click();
    const request = httpMock.expectOne((r) => r.method === 'PUT' && r.url === DRAFT_URL);
    request.flush(
      {
        code: 'validation_failed',
        message: 'Invalid',
        errors: [
          {
            path: 'content.modules.0.lessons.0.steps.1.mediaId',
            code: 'not_found',
            message: 'Unknown media',
          },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    // then: the error summary names the step and the field
    expect(request.request.body.content.modules[0].lessons[0].steps[1].mediaId).toBe(IMAGE_ID);
    const summary = el().querySelector('.error-summary[role="alert"]');
    expect(summary?.textContent).toContain(
      'Module 1, leçon 1, étape 2 (Image) — Fichier : Envoyez un fichier.',
    );
    const stepButtons = [...el().querySelectorAll('.outline__item--step .outline__select')];
    expect(stepButtons[0]?.textContent).not.toContain('(à corriger)');
    expect(stepButtons[1]?.textContent).toContain('(à corriger)');
    // and following the summary link opens that step with the error next to its field
    summary?.querySelector('a')?.dispatchEvent(new MouseEvent('click', { cancelable: true }));
    await fixture.whenStable();
    expect(el().querySelector('#ed-heading')?.textContent).toContain('Module 1, leçon 1, étape 2 (Image)');
    expect(el().querySelector('pa-media-upload .field__error')?.textContent).toContain('Envoyez un fichier.');
  });

  it('checks the draft before sending it and points at the missing alternative text', async () => {
    // given
    await render();
    button('Étape 2 : Image Le bouton sur le côté').click();
    await fixture.whenStable();
    const alt = el().querySelector<HTMLTextAreaElement>('#ed-alt');
    if (!alt) throw new Error('alt field not found');
    alt.value = '';
    alt.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(el().textContent).toContain('Modifications non enregistrées');
    // when
    button('Enregistrer le brouillon').click();
    await fixture.whenStable();
    // then
    httpMock.expectNone((r) => r.method === 'PUT');
    expect(el().querySelector('.error-summary')?.textContent).toContain(
      'Décrivez l’image pour les personnes qui ne la voient pas.',
    );
    expect(el().querySelector('#ed-alt')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('publishes after confirmation and shows the new version', async () => {
    // given
    await render();
    button('Publier').click();
    await fixture.whenStable();
    expect(el().querySelector('#publish-confirm')?.textContent).toContain('Elles gardent leur progression');
    // when
    button('Oui, publier').click();
    const request = httpMock.expectOne((r) => r.method === 'POST' && r.url === PUBLISH_URL);
    request.flush(aSummary({ publishedVersion: 3, hasDraft: false }));
    await fixture.whenStable();
    // then
    expect(el().querySelector('[role="status"].alert')?.textContent).toContain('Cours publié (version 3)');
    expect(el().querySelector('#publish-confirm')).toBeNull();
  });

  it('moves a step down with the keyboard-operable button', async () => {
    // given
    await render();
    // when
    button('Descendre : Étape 1 : Texte, leçon « Allumer la tablette »').click();
    await fixture.whenStable();
    button('Enregistrer le brouillon').click();
    // then
    const request = httpMock.expectOne((r) => r.method === 'PUT' && r.url === DRAFT_URL);
    const keys = request.request.body.content.modules[0].lessons[0].steps.map((s: { key: string }) => s.key);
    expect(keys).toEqual(['image', 'texte']);
    request.flush(aDraftResponse());
  });
});
