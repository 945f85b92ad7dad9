import type { PersonRef } from '@passerelle/contracts';
import { type Observable, map } from 'rxjs';
import type { PeopleApiService } from '../shared/api/people-api.service';

/** Active volunteers or seniors of the caller's reach, by name (the first 100: a centre's scale). */
export function activePeople(api: PeopleApiService, role: 'volunteer' | 'senior'): Observable<PersonRef[]> {
  return api
    .list({ role, status: 'active', pageSize: 100 })
    .pipe(
      map((page) =>
        page.items
          .map(({ id, firstName, lastName }) => ({ id, firstName, lastName }))
          .sort((a, b) => fullName(a).localeCompare(fullName(b), 'fr')),
      ),
    );
}

export function fullName(person: { firstName: string; lastName: string }): string {
  return `${person.firstName} ${person.lastName}`;
}
