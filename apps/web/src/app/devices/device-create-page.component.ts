import { ChangeDetectionStrategy, Component, inject, input, signal, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { CentreSummary } from '@passerelle/contracts';
import { of } from 'rxjs';
import { CentresApiService } from '../shared/api/centres-api.service';
import { DevicesApiService } from '../shared/api/devices-api.service';
import { type UiError, toUiError } from '../shared/errors/error-message';
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
      [centres]="acrossCentres() ? centres.value() : null"
      [busy]="saving()"
      [serverError]="error()"
      (submitted)="create($event)"
    />
  `,
})
export class DeviceCreatePageComponent {
  private readonly devicesApi = inject(DevicesApiService);
  private readonly centresApi = inject(CentresApiService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  /** Route data: a federation admin chooses the centre of the new device. */
  readonly acrossCentres = input(false);

  protected readonly saving = signal(false);
  protected readonly error = signal<UiError | null>(null);
  protected readonly centres = rxResource<CentreSummary[], boolean>({
    params: () => this.acrossCentres(),
    stream: ({ params: across }) => (across ? this.centresApi.list() : of([])),
    defaultValue: [],
  });
  private readonly form = viewChild.required(DeviceFormComponent);

  protected create(event: DeviceFormSubmit): void {
    if (event.mode !== 'create') return;
    this.saving.set(true);
    this.error.set(null);
    this.devicesApi.create(event.body).subscribe({
      next: (device) => {
        this.saving.set(false);
        void this.router.navigate(['..', device.id], {
          relativeTo: this.route,
          state: { [CREATED_ASSET_TAG_STATE]: device.assetTag },
        });
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.error.set(toUiError(error));
        this.form().focusSummary();
      },
    });
  }
}
