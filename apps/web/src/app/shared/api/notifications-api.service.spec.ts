import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { NotificationsApiService } from './notifications-api.service';

describe('NotificationsApiService', () => {
  let sut: NotificationsApiService;
  let httpMock: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    sut = TestBed.inject(NotificationsApiService);
    httpMock = TestBed.inject(HttpTestingController);
  });

  afterEach(() => httpMock.verify());

  it('lists a page of messages, leaving out empty filters', async () => {
    // given
    const page = { items: [], total: 0, page: 2, pageSize: 20 };
    // when
    const received = firstValueFrom(sut.list({ page: 2, pageSize: 20, status: undefined }));
    const request = httpMock.expectOne('/api/notifications?page=2&pageSize=20');
    request.flush(page);
    // then
    expect(request.request.method).toBe('GET');
    await expect(received).resolves.toEqual(page);
  });

  it('asks the API to send the queue now', async () => {
    // given
    const result = { queued: 1, sent: 1, retried: 0, failed: 0 };
    // when
    const received = firstValueFrom(sut.run());
    const request = httpMock.expectOne('/api/notifications/run');
    request.flush(result);
    // then
    expect(request.request.method).toBe('POST');
    await expect(received).resolves.toEqual(result);
  });
});
