import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { NotificationEntry } from '@passerelle/contracts';
import { NotificationListPageComponent } from './notification-list-page.component';

function aNotification(values: Partial<NotificationEntry> = {}): NotificationEntry {
  return {
    id: '00000000-0000-4000-8000-000000000901',
    centreId: '00000000-0000-4000-8000-000000000001',
    kind: 'loan_overdue',
    channel: 'email',
    recipient: { id: '00000000-0000-4000-8000-000000000101', firstName: 'Nadia', lastName: 'Benali' },
    toAddress: 'nadia@exemple.fr',
    subject: 'Prêt en retard : tablette LIL-0042',
    body: 'Bonjour Nadia,\n\nLa tablette LIL-0042 devait revenir hier.',
    status: 'sent',
    attempts: 1,
    lastError: null,
    createdAt: '2026-03-10T08:00:00.000Z',
    sentAt: '2026-03-10T08:00:05.000Z',
    ...values,
  };
}

describe('NotificationListPageComponent', () => {
  let fixture: ComponentFixture<NotificationListPageComponent>;
  let httpMock: HttpTestingController;
  const el = () => fixture.nativeElement as HTMLElement;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [NotificationListPageComponent],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    httpMock = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(NotificationListPageComponent);
    TestBed.tick();
  });

  afterEach(() => httpMock.verify());

  it('lists the messages with channel, recipient, subject, status and a readable body', async () => {
    // given
    const request = httpMock.expectOne((r) => r.url === '/api/notifications');
    // when
    request.flush({
      items: [
        aNotification(),
        aNotification({
          id: '00000000-0000-4000-8000-000000000902',
          channel: 'sms',
          status: 'failed',
          toAddress: null,
          sentAt: null,
          attempts: 5,
          lastError: 'connect ECONNREFUSED',
        }),
      ],
      total: 2,
      page: 1,
      pageSize: 20,
    });
    await fixture.whenStable();
    // then
    expect(request.request.params.get('page')).toBe('1');
    const rows = el().querySelectorAll('tbody tr');
    expect(rows).toHaveLength(2);
    expect(rows[0]?.textContent).toContain('E-mail');
    expect(rows[0]?.textContent).toContain('Nadia Benali');
    expect(rows[0]?.textContent).toContain('nadia@exemple.fr');
    expect(rows[0]?.textContent).toContain('Envoyé');
    expect(rows[0]?.querySelector('details summary')?.textContent).toContain(
      'Prêt en retard : tablette LIL-0042',
    );
    expect(rows[0]?.querySelector('details .notification-body')?.textContent).toContain(
      'devait revenir hier',
    );
    expect(rows[1]?.textContent).toContain('SMS');
    expect(rows[1]?.textContent).toContain('Échec');
    expect(rows[1]?.textContent).toContain('5 essais');
    expect(rows[1]?.textContent).toContain('Raison : connect ECONNREFUSED');
    expect(el().textContent).toContain('2 messages');
  });

  it('sends now on request, then shows what was done and reloads the list', async () => {
    // given
    httpMock
      .expectOne((r) => r.url === '/api/notifications')
      .flush({ items: [], total: 0, page: 1, pageSize: 20 });
    await fixture.whenStable();
    expect(el().textContent).toContain('Aucun message pour le moment');
    // when
    const button = Array.from(el().querySelectorAll('button')).find((b) =>
      b.textContent?.includes('Envoyer maintenant'),
    );
    button?.click();
    httpMock.expectOne('/api/notifications/run').flush({ queued: 2, sent: 2, retried: 0, failed: 0 });
    TestBed.tick();
    // then
    httpMock
      .expectOne((r) => r.url === '/api/notifications')
      .flush({ items: [aNotification()], total: 1, page: 1, pageSize: 20 });
    await fixture.whenStable();
    expect(el().textContent).toContain('Rappels préparés : 2. Messages envoyés : 2.');
    expect(el().querySelectorAll('tbody tr')).toHaveLength(1);
  });
});
