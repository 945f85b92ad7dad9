import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { Cohort } from '@passerelle/contracts';
import { firstValueFrom } from 'rxjs';
import { aCohort } from '../../../testing/fixtures';
import { CohortsApiService } from './cohorts-api.service';

describe('CohortsApiService', () => {
  let sut: CohortsApiService;
  let httpMock: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    sut = TestBed.inject(CohortsApiService);
    httpMock = TestBed.inject(HttpTestingController);
  });

  afterEach(() => httpMock.verify());

  it('lists the groups', async () => {
    // given
    const groups = [aCohort({ name: 'Seniors du jeudi' })];
    // when
    const received = firstValueFrom(sut.list());
    const request = httpMock.expectOne('/api/cohorts');
    request.flush(groups);
    // then
    expect(request.request.method).toBe('GET');
    await expect(received).resolves.toEqual(groups);
  });

  it('creates a group with its name, members and centre', async () => {
    // given
    const body = {
      name: 'Seniors du jeudi',
      personIds: ['00000000-0000-4000-8000-000000000101'],
      centreId: 'x',
    };
    // when
    const received = firstValueFrom(sut.create(body));
    const request = httpMock.expectOne('/api/cohorts');
    request.flush(aCohort({ name: 'Seniors du jeudi' }), { status: 201, statusText: 'Created' });
    // then
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual(body);
    await expect(received).resolves.toMatchObject<Partial<Cohort>>({ name: 'Seniors du jeudi' });
  });

  it('gets, replaces and deletes one group by its id', async () => {
    // given
    const group = aCohort();
    const body = { name: 'Atelier du lundi', personIds: [] };
    // when
    const got = firstValueFrom(sut.get(group.id));
    httpMock.expectOne({ method: 'GET', url: `/api/cohorts/${group.id}` }).flush(group);
    const updated = firstValueFrom(sut.update(group.id, body));
    const put = httpMock.expectOne({ method: 'PUT', url: `/api/cohorts/${group.id}` });
    put.flush({ ...group, ...body, members: [] });
    const deleted = firstValueFrom(sut.delete(group.id));
    httpMock.expectOne({ method: 'DELETE', url: `/api/cohorts/${group.id}` }).flush(null, {
      status: 204,
      statusText: 'No Content',
    });
    // then
    await expect(got).resolves.toEqual(group);
    expect(put.request.body).toEqual(body);
    await expect(updated).resolves.toMatchObject({ name: 'Atelier du lundi', members: [] });
    await expect(deleted).resolves.toBeNull();
  });
});
