import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MEDIA_LIMITS, type Media } from '@passerelle/contracts';
import { MediaUploadComponent, checkMediaFile } from './media-upload.component';

function aFile(name: string, type: string, size: number): File {
  const file = new File(['x'], name, { type });
  Object.defineProperty(file, 'size', { value: size });
  return file;
}

describe('MediaUploadComponent', () => {
  let fixture: ComponentFixture<MediaUploadComponent>;
  let httpMock: HttpTestingController;
  let sut: MediaUploadComponent;
  let uploaded: Media[];

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [MediaUploadComponent],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    httpMock = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(MediaUploadComponent);
    fixture.componentRef.setInput('kind', 'image');
    fixture.componentRef.setInput('label', 'Image');
    fixture.componentRef.setInput('inputId', 'ed-mediaId');
    sut = fixture.componentInstance;
    uploaded = [];
    sut.uploaded.subscribe((media) => uploaded.push(media));
    fixture.detectChanges();
  });

  afterEach(() => httpMock.verify());

  function el(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  it('refuses an image over 5 MB without sending it', async () => {
    // given
    const tooBig = aFile('photo.jpg', 'image/jpeg', MEDIA_LIMITS.image.maxBytes + 1);
    // when
    sut.upload(tooBig);
    await fixture.whenStable();
    // then
    httpMock.expectNone(() => true);
    expect(el().querySelector('.field__error')?.textContent).toContain('Ce fichier est trop lourd');
    expect(el().querySelector('input')?.getAttribute('aria-invalid')).toBe('true');
    expect(uploaded).toEqual([]);
  });

  it('refuses a file of the wrong type without sending it', () => {
    // when / then
    expect(checkMediaFile('captions', aFile('sous-titres.srt', '', 100))).toBe('authoring.media.error.type');
    expect(checkMediaFile('video', aFile('film.mp4', 'video/mp4', 1000))).toBeNull();
  });

  it('uploads an acceptable image and hands back the media', async () => {
    // given
    const photo = aFile('photo.png', 'image/png', 2000);
    // when
    sut.upload(photo);
    const request = httpMock.expectOne((r) => r.url === '/api/media');
    request.flush({
      id: '44444444-4444-4444-8444-444444444444',
      kind: 'image',
      mimeType: 'image/png',
      sizeBytes: 2000,
      originalName: 'photo.png',
      url: '/api/media/44444444-4444-4444-8444-444444444444',
    });
    await fixture.whenStable();
    // then
    expect(request.request.params.get('kind')).toBe('image');
    expect(request.request.body).toBeInstanceOf(FormData);
    expect(uploaded.map((m) => m.id)).toEqual(['44444444-4444-4444-8444-444444444444']);
    expect(el().textContent).toContain('Fichier « photo.png » envoyé.');
  });

  it('explains a file the server finds too large', async () => {
    // when
    sut.upload(aFile('photo.png', 'image/png', 2000));
    httpMock
      .expectOne((r) => r.url === '/api/media')
      .flush(
        { code: 'payload_too_large', message: 'Too large' },
        { status: 413, statusText: 'Payload Too Large' },
      );
    await fixture.whenStable();
    // then
    expect(el().querySelector('.field__error')?.textContent).toContain('Ce fichier est trop lourd');
  });
});
