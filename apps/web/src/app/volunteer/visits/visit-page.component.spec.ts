import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { VISIT_ID, aVisit } from '../../../testing/visit-fixtures';
import { VisitPageComponent } from './visit-page.component';

describe('VisitPageComponent', () => {
  let fixture: ComponentFixture<VisitPageComponent>;
  let httpMock: HttpTestingController;

  function el(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function button(text: string): HTMLButtonElement {
    const found = [...el().querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
    if (!found) throw new Error(`button not found: ${text}`);
    return found;
  }

  afterEach(() => httpMock.verify());

  it('shows the visit and tells the coordinator when the volunteer cannot come', async () => {
    // given
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [VisitPageComponent],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    httpMock = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(VisitPageComponent);
    fixture.componentRef.setInput('id', VISIT_ID);
    TestBed.tick();
    httpMock.expectOne(`/api/visits/${VISIT_ID}`).flush(aVisit({ placeNote: 'Code 1234B' }));
    await fixture.whenStable();
    expect(el().querySelector('h1')?.textContent?.trim()).toBe('Visite chez Jeanne Dupont');
    expect(el().textContent).toContain('mardi 1 décembre, 14:00–15:00');
    expect(el().textContent?.replace(/\s+/g, ' ')).toContain('Au domicile — Code 1234B');
    expect([...el().querySelectorAll('a')].some((a) => a.textContent?.trim() === 'Faire le rapport')).toBe(
      true,
    );
    // when: asked without a reason
    button('Je ne peux pas venir').click();
    await fixture.whenStable();
    button('Confirmer : je ne viens pas').click();
    await fixture.whenStable();
    // then
    expect(el().textContent).toContain('Indiquez pourquoi vous ne pouvez pas venir.');
    httpMock.expectNone(`/api/visits/${VISIT_ID}/cannot-come`);
    // when
    const reason = el().querySelector<HTMLTextAreaElement>('#cannot-come-reason');
    reason!.value = 'Malade';
    reason!.dispatchEvent(new Event('input'));
    button('Confirmer : je ne viens pas').click();
    await new Promise((resolve) => setTimeout(resolve));
    // then
    const request = httpMock.expectOne(`/api/visits/${VISIT_ID}/cannot-come`);
    expect(request.request.body).toEqual({ reason: 'Malade' });
    request.flush(aVisit({ status: 'cancelled', outcome: 'cancelled_by_volunteer' }));
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
    httpMock
      .expectOne(`/api/visits/${VISIT_ID}`)
      .flush(aVisit({ status: 'cancelled', outcome: 'cancelled_by_volunteer' }));
    await fixture.whenStable();
    expect(el().textContent).toContain('C’est noté. Votre coordinateur est prévenu.');
    expect(el().textContent?.replace(/\s+/g, ' ')).toContain('Annulée — Annulée par moi');
  });
});
