import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { VolunteerProfile } from '@passerelle/contracts';
import { VolunteerProfileFormComponent } from './volunteer-profile-form.component';

const THOMAS = '44444444-4444-4444-8444-444444444444';
const LILLE = '33333333-3333-4333-8333-333333333333';

const profile = (values: Partial<VolunteerProfile> = {}): VolunteerProfile => ({
  volunteerId: THOMAS,
  centreId: LILLE,
  towns: ['Lille', 'Lile-Moulin'],
  travelMode: 'bike',
  maxVisitsPerWeek: 2,
  languages: ['français', 'anglais'],
  unknownTowns: ['Lile-Moulin'],
  updatedAt: '2026-11-20T10:00:00.000Z',
  ...values,
});

describe('VolunteerProfileFormComponent', () => {
  let fixture: ComponentFixture<VolunteerProfileFormComponent>;
  let httpMock: HttpTestingController;
  const el = () => fixture.nativeElement as HTMLElement;
  const input = (id: string) => el().querySelector<HTMLInputElement>(`#${id}`)!;
  const button = (text: string) =>
    [...el().querySelectorAll('button')].find((b) => b.textContent?.trim() === text)!;
  const type = (id: string, value: string) => {
    input(id).value = value;
    input(id).dispatchEvent(new Event('input'));
  };

  async function open(volunteerId: string | null): Promise<void> {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [VolunteerProfileFormComponent],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    httpMock = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(VolunteerProfileFormComponent);
    fixture.componentRef.setInput('volunteerId', volunteerId);
    TestBed.tick();
    httpMock
      .expectOne(volunteerId ? `/api/volunteers/${volunteerId}/profile` : '/api/me/volunteer-profile')
      .flush(profile());
    await fixture.whenStable();
  }

  afterEach(() => httpMock.verify());

  it('shows the profile with the towns the gazetteer does not know, and saves the changes', async () => {
    await open(THOMAS);
    expect([...el().querySelectorAll('.profile-towns li span')].map((s) => s.textContent)).toEqual([
      'Lille',
      'Lile-Moulin',
    ]);
    expect(el().textContent).toContain('Commune(s) inconnue(s) de l’annuaire : Lile-Moulin.');
    expect(input('profile-mode-bike').checked).toBe(true);
    expect(input('profile-max').value).toBe('2');

    // the misspelt town goes, a suggested one comes
    button('Retirer Lile-Moulin').click();
    jest.useFakeTimers();
    type('profile-town', 'Hellem');
    TestBed.tick();
    jest.advanceTimersByTime(300);
    jest.useRealTimers();
    httpMock
      .expectOne((r) => r.url === '/api/places' && r.params.get('q') === 'Hellem')
      .flush({ places: [{ name: 'Hellemmes', department: '59' }], known: false });
    await fixture.whenStable();
    expect(el().querySelector('#profile-town-options option')?.getAttribute('value')).toBe('Hellemmes');
    type('profile-town', 'Hellemmes');
    button('Ajouter').click();
    input('profile-mode-car').click();
    type('profile-max', '');
    type('profile-languages', 'français, arabe');
    el().querySelector('form')!.dispatchEvent(new Event('submit'));

    const req = httpMock.expectOne(`/api/volunteers/${THOMAS}/profile`);
    expect(req.request.method).toBe('PUT');
    expect(req.request.body).toEqual({
      towns: ['Lille', 'Hellemmes'],
      travelMode: 'car',
      maxVisitsPerWeek: null,
      languages: ['français', 'arabe'],
    });
    req.flush(
      profile({ towns: ['Lille', 'Hellemmes'], unknownTowns: [], travelMode: 'car', maxVisitsPerWeek: null }),
    );
    await fixture.whenStable();
    expect(el().textContent).toContain('Profil enregistré.');
    expect(el().textContent).not.toContain('inconnue');
  });

  it('refuses a weekly limit out of range without calling the API', async () => {
    await open(null);
    type('profile-max', '25');
    el().querySelector('form')!.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    expect(el().querySelector('#profile-max-error, .field__error')?.textContent).toContain(
      'Indiquez un nombre entier entre 1 et 20',
    );
    httpMock.expectNone('/api/me/volunteer-profile');
  });
});
