import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { EquipmentApiService } from '../shared/api/equipment-api.service';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { FORM_FIELD } from '../shared/ui/form-field.component';
import { PageHeaderComponent } from '../shared/ui/page-header.component';
import { centreChoices } from '../shared/ui/centre-choices';
import { listSearch, pagedList } from '../shared/ui/paged-list';
import { PagedResultsComponent } from '../shared/ui/paged-results.component';

/** The households of one centre (coordinator) or of every centre (federation admin), with search and pages. */
@Component({
  selector: 'pa-household-list-page',
  imports: [RouterLink, TranslatePipe, PageHeaderComponent, PagedResultsComponent, FORM_FIELD],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './household-list-page.component.html',
})
export class HouseholdListPageComponent {
  private readonly api = inject(EquipmentApiService);

  /** Route data: every centre's households, with a centre filter and column (federation area). */
  readonly acrossCentres = input(false);

  protected readonly search = listSearch();
  protected readonly centreId = signal('');

  protected readonly households = pagedList({
    filters: computed(() => ({
      q: this.search.q() || undefined,
      centreId: this.acrossCentres() ? this.centreId() || undefined : undefined,
    })),
    load: (query) => this.api.households(query),
  });
  private readonly centreChoices = centreChoices(() => this.acrossCentres());
  protected readonly centres = this.centreChoices.centres;
  protected readonly centreNames = this.centreChoices.names;

  protected onCentreChange(value: string): void {
    this.centreId.set(value);
  }
}
