import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RecipientEquipmentComponent, type Recipient } from './recipient-equipment.component';

/** The "Matériel et conventions" section of a senior's page. */
@Component({
  selector: 'pa-person-equipment',
  imports: [RecipientEquipmentComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<pa-recipient-equipment [recipient]="recipient()" [name]="name()" />`,
})
export class PersonEquipmentComponent {
  readonly personId = input.required<string>();
  readonly name = input.required<string>();

  protected readonly recipient = computed<Recipient>(() => ({ personId: this.personId() }));
}
