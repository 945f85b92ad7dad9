import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import type { CourseMeta } from '@passerelle/contracts';
import { EMPTY_META } from './course-create-page.component';
import { CourseMetaFormComponent } from './course-meta-form.component';
import { MediaUploadComponent } from './media-upload.component';

const COVER_ID = '44444444-4444-4444-8444-444444444444';

describe('CourseMetaFormComponent, cover image', () => {
  let fixture: ComponentFixture<CourseMetaFormComponent>;
  let httpMock: HttpTestingController;
  let changes: CourseMeta[];

  function el(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  async function render(meta: CourseMeta): Promise<void> {
    fixture.componentRef.setInput('meta', meta);
    await fixture.whenStable();
  }

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [CourseMetaFormComponent],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    httpMock = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CourseMetaFormComponent);
    changes = [];
    fixture.componentInstance.metaChange.subscribe((meta) => changes.push(meta));
  });

  afterEach(() => httpMock.verify());

  it('sets the cover to the image just uploaded', async () => {
    // given
    await render({ ...EMPTY_META, title: 'La tablette' });
    expect(el().querySelector('label[for="ed-coverMediaId"]')?.textContent).toContain(
      'Image de couverture (facultatif)',
    );
    expect(el().querySelector('.cover-field__image')).toBeNull();
    const upload = fixture.debugElement.query(By.directive(MediaUploadComponent))
      .componentInstance as MediaUploadComponent;
    // when
    upload.upload(new File(['x'], 'couverture.png', { type: 'image/png' }));
    const request = httpMock.expectOne((r) => r.url === '/api/media');
    request.flush({
      id: COVER_ID,
      kind: 'image',
      mimeType: 'image/png',
      sizeBytes: 1,
      originalName: 'couverture.png',
      url: `/api/media/${COVER_ID}`,
    });
    // then
    expect(request.request.params.get('kind')).toBe('image');
    expect(changes.at(-1)).toEqual({ ...EMPTY_META, title: 'La tablette', coverMediaId: COVER_ID });
  });

  it('shows the chosen cover and clears it with "Retirer l’image"', async () => {
    // given
    await render({ ...EMPTY_META, coverMediaId: COVER_ID });
    const image = el().querySelector<HTMLImageElement>('.cover-field__image');
    expect(image?.getAttribute('src')).toBe(`/api/media/${COVER_ID}`);
    // when
    [...el().querySelectorAll('button')].find((b) => b.textContent?.includes('Retirer l’image'))?.click();
    // then
    expect(changes).toEqual([{ ...EMPTY_META, coverMediaId: null }]);
    expect(document.activeElement?.id).toBe('ed-coverMediaId');
  });

  it('explains a cover the server refused because it is not an image', async () => {
    // given
    await render({ ...EMPTY_META, coverMediaId: COVER_ID });
    // when
    fixture.componentRef.setInput('errors', { coverMediaId: 'authoring.error.coverNotImage' });
    await fixture.whenStable();
    // then
    expect(el().querySelector('#ed-coverMediaId-error')?.textContent).toContain('Choisissez une image');
  });
});
