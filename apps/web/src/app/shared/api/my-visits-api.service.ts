import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CalendarFeedCreated,
  CalendarFeedStatus,
  MyVisitsQuery,
  NextVisit,
  SubmitVisitReport,
  Visit,
  VisitReportResult,
} from '@passerelle/contracts';
import type { Observable } from 'rxjs';
import { apiUrl } from './api-url';

const id = encodeURIComponent;

/** A volunteer's own visits (agenda, report, "cannot come", calendar feed), and a senior's next visit. */
@Injectable({ providedIn: 'root' })
export class MyVisitsApiService {
  private readonly http = inject(HttpClient);

  mine(query: MyVisitsQuery): Observable<Visit[]> {
    let params = new HttpParams();
    if (query.from) params = params.set('from', query.from);
    if (query.to) params = params.set('to', query.to);
    return this.http.get<Visit[]>(apiUrl('me/visits'), { params });
  }

  get(visitId: string): Observable<Visit> {
    return this.http.get<Visit>(apiUrl(`visits/${id(visitId)}`));
  }

  /** "Je ne peux pas venir": the visit is called off and the coordination alerted. */
  cannotCome(visitId: string, reason: string): Observable<Visit> {
    return this.http.post<Visit>(apiUrl(`visits/${id(visitId)}/cannot-come`), { reason });
  }

  /** 201 the first time, 200 with the same report when `clientReportId` was already received. */
  report(visitId: string, body: SubmitVisitReport): Observable<VisitReportResult> {
    return this.http.post<VisitReportResult>(apiUrl(`visits/${id(visitId)}/report`), body);
  }

  /** Whether a feed address is live, and since when (the address itself is shown only once). */
  calendarFeedStatus(): Observable<CalendarFeedStatus> {
    return this.http.get<CalendarFeedStatus>(apiUrl('me/calendar-feed'));
  }

  /** Creates the secret feed address, or replaces it (the old one stops working). */
  createCalendarFeed(): Observable<CalendarFeedCreated> {
    return this.http.post<CalendarFeedCreated>(apiUrl('me/calendar-feed'), {});
  }

  revokeCalendarFeed(): Observable<void> {
    return this.http.delete<void>(apiUrl('me/calendar-feed'));
  }

  /** For a senior's home screen. */
  nextVisit(): Observable<NextVisit> {
    return this.http.get<NextVisit>(apiUrl('me/next-visit'));
  }
}
