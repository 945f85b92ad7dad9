import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  Availability,
  AvailabilityException,
  Charter,
  CharterSignature,
  CreateAvailabilityException,
  Eligibility,
  UpdateAvailabilityWindows,
  UpdateVolunteerProfile,
  VolunteerProfile,
} from '@passerelle/contracts';
import type { Observable } from 'rxjs';
import { apiUrl } from './api-url';

/** What a volunteer sets up before home visits: charter, eligibility, weekly availability. */
@Injectable({ providedIn: 'root' })
export class MyVolunteeringApiService {
  private readonly http = inject(HttpClient);

  charter(): Observable<Charter> {
    return this.http.get<Charter>(apiUrl('me/charter'));
  }

  signCharter(version: number): Observable<CharterSignature> {
    return this.http.post<CharterSignature>(apiUrl('me/charter/sign'), { accepted: true, version });
  }

  profile(): Observable<VolunteerProfile> {
    return this.http.get<VolunteerProfile>(apiUrl('me/volunteer-profile'));
  }

  saveProfile(body: UpdateVolunteerProfile): Observable<VolunteerProfile> {
    return this.http.put<VolunteerProfile>(apiUrl('me/volunteer-profile'), body);
  }

  eligibility(): Observable<Eligibility> {
    return this.http.get<Eligibility>(apiUrl('me/eligibility'));
  }

  availability(): Observable<Availability> {
    return this.http.get<Availability>(apiUrl('me/availability'));
  }

  saveWindows(body: UpdateAvailabilityWindows): Observable<Availability> {
    return this.http.put<Availability>(apiUrl('me/availability'), body);
  }

  addException(body: CreateAvailabilityException): Observable<AvailabilityException> {
    return this.http.post<AvailabilityException>(apiUrl('me/availability/exceptions'), body);
  }

  removeException(exceptionId: string): Observable<void> {
    return this.http.delete<void>(apiUrl(`me/availability/exceptions/${encodeURIComponent(exceptionId)}`));
  }
}
