import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CreatePerson,
  Paginated,
  PeopleQuery,
  Person,
  PersonDetail,
  UpdatePerson,
} from '@passerelle/contracts';
import type { Observable } from 'rxjs';
import { apiUrl } from './api-url';

export type PeopleListQuery = Partial<PeopleQuery>;

@Injectable({ providedIn: 'root' })
export class PeopleApiService {
  private readonly http = inject(HttpClient);

  list(query: PeopleListQuery): Observable<Paginated<Person>> {
    let params = new HttpParams();
    for (const [name, value] of Object.entries(query)) {
      if (value !== undefined && value !== null && value !== '') params = params.set(name, String(value));
    }
    return this.http.get<Paginated<Person>>(apiUrl('people'), { params });
  }

  get(id: string): Observable<PersonDetail> {
    return this.http.get<PersonDetail>(apiUrl(`people/${encodeURIComponent(id)}`));
  }

  create(body: CreatePerson): Observable<PersonDetail> {
    return this.http.post<PersonDetail>(apiUrl('people'), body);
  }

  update(id: string, body: UpdatePerson): Observable<PersonDetail> {
    return this.http.patch<PersonDetail>(apiUrl(`people/${encodeURIComponent(id)}`), body);
  }

  assignVolunteer(seniorId: string, volunteerId: string): Observable<PersonDetail> {
    return this.http.post<PersonDetail>(apiUrl(`people/${encodeURIComponent(seniorId)}/volunteers`), {
      volunteerId,
    });
  }

  removeVolunteer(seniorId: string, volunteerId: string): Observable<PersonDetail> {
    return this.http.delete<PersonDetail>(
      apiUrl(`people/${encodeURIComponent(seniorId)}/volunteers/${encodeURIComponent(volunteerId)}`),
    );
  }

  /** The seniors coached by the signed-in volunteer. */
  mySeniors(): Observable<Person[]> {
    return this.http.get<Person[]>(apiUrl('me/seniors'));
  }
}
