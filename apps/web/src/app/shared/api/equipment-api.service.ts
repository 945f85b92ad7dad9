import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AgreementTemplate,
  Campaign,
  CreateCampaign,
  CreateHousehold,
  Household,
  HouseholdsQuery,
  Paginated,
  ProgrammeReport,
  UpdateAgreementTemplate,
} from '@passerelle/contracts';
import type { Observable } from 'rxjs';
import { apiUrl } from './api-url';

const id = encodeURIComponent;

export type HouseholdListQuery = Partial<HouseholdsQuery>;

function toParams(query: object): HttpParams {
  let params = new HttpParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params = params.set(name, String(value));
  }
  return params;
}

/** The equipment programme: households, distribution campaigns and their report, the loan agreement's text. */
@Injectable({ providedIn: 'root' })
export class EquipmentApiService {
  private readonly http = inject(HttpClient);

  households(query: HouseholdListQuery): Observable<Paginated<Household>> {
    return this.http.get<Paginated<Household>>(apiUrl('households'), { params: toParams(query) });
  }

  household(householdId: string): Observable<Household> {
    return this.http.get<Household>(apiUrl(`households/${id(householdId)}`));
  }

  createHousehold(body: CreateHousehold): Observable<Household> {
    return this.http.post<Household>(apiUrl('households'), body);
  }

  campaigns(): Observable<Campaign[]> {
    return this.http.get<Campaign[]>(apiUrl('campaigns'));
  }

  createCampaign(body: CreateCampaign): Observable<Campaign> {
    return this.http.post<Campaign>(apiUrl('campaigns'), body);
  }

  /** Coordinators get their centre; federation admins every centre, or the one given. */
  programmeReport(centreId?: string): Observable<ProgrammeReport> {
    return this.http.get<ProgrammeReport>(apiUrl('campaigns/report'), { params: toParams({ centreId }) });
  }

  agreementTemplate(centreId: string): Observable<AgreementTemplate> {
    return this.http.get<AgreementTemplate>(apiUrl(`centres/${id(centreId)}/agreement-template`));
  }

  updateAgreementTemplate(centreId: string, body: UpdateAgreementTemplate): Observable<AgreementTemplate> {
    return this.http.put<AgreementTemplate>(apiUrl(`centres/${id(centreId)}/agreement-template`), body);
  }
}
