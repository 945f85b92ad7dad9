import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  Availability,
  AvailabilityException,
  AvailableSlots,
  CalendarFeedCreated,
  CalendarFeedStatus,
  CancelVisit,
  CreateVisit,
  CentreEligibility,
  CreateAvailabilityException,
  CreateVisitSeries,
  Eligibility,
  RequiredTrainings,
  SplitVisitSeries,
  UpdateAvailabilityWindows,
  UpdateRequiredTrainings,
  UpdateVisit,
  UpdateVolunteerProfile,
  Visit,
  VisitSeriesCreated,
  VisitSeriesDetail,
  VisitSeriesInput,
  VisitSeriesPreview,
  VisitsQuery,
  VisitSuggestions,
  VisitSuggestionsQuery,
  VolunteerProfile,
} from '@passerelle/contracts';
import type { Observable } from 'rxjs';
import { apiUrl } from './api-url';

const id = encodeURIComponent;

/** Query parameters from an object, leaving out what is not set. */
function toParams(query: object): HttpParams {
  let params = new HttpParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params = params.set(name, String(value));
  }
  return params;
}

/** The coordination's planning of home visits: visits, series, and what a volunteer can take on. */
@Injectable({ providedIn: 'root' })
export class PlanningApiService {
  private readonly http = inject(HttpClient);

  // ─── Visits ────────────────────────────────────────────────────────────────────────────────────────

  visits(query: Partial<VisitsQuery>): Observable<Visit[]> {
    return this.http.get<Visit[]>(apiUrl('visits'), { params: toParams(query) });
  }

  /** Eligible volunteers and free start times for a senior, the nearest first. */
  suggestions(query: VisitSuggestionsQuery): Observable<VisitSuggestions> {
    return this.http.get<VisitSuggestions>(apiUrl('visits/suggestions'), { params: toParams(query) });
  }

  visit(visitId: string): Observable<Visit> {
    return this.http.get<Visit>(apiUrl(`visits/${id(visitId)}`));
  }

  /** 409 `visit_conflict` (details.conflicts) or `volunteer_not_eligible` (details.missingTrainings). */
  book(body: CreateVisit): Observable<Visit> {
    return this.http.post<Visit>(apiUrl('visits'), body);
  }

  update(visitId: string, body: UpdateVisit): Observable<Visit> {
    return this.http.patch<Visit>(apiUrl(`visits/${id(visitId)}`), body);
  }

  cancel(visitId: string, body: CancelVisit): Observable<Visit> {
    return this.http.post<Visit>(apiUrl(`visits/${id(visitId)}/cancel`), body);
  }

  // ─── Series ────────────────────────────────────────────────────────────────────────────────────────

  previewSeries(body: VisitSeriesInput): Observable<VisitSeriesPreview> {
    return this.http.post<VisitSeriesPreview>(apiUrl('visit-series/preview'), body);
  }

  createSeries(body: CreateVisitSeries): Observable<VisitSeriesCreated> {
    return this.http.post<VisitSeriesCreated>(apiUrl('visit-series'), body);
  }

  series(seriesId: string): Observable<VisitSeriesDetail> {
    return this.http.get<VisitSeriesDetail>(apiUrl(`visit-series/${id(seriesId)}`));
  }

  splitSeries(seriesId: string, body: SplitVisitSeries): Observable<VisitSeriesCreated> {
    return this.http.post<VisitSeriesCreated>(apiUrl(`visit-series/${id(seriesId)}/split`), body);
  }

  // ─── Volunteers ───────────────────────────────────────────────────────────────────────────────────

  eligibility(volunteerId: string): Observable<Eligibility> {
    return this.http.get<Eligibility>(apiUrl(`volunteers/${id(volunteerId)}/eligibility`));
  }

  saveAvailability(volunteerId: string, body: UpdateAvailabilityWindows): Observable<Availability> {
    return this.http.put<Availability>(apiUrl(`volunteers/${id(volunteerId)}/availability`), body);
  }

  addAvailabilityException(
    volunteerId: string,
    body: CreateAvailabilityException,
  ): Observable<AvailabilityException> {
    return this.http.post<AvailabilityException>(
      apiUrl(`volunteers/${id(volunteerId)}/availability/exceptions`),
      body,
    );
  }

  removeAvailabilityException(volunteerId: string, exceptionId: string): Observable<void> {
    return this.http.delete<void>(
      apiUrl(`volunteers/${id(volunteerId)}/availability/exceptions/${id(exceptionId)}`),
    );
  }

  volunteerProfile(volunteerId: string): Observable<VolunteerProfile> {
    return this.http.get<VolunteerProfile>(apiUrl(`volunteers/${id(volunteerId)}/profile`));
  }

  saveVolunteerProfile(volunteerId: string, body: UpdateVolunteerProfile): Observable<VolunteerProfile> {
    return this.http.put<VolunteerProfile>(apiUrl(`volunteers/${id(volunteerId)}/profile`), body);
  }

  /** Whether the centre's calendar feed is live, and since when. */
  centreCalendarFeedStatus(centreId: string): Observable<CalendarFeedStatus> {
    return this.http.get<CalendarFeedStatus>(apiUrl(`centres/${id(centreId)}/calendar-feed`));
  }

  /** A new secret address for the centre's visits (shown once); the previous one stops working. */
  createCentreCalendarFeed(centreId: string): Observable<CalendarFeedCreated> {
    return this.http.post<CalendarFeedCreated>(apiUrl(`centres/${id(centreId)}/calendar-feed`), {});
  }

  revokeCentreCalendarFeed(centreId: string): Observable<void> {
    return this.http.delete<void>(apiUrl(`centres/${id(centreId)}/calendar-feed`));
  }

  /** Every volunteer of a centre with their standing for home visits, in one request. */
  centreEligibility(centreId: string): Observable<CentreEligibility> {
    return this.http.get<CentreEligibility>(apiUrl(`centres/${id(centreId)}/volunteer-eligibility`));
  }

  availability(volunteerId: string): Observable<Availability> {
    return this.http.get<Availability>(apiUrl(`volunteers/${id(volunteerId)}/availability`));
  }

  /** Free time inside the weekly windows, Paris days `from` and `to` included. */
  slots(volunteerId: string, from: string, to: string): Observable<AvailableSlots> {
    return this.http.get<AvailableSlots>(apiUrl(`volunteers/${id(volunteerId)}/slots`), {
      params: toParams({ from, to }),
    });
  }

  requiredTrainings(centreId: string): Observable<RequiredTrainings> {
    return this.http.get<RequiredTrainings>(apiUrl(`centres/${id(centreId)}/required-trainings`));
  }

  replaceRequiredTrainings(centreId: string, body: UpdateRequiredTrainings): Observable<RequiredTrainings> {
    return this.http.put<RequiredTrainings>(apiUrl(`centres/${id(centreId)}/required-trainings`), body);
  }
}
