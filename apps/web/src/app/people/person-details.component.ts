import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { Person } from '@passerelle/contracts';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { ROLE_LABEL_KEYS } from '../shared/ui/role-label';

/** Read-only facts about a person, shared by the coordination, federation and volunteer pages. */
@Component({
  selector: 'pa-person-details',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <dl class="details">
      <div class="details__row">
        <dt>{{ 'person.field.role' | t }}</dt>
        <dd>{{ roleLabels[person().role] | t }}</dd>
      </div>
      @if (showCentre()) {
        <div class="details__row">
          <dt>{{ 'person.field.centre' | t }}</dt>
          <dd>{{ person().centreName ?? ('common.notProvided' | t) }}</dd>
        </div>
      }
      <div class="details__row">
        <dt>{{ 'person.field.email' | t }}</dt>
        <dd>
          @if (person().email; as email) {
            <a [href]="'mailto:' + email">{{ email }}</a>
          } @else {
            {{ 'common.notProvided' | t }}
          }
        </dd>
      </div>
      <div class="details__row">
        <dt>{{ 'person.field.phone' | t }}</dt>
        <dd>
          @if (person().phone; as phone) {
            <a [href]="'tel:' + phone.replaceAll(' ', '')">{{ phone }}</a>
          } @else {
            {{ 'common.notProvided' | t }}
          }
        </dd>
      </div>
      <div class="details__row">
        <dt>{{ 'person.field.town' | t }}</dt>
        <dd>{{ person().town ?? ('common.notProvided' | t) }}</dd>
      </div>
      <div class="details__row">
        <dt>{{ 'person.field.birthYear' | t }}</dt>
        <dd>{{ person().birthYear ?? ('common.notProvided' | t) }}</dd>
      </div>
      @if (showNotes()) {
        <div class="details__row">
          <dt>{{ 'person.field.notes' | t }}</dt>
          <dd class="details__notes">{{ person().notes ?? ('common.notProvided' | t) }}</dd>
        </div>
      }
    </dl>
  `,
})
export class PersonDetailsComponent {
  readonly person = input.required<Person>();
  readonly showCentre = input(true);
  readonly showNotes = input(true);

  protected readonly roleLabels = ROLE_LABEL_KEYS;
}
