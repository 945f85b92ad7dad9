import { ChangeDetectionStrategy, Component, computed, signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { Paginated } from '@passerelle/contracts';
import { Subject } from 'rxjs';
import { type PageQuery, listSearch, pagedList } from './paged-list';
import { PagedResultsComponent } from './paged-results.component';

interface Row {
  id: string;
  name: string;
}

@Component({
  imports: [PagedResultsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <pa-paged-results
      [list]="people"
      count="people.count"
      caption="people.caption"
      emptyHeading="people.empty.title"
      emptyText="people.empty.text"
    >
      <thead>
        <tr>
          <th scope="col">Nom</th>
        </tr>
      </thead>
      <tbody>
        @for (row of people.items(); track row.id) {
          <tr>
            <th scope="row">{{ row.name }}</th>
          </tr>
        }
      </tbody>
    </pa-paged-results>
  `,
})
class HostComponent {
  readonly role = signal('');
  readonly search = listSearch(10);
  readonly queries: ({ q: string | undefined; role: string | undefined } & PageQuery)[] = [];
  responses = new Subject<Paginated<Row>>();
  readonly people = pagedList({
    filters: computed(() => ({ q: this.search.q() || undefined, role: this.role() || undefined })),
    load: (query) => {
      this.queries.push(query);
      this.responses = new Subject<Paginated<Row>>();
      return this.responses;
    },
  });
}

function aPage(page: number, names: string[], total = 45): Paginated<Row> {
  return { items: names.map((name) => ({ id: name, name })), page, pageSize: 20, total };
}

describe('PagedResultsComponent and pagedList', () => {
  let fixture: ComponentFixture<HostComponent>;
  const el = () => fixture.nativeElement as HTMLElement;
  const host = () => fixture.componentInstance;
  const text = (selector: string) => el().querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

  async function answer(page: Paginated<Row>): Promise<void> {
    host().responses.next(page);
    host().responses.complete();
    await fixture.whenStable();
  }

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ imports: [HostComponent] });
    fixture = TestBed.createComponent(HostComponent);
    TestBed.tick();
  });

  it('shows the count, the captioned table with the projected rows and the pagination', async () => {
    // given / when
    await answer(aPage(1, ['Nadia', 'Jean']));
    // then
    expect(host().queries[0]).toEqual({ q: undefined, role: undefined, page: 1, pageSize: 20 });
    expect(text('.results-status__count')).toBe('45 personnes trouvées');
    expect(text('table caption')).toBe('Liste des personnes, page 1');
    expect(el().querySelectorAll('table > thead th')).toHaveLength(1);
    expect([...el().querySelectorAll('table > tbody th')].map((th) => th.textContent)).toEqual([
      'Nadia',
      'Jean',
    ]);
    expect(text('.pagination__status')).toBe('Page 1 sur 3');
  });

  it('asks for the next page and keeps the current one on screen while it loads', async () => {
    // given
    await answer(aPage(1, ['Nadia']));
    // when
    [...el().querySelectorAll<HTMLButtonElement>('.pagination button')].at(-1)?.click();
    TestBed.tick();
    // then
    expect(host().queries.at(-1)?.page).toBe(2);
    expect(el().querySelector('pa-loading')).not.toBeNull();
    expect(text('table > tbody th')).toBe('Nadia');
    await answer(aPage(2, ['Jean']));
    expect(text('table > tbody th')).toBe('Jean');
    expect(text('.pagination__status')).toBe('Page 2 sur 3');
  });

  it('goes back to the first page when a filter changes', async () => {
    // given
    await answer(aPage(1, ['Nadia']));
    host().people.page.set(3);
    TestBed.tick();
    // when
    host().role.set('volunteer');
    TestBed.tick();
    // then
    expect(host().queries.at(-1)).toEqual({ q: undefined, role: 'volunteer', page: 1, pageSize: 20 });
  });

  it('searches the trimmed words once typing pauses', async () => {
    // given
    await answer(aPage(1, ['Nadia']));
    // when
    host().search.input('  jean ');
    await new Promise((resolve) => setTimeout(resolve, 30));
    TestBed.tick();
    // then
    expect(host().search.text()).toBe('  jean ');
    expect(host().queries.at(-1)).toEqual({ q: 'jean', role: undefined, page: 1, pageSize: 20 });
  });

  it('shows the empty state without a table when nothing matches', async () => {
    // given / when
    await answer(aPage(1, [], 0));
    // then
    expect(el().querySelector('table')).toBeNull();
    expect(el().textContent).toContain('Aucune personne trouvée');
    expect(text('.results-status__count')).toBe('0 personne trouvée');
  });

  it('says what went wrong and retries on request', async () => {
    // given
    host().responses.error(new Error('boom'));
    await fixture.whenStable();
    expect(el().querySelector('.alert--error')).not.toBeNull();
    // when
    el().querySelector<HTMLButtonElement>('.alert--error button')?.click();
    TestBed.tick();
    // then
    expect(host().queries).toHaveLength(2);
  });
});
