import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Cohort, SaveCohort } from '@passerelle/contracts';
import type { Observable } from 'rxjs';
import { apiUrl } from './api-url';

const id = encodeURIComponent;

/** Groups of a centre's people, to assign a course to all of them at once. */
@Injectable({ providedIn: 'root' })
export class CohortsApiService {
  private readonly http = inject(HttpClient);

  /** Coordinators get their centre's groups; federation admins every centre's. */
  list(): Observable<Cohort[]> {
    return this.http.get<Cohort[]>(apiUrl('cohorts'));
  }

  get(cohortId: string): Observable<Cohort> {
    return this.http.get<Cohort>(apiUrl(`cohorts/${id(cohortId)}`));
  }

  create(body: SaveCohort): Observable<Cohort> {
    return this.http.post<Cohort>(apiUrl('cohorts'), body);
  }

  /** Replaces the name and the whole member list. */
  update(cohortId: string, body: SaveCohort): Observable<Cohort> {
    return this.http.put<Cohort>(apiUrl(`cohorts/${id(cohortId)}`), body);
  }

  delete(cohortId: string): Observable<void> {
    return this.http.delete<void>(apiUrl(`cohorts/${id(cohortId)}`));
  }
}
