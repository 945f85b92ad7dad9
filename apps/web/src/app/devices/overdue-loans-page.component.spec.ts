import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { aLoan } from '../../testing/device-fixtures';
import { daysLate, todayInParis } from './device-labels';
import { OverdueLoansPageComponent } from './overdue-loans-page.component';

describe('OverdueLoansPageComponent', () => {
  let fixture: ComponentFixture<OverdueLoansPageComponent>;
  let httpMock: HttpTestingController;

  function el(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [OverdueLoansPageComponent],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    httpMock = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(OverdueLoansPageComponent);
    TestBed.tick();
  });

  afterEach(() => httpMock.verify());

  it('lists the overdue loans, the longest overdue first, with the days late and a return link', async () => {
    // given
    const request = httpMock.expectOne((r) => r.url === '/api/loans');
    // when
    request.flush([
      aLoan({ assetTag: 'LIL-0002', recipientName: 'Paul Martin', dueOn: '2026-01-20', overdue: true }),
      aLoan({ assetTag: 'LIL-0001', recipientName: 'Jeanne Dupont', dueOn: '2026-01-10', overdue: true }),
    ]);
    await fixture.whenStable();
    // then
    expect(request.request.params.get('status')).toBe('overdue');
    expect(el().querySelector('h1')?.textContent?.trim()).toBe('Prêts en retard');
    expect(el().querySelector('.results-status')?.textContent).toContain('2 prêts en retard');
    const rows = [...el().querySelectorAll('tbody tr')];
    expect(rows[0]?.querySelector('th')?.textContent?.trim()).toBe('LIL-0001');
    expect(rows[0]?.textContent).toContain('Jeanne Dupont');
    expect(rows[0]?.textContent).toContain('10 janvier 2026');
    expect(rows[0]?.textContent).toContain(`${daysLate('2026-01-10', todayInParis())} jours`);
    expect(rows[0]?.querySelector('a.button')?.textContent?.trim()).toBe('Enregistrer le retour');
    expect(rows[0]?.querySelector('a.button')?.getAttribute('aria-label')).toBe(
      'Enregistrer le retour de LIL-0001',
    );
  });

  it('says when nothing is late', async () => {
    // when
    httpMock.expectOne((r) => r.url === '/api/loans').flush([]);
    await fixture.whenStable();
    // then
    expect(el().textContent).toContain('Aucun prêt en retard');
  });
});
