import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { aCampaignReport, aProgrammeReport } from '../../testing/equipment-fixtures';
import { ProgrammePageComponent, funnelRows } from './programme-page.component';

describe('ProgrammePageComponent', () => {
  let fixture: ComponentFixture<ProgrammePageComponent>;
  let httpMock: HttpTestingController;

  function el(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  /** Each body row of the table captioned `caption`, as [row header, ...cells] texts. */
  function rows(caption: string): string[][] {
    const table = [...el().querySelectorAll('table')].find((t) =>
      t.querySelector('caption')?.textContent?.includes(caption),
    );
    if (!table) throw new Error(`No table captioned ${caption}`);
    return [...table.querySelectorAll('tbody tr, tfoot tr')].map((tr) =>
      [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
    );
  }

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [ProgrammePageComponent],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    httpMock = TestBed.inject(HttpTestingController);
  });

  afterEach(() => httpMock.verify());

  async function open(report = aProgrammeReport(), acrossCentres = false): Promise<void> {
    fixture = TestBed.createComponent(ProgrammePageComponent);
    fixture.componentRef.setInput('acrossCentres', acrossCentres);
    TestBed.tick();
    if (acrossCentres) httpMock.expectOne('/api/centres').flush([]);
    const request = httpMock.expectOne((r) => r.url === '/api/campaigns/report');
    expect(request.request.params.has('centreId')).toBe(false);
    request.flush(report);
    await fixture.whenStable();
  }

  it('shows the figures of each wave exactly as the API counts them', async () => {
    // given / when
    await open();
    // then
    expect(el().querySelector('h1')?.textContent).toContain('Programme d’équipement');
    expect(el().querySelector('h2')?.textContent).toContain('Vague 1 — familles');
    expect(rows('Foyers repérés, ciblés puis équipés')).toEqual([
      ['Foyers repérés', '650', '100 %'],
      ['Foyers ciblés', '170', '26 %'],
      ['Foyers équipés', '151', '23 %'],
    ]);
    expect(rows('Appareils distribués par type')).toEqual([
      ['Smartphones', '38'],
      ['Téléphones', '10'],
      ['Tablettes', '12'],
      ['Ordinateurs', '106'],
      ['Connexions internet', '57'],
      ['Total', '223'],
    ]);
    const stats = [...el().querySelectorAll('.stats__item')].map((item) => [
      item.querySelector('dt')?.textContent?.trim(),
      item.querySelector('dd')?.textContent?.trim(),
    ]);
    expect(stats).toEqual([
      ['Prêts', '40'],
      ['Dons', '183'],
      ['Prêts en cours', '31'],
      ['Prêts en retard', '4'],
      ['Appareils rendus', '9'],
    ]);
  });

  it('lists the inventory by kind and model', async () => {
    // given / when
    await open();
    // then
    expect(rows('Appareils par type et modèle')).toEqual([
      ['Tablette', 'Facilotab', '470', '312', '0', '158'],
      ['Ordinateur', 'Lenovo ThinkPad T480', '110', '0', '106', '4'],
    ]);
    const modelHeader = el().querySelector('tbody th[scope="row"]');
    expect(modelHeader).not.toBeNull();
  });

  it('hides the bars from assistive technologies: the percentage is written next to them', async () => {
    // given / when
    await open();
    // then
    const bars = el().querySelectorAll('.programme-bar');
    expect(bars.length).toBe(3);
    bars.forEach((bar) => expect(bar.getAttribute('aria-hidden')).toBe('true'));
  });

  it('says so when there is no campaign yet', async () => {
    // given / when
    await open(aProgrammeReport({ campaigns: [], inventory: [] }));
    // then
    expect(el().textContent).toContain('Aucune campagne pour le moment');
    expect(el().textContent).toContain('Aucun appareil dans l’inventaire');
  });

  it('filters on one centre for a federation admin', async () => {
    // given
    await open(aProgrammeReport(), true);
    const select = el().querySelector<HTMLSelectElement>('#programme-centre');
    expect(select).not.toBeNull();
    // when
    fixture.componentInstance['onCentreChange']('44444444-4444-4444-8444-444444444444');
    TestBed.tick();
    // then
    const request = httpMock.expectOne((r) => r.url === '/api/campaigns/report');
    expect(request.request.params.get('centreId')).toBe('44444444-4444-4444-8444-444444444444');
    request.flush(aProgrammeReport());
  });

  it('leaves a step blank when the centre did not count it', () => {
    // given
    const report = aCampaignReport();
    report.campaign = { ...report.campaign, householdsIdentified: null, audience: 'seniors' };
    // when
    const sut = funnelRows(report);
    // then
    expect(sut).toEqual([
      { labelKey: 'programme.funnel.identifiedSeniors', value: null, percent: null },
      { labelKey: 'programme.funnel.targetedSeniors', value: 170, percent: null },
      { labelKey: 'programme.funnel.equippedSeniors', value: 151, percent: null },
    ]);
  });
});
