import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { aCampaignReport } from '../../testing/equipment-fixtures';
import { CampaignCreatePageComponent } from './campaign-create-page.component';

describe('CampaignCreatePageComponent', () => {
  let fixture: ComponentFixture<CampaignCreatePageComponent>;
  let httpMock: HttpTestingController;

  function el(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function fill(selector: string, value: string): void {
    const input = el().querySelector<HTMLInputElement>(selector);
    if (!input) throw new Error(`${selector} not found`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  async function submit(): Promise<void> {
    el().querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await fixture.whenStable();
  }

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [CampaignCreatePageComponent],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    httpMock = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CampaignCreatePageComponent);
    await fixture.whenStable();
  });

  afterEach(() => httpMock.verify());

  it('creates the campaign, then goes back to the programme', async () => {
    // given
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    fill('#campaign-name', 'Vague 1 — familles');
    el().querySelector<HTMLInputElement>('#campaign-audience-households')?.click();
    fill('#campaign-partner', 'Emmaüs Connect');
    fill('#campaign-startsOn', '2025-03-01');
    fill('#campaign-householdsIdentified', '650');
    fill('#campaign-householdsTargeted', '170');
    // when
    await submit();
    const request = httpMock.expectOne('/api/campaigns');
    request.flush(aCampaignReport().campaign, { status: 201, statusText: 'Created' });
    await fixture.whenStable();
    // then
    expect(request.request.body).toEqual({
      name: 'Vague 1 — familles',
      audience: 'households',
      partner: 'Emmaüs Connect',
      startsOn: '2025-03-01',
      endsOn: null,
      householdsIdentified: 650,
      householdsTargeted: 170,
    });
    expect(navigate).toHaveBeenCalledWith(
      ['..'],
      expect.objectContaining({ state: { campaignCreated: 'Vague 1 — familles' } }),
    );
  });

  it('explains each problem next to its field', async () => {
    // given
    fill('#campaign-startsOn', '2025-06-01');
    fill('#campaign-endsOn', '2025-03-01');
    fill('#campaign-householdsIdentified', '100');
    fill('#campaign-householdsTargeted', '170');
    // when
    await submit();
    // then
    httpMock.expectNone('/api/campaigns');
    expect(el().querySelector('#campaign-name-error')?.textContent).toContain(
      'Indiquez le nom de la campagne',
    );
    expect(el().querySelector('#campaign-endsOn-error')?.textContent).toContain(
      'La date de fin ne peut pas précéder la date de début.',
    );
    expect(el().querySelector('#campaign-householdsTargeted-error')?.textContent).toContain(
      'On ne peut pas cibler plus de foyers qu’on n’en a repérés.',
    );
    expect(el().querySelector('#campaign-householdsTargeted')?.getAttribute('aria-describedby')).toBe(
      'campaign-householdsTargeted-hint campaign-householdsTargeted-error',
    );
  });

  it('shows the API’s field errors next to the fields', async () => {
    // given
    fill('#campaign-name', 'Vague 2');
    fill('#campaign-startsOn', '2025-09-01');
    // when
    await submit();
    httpMock.expectOne('/api/campaigns').flush(
      {
        code: 'validation_failed',
        message: 'Invalid',
        errors: [{ path: 'partner', code: 'too_big', message: 'Too long' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    // then
    expect(el().querySelector('#campaign-partner-error')?.textContent).toContain(
      'Le nom du partenaire est trop long',
    );
  });
});
