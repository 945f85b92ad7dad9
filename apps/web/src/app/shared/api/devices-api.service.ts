import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  Agreement,
  AgreementsQuery,
  CreateDevice,
  CreateKit,
  Device,
  DeviceEventSchema,
  DeviceLearning,
  DevicesQuery,
  ExtendLoan,
  Loan,
  LoansQuery,
  Paginated,
  PairingCode,
  ReturnChecklist,
  SignAgreement,
  UpdateDevice,
} from '@passerelle/contracts';
import type { Observable } from 'rxjs';
import type { z } from 'zod';
import { apiUrl } from './api-url';

// The contract exports the schema but no type for one history event.
export type DeviceEvent = z.infer<typeof DeviceEventSchema>;

export type DevicesListQuery = Partial<DevicesQuery>;
export type LoansListQuery = Partial<LoansQuery>;

/** Which devices to print labels for: explicit ids, or the inventory filters. */
export type DeviceLabelsRequest =
  { ids: readonly string[] } | Pick<DevicesListQuery, 'q' | 'kind' | 'status' | 'centreId'>;

function id(value: string): string {
  return encodeURIComponent(value);
}

/** Query parameters from an object, leaving out what is not set. */
function toParams(query: object): HttpParams {
  let params = new HttpParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params = params.set(name, Array.isArray(value) ? value.join(',') : String(value));
  }
  return params;
}

/** Devices (tablets, phones, connections), the loans and gifts of kits, and their signed agreements. */
@Injectable({ providedIn: 'root' })
export class DevicesApiService {
  private readonly http = inject(HttpClient);

  // ─── Devices ───────────────────────────────────────────────────────────────────────────────────────

  list(query: DevicesListQuery): Observable<Paginated<Device>> {
    return this.http.get<Paginated<Device>>(apiUrl('devices'), { params: toParams(query) });
  }

  get(deviceId: string): Observable<Device> {
    return this.http.get<Device>(apiUrl(`devices/${id(deviceId)}`));
  }

  create(body: CreateDevice): Observable<Device> {
    return this.http.post<Device>(apiUrl('devices'), body);
  }

  update(deviceId: string, body: UpdateDevice): Observable<Device> {
    return this.http.patch<Device>(apiUrl(`devices/${id(deviceId)}`), body);
  }

  history(deviceId: string): Observable<DeviceEvent[]> {
    return this.http.get<DeviceEvent[]>(apiUrl(`devices/${id(deviceId)}/history`));
  }

  learning(deviceId: string): Observable<DeviceLearning> {
    return this.http.get<DeviceLearning>(apiUrl(`devices/${id(deviceId)}/learning`));
  }

  /** A PDF sheet of QR asset labels. */
  labelsPdf(request: DeviceLabelsRequest): Observable<Blob> {
    return this.http.get(apiUrl('devices/labels.pdf'), { params: toParams(request), responseType: 'blob' });
  }

  // ─── Loans and gifts ──────────────────────────────────────────────────────────────────────────────

  /** Lends or gives a kit: one loan per device. */
  lend(body: CreateKit): Observable<Loan[]> {
    return this.http.post<Loan[]>(apiUrl('loans'), body);
  }

  loans(query: LoansListQuery): Observable<Loan[]> {
    return this.http.get<Loan[]>(apiUrl('loans'), { params: toParams(query) });
  }

  returnLoan(loanId: string, body: ReturnChecklist): Observable<Loan> {
    return this.http.post<Loan>(apiUrl(`loans/${id(loanId)}/return`), body);
  }

  /** Extends the whole kit: answers every loan of the kit. */
  extendLoan(loanId: string, body: ExtendLoan): Observable<Loan[]> {
    return this.http.post<Loan[]>(apiUrl(`loans/${id(loanId)}/extend`), body);
  }

  pairingCode(loanId: string): Observable<PairingCode> {
    return this.http.post<PairingCode>(apiUrl(`loans/${id(loanId)}/pairing-code`), {});
  }

  // ─── Agreements ───────────────────────────────────────────────────────────────────────────────────

  agreements(query: AgreementsQuery): Observable<Agreement[]> {
    return this.http.get<Agreement[]>(apiUrl('agreements'), { params: toParams(query) });
  }

  agreementPdf(agreementId: string): Observable<Blob> {
    return this.http.get(apiUrl(`agreements/${id(agreementId)}/pdf`), { responseType: 'blob' });
  }

  /** The kit's agreement: the text to sign, or the signed one. */
  kitAgreement(kitId: string): Observable<Agreement> {
    return this.http.get<Agreement>(apiUrl(`kits/${id(kitId)}/agreement`));
  }

  signKitAgreement(kitId: string, body: SignAgreement): Observable<Agreement> {
    return this.http.post<Agreement>(apiUrl(`kits/${id(kitId)}/agreement`), body);
  }
}
