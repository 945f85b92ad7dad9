import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { aCohort, aPeoplePage, aPerson } from '../../testing/fixtures';
import { CohortEditPageComponent } from './cohort-edit-page.component';

describe('CohortEditPageComponent', () => {
  let fixture: ComponentFixture<CohortEditPageComponent>;
  let httpMock: HttpTestingController;
  let sut: CohortEditPageComponent;

  function el(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function button(text: string): HTMLButtonElement | undefined {
    return [...el().querySelectorAll('button')].find((b) => b.textContent?.includes(text));
  }

  async function typeName(value: string): Promise<void> {
    const input = el().querySelector<HTMLInputElement>('#cohort-name');
    if (input) input.value = value;
    input?.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [CohortEditPageComponent],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    httpMock = TestBed.inject(HttpTestingController);
  });

  afterEach(() => httpMock.verify());

  async function openNewGroup(people = [aPerson({ firstName: 'Jeanne', lastName: 'Dupont' })]) {
    fixture = TestBed.createComponent(CohortEditPageComponent);
    sut = fixture.componentInstance;
    TestBed.tick();
    const search = httpMock.expectOne((r) => r.url === '/api/people');
    expect(search.request.params.get('pageSize')).toBe('100');
    search.flush(aPeoplePage(people));
    await fixture.whenStable();
    return people;
  }

  it('saves the name and the people ticked, then goes back to the groups', async () => {
    // given
    const [jeanne] = await openNewGroup();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    await typeName('Seniors du jeudi');
    el().querySelector<HTMLInputElement>(`#cohort-person-${jeanne?.id}`)?.click();
    await fixture.whenStable();
    expect(button('Retirer')?.textContent).toContain('Retirer Jeanne Dupont');
    // when
    button('Enregistrer le groupe')?.click();
    const save = httpMock.expectOne('/api/cohorts');
    save.flush(aCohort({ name: 'Seniors du jeudi' }), { status: 201, statusText: 'Created' });
    await fixture.whenStable();
    // then
    expect(save.request.method).toBe('POST');
    expect(save.request.body).toEqual({ name: 'Seniors du jeudi', personIds: [jeanne?.id] });
    expect(navigate).toHaveBeenCalledWith(['..'], expect.objectContaining({ state: expect.anything() }));
  });

  it('says the name is taken when another group has it', async () => {
    // given
    await openNewGroup();
    await typeName('Seniors du jeudi');
    // when
    button('Enregistrer le groupe')?.click();
    httpMock
      .expectOne('/api/cohorts')
      .flush({ code: 'cohort_name_taken', message: 'Name taken' }, { status: 409, statusText: 'Conflict' });
    await fixture.whenStable();
    // then
    expect(el().querySelector('[role="alert"]')?.textContent).toContain('Un groupe porte déjà ce nom.');
    expect(el().querySelector('#cohort-name-error')?.textContent).toContain('Un groupe porte déjà ce nom.');
    expect(el().querySelector('#cohort-name')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('asks for a name without sending anything', async () => {
    // given
    await openNewGroup();
    // when
    sut.save();
    await fixture.whenStable();
    // then
    httpMock.expectNone('/api/cohorts');
    expect(el().querySelector('[role="alert"]')?.textContent).toContain('Indiquez le nom du groupe');
  });

  it('replaces the name and members of an existing group, without the one removed', async () => {
    // given
    const group = aCohort({ name: 'Atelier du lundi' });
    fixture = TestBed.createComponent(CohortEditPageComponent);
    fixture.componentRef.setInput('id', group.id);
    TestBed.tick();
    httpMock.expectOne(`/api/cohorts/${group.id}`).flush(group);
    httpMock.expectOne((r) => r.url === '/api/people').flush(aPeoplePage([]));
    await fixture.whenStable();
    jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    // when
    button('Retirer Marcel Roux')?.click();
    await fixture.whenStable();
    button('Enregistrer le groupe')?.click();
    const save = httpMock.expectOne(`/api/cohorts/${group.id}`);
    save.flush(group);
    // then
    expect(save.request.method).toBe('PUT');
    expect(save.request.body).toEqual({ name: 'Atelier du lundi', personIds: [group.members[0]?.id] });
  });
});
