import {
  ChangeDetectionStrategy,
  Component,
  type OnInit,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { CENTRE_ROLES, type CentreRole } from '@passerelle/contracts';
import { PeopleApiService } from '../shared/api/people-api.service';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { FORM_FIELD } from '../shared/ui/form-field.component';
import { PageHeaderComponent } from '../shared/ui/page-header.component';
import { centreChoices } from '../shared/ui/centre-choices';
import { listSearch, pagedList } from '../shared/ui/paged-list';
import { PagedResultsComponent } from '../shared/ui/paged-results.component';
import { ROLE_LABEL_KEYS } from '../shared/ui/role-label';

export type StatusFilter = 'active' | 'inactive' | 'all';

/**
 * The people of one centre (coordinator) or of every centre (federation admin, `acrossCentres`),
 * with search, filters and pages. One component for both areas.
 */
@Component({
  selector: 'pa-people-list-page',
  imports: [RouterLink, TranslatePipe, PageHeaderComponent, PagedResultsComponent, FORM_FIELD],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './people-list-page.component.html',
})
export class PeopleListPageComponent implements OnInit {
  private readonly peopleApi = inject(PeopleApiService);

  /** Route data: show the centre column and filter (federation area). */
  readonly acrossCentres = input(false);
  /** Query parameter `centre`: start filtered on one centre (links from the federation overview). */
  readonly centre = input<string | undefined>();

  protected readonly roles = CENTRE_ROLES;
  protected readonly roleLabels = ROLE_LABEL_KEYS;
  protected readonly search = listSearch();
  protected readonly role = signal<CentreRole | ''>('');
  protected readonly status = signal<StatusFilter>('active');
  protected readonly centreId = signal('');

  protected readonly people = pagedList({
    filters: computed(() => ({
      q: this.search.q() || undefined,
      role: this.role() || undefined,
      status: this.status(),
      centreId: this.acrossCentres() ? this.centreId() || undefined : undefined,
    })),
    load: (query) => this.peopleApi.list(query),
  });
  protected readonly centres = centreChoices(() => this.acrossCentres()).centres;

  ngOnInit(): void {
    const centre = this.centre();
    if (centre) this.centreId.set(centre);
  }

  protected onRoleChange(value: string): void {
    this.role.set(value === '' ? '' : (CENTRE_ROLES.find((r) => r === value) ?? ''));
  }

  protected onStatusChange(value: string): void {
    this.status.set(value === 'inactive' || value === 'all' ? value : 'active');
  }

  protected onCentreChange(value: string): void {
    this.centreId.set(value);
  }
}
