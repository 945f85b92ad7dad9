import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { aDevice, aDevicePage, aLoan } from '../../../testing/device-fixtures';
import { DevicesApiService } from './devices-api.service';

describe('DevicesApiService', () => {
  let sut: DevicesApiService;
  let httpMock: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    sut = TestBed.inject(DevicesApiService);
    httpMock = TestBed.inject(HttpTestingController);
  });

  afterEach(() => httpMock.verify());

  it('lists devices with only the filters that are set', async () => {
    // given
    const page = aDevicePage([aDevice()]);
    // when
    const received = firstValueFrom(sut.list({ q: 'facilo', kind: 'tablet', status: undefined, page: 2 }));
    const request = httpMock.expectOne((r) => r.url === '/api/devices');
    request.flush(page);
    // then
    expect(request.request.params.keys().sort()).toEqual(['kind', 'page', 'q']);
    expect(request.request.params.get('page')).toBe('2');
    await expect(received).resolves.toEqual(page);
  });

  it('asks for the labels PDF of chosen devices as a comma-separated list', async () => {
    // when
    const received = firstValueFrom(sut.labelsPdf({ ids: ['a', 'b', 'c'] }));
    const request = httpMock.expectOne((r) => r.url === '/api/devices/labels.pdf');
    request.flush(new Blob(['%PDF']));
    // then
    expect(request.request.params.get('ids')).toBe('a,b,c');
    expect(request.request.responseType).toBe('blob');
    await expect(received).resolves.toBeInstanceOf(Blob);
  });

  it('records a return, extends a loan and lists loans of a device', async () => {
    // given
    const loan = aLoan();
    // when
    const returned = firstValueFrom(
      sut.returnLoan(loan.id, { accessoriesReturned: [], condition: 'good', personalDataWiped: true }),
    );
    httpMock.expectOne({ method: 'POST', url: `/api/loans/${loan.id}/return` }).flush(loan);
    const extended = firstValueFrom(sut.extendLoan(loan.id, { dueOn: '2026-09-01' }));
    const extend = httpMock.expectOne({ method: 'POST', url: `/api/loans/${loan.id}/extend` });
    extend.flush([loan]);
    const listed = firstValueFrom(sut.loans({ status: 'all', deviceId: loan.deviceId }));
    const list = httpMock.expectOne((r) => r.url === '/api/loans');
    list.flush([loan]);
    // then
    await expect(returned).resolves.toEqual(loan);
    expect(extend.request.body).toEqual({ dueOn: '2026-09-01' });
    await expect(extended).resolves.toEqual([loan]);
    expect(list.request.params.get('status')).toBe('all');
    expect(list.request.params.get('deviceId')).toBe(loan.deviceId);
    await expect(listed).resolves.toEqual([loan]);
  });

  it('reads and signs a kit agreement', async () => {
    // when
    void firstValueFrom(sut.kitAgreement('kit-1'));
    httpMock.expectOne({ method: 'GET', url: '/api/kits/kit-1/agreement' }).flush({});
    void firstValueFrom(
      sut.signKitAgreement('kit-1', {
        signerName: 'Jeanne',
        signature: 'data:image/png;base64,AA==',
        accepted: true,
      }),
    );
    const sign = httpMock.expectOne({ method: 'POST', url: '/api/kits/kit-1/agreement' });
    sign.flush({});
    // then
    expect(sign.request.body).toMatchObject({ signerName: 'Jeanne', accepted: true });
  });
});
