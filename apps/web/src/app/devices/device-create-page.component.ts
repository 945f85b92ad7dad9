import { ChangeDetectionStrategy, Component, inject, input, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { CreateDevice } from '@passerelle/contracts';
import { DevicesApiService } from '../shared/api/devices-api.service';
import { creationFlow } from '../shared/ui/creation-flow';
import { centreChoices } from '../shared/ui/centre-choices';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { PageHeaderComponent } from '../shared/ui/page-header.component';
import { DeviceFormComponent, type DeviceFormSubmit } from './device-form.component';

/** Navigation state read by the device page to confirm the creation. */
export const CREATED_ASSET_TAG_STATE = 'createdAssetTag';

@Component({
  selector: 'pa-device-create-page',
  imports: [RouterLink, TranslatePipe, PageHeaderComponent, DeviceFormComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>
      <a class="back-link" routerLink="..">{{ 'devices.back' | t }}</a>
    </p>
    <pa-page-header [heading]="'deviceCreate.heading' | t" />
    <pa-device-form
      mode="create"
      submitLabel="deviceCreate.submit"
      [centres]="acrossCentres() ? centres() : null"
      [busy]="flow.saving()"
      [serverError]="flow.error()"
      (submitted)="create($event)"
    />
  `,
})
export class DeviceCreatePageComponent {
  private readonly devicesApi = inject(DevicesApiService);

  /** Route data: a federation admin chooses the centre of the new device. */
  readonly acrossCentres = input(false);

  protected readonly centres = centreChoices(() => this.acrossCentres()).centres;
  private readonly form = viewChild.required(DeviceFormComponent);
  protected readonly flow = creationFlow({
    create: (body: CreateDevice) => this.devicesApi.create(body),
    state: (device) => ({ [CREATED_ASSET_TAG_STATE]: device.assetTag }),
    focusSummary: () => this.form().focusSummary(),
  });

  protected create(event: DeviceFormSubmit): void {
    if (event.mode === 'create') this.flow.submit(event.body);
  }
}
