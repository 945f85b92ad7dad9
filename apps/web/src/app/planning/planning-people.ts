import type { PersonRef } from '@passerelle/contracts';
import { type Observable, forkJoin, map, of, switchMap } from 'rxjs';
import type { PeopleApiService } from '../shared/api/people-api.service';

/** Active volunteers or seniors of the caller's reach, by name: every page (a network lends hundreds of tablets). */
export function activePeople(
  api: PeopleApiService,
  role: 'volunteer' | 'senior',
): Observable<Array<PersonRef & { centreId: string | null }>> {
  const page = (n: number) => api.list({ role, status: 'active', pageSize: PAGE, page: n });
  return page(1).pipe(
    switchMap((first) => {
      const pages = Math.min(Math.ceil(first.total / PAGE), MAX_PAGES);
      const rest = Array.from({ length: pages - 1 }, (_, i) => page(i + 2));
      return rest.length ? forkJoin([of(first), ...rest]) : of([first]);
    }),
    map((pages) =>
      pages
        .flatMap((p) => p.items)
        .map(({ id, firstName, lastName, centreId }) => ({ id, firstName, lastName, centreId }))
        .sort((a, b) => fullName(a).localeCompare(fullName(b), 'fr')),
    ),
  );
}

const PAGE = 100;
/** 2,000 people: far beyond one centre; a federation admin narrows to a centre first. */
const MAX_PAGES = 20;

export function fullName(person: { firstName: string; lastName: string }): string {
  return `${person.firstName} ${person.lastName}`;
}
