import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { Agreement } from '@passerelle/contracts';
import { DEVICE_KIND_LABEL_KEYS, LOAN_KIND_LABEL_KEYS } from '../devices/device-labels';
import { DevicesApiService } from '../shared/api/devices-api.service';
import { errorKeyOf } from '../shared/errors/error-message';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { TranslationService } from '../shared/i18n/translation.service';
import { formatDate } from '../shared/learning/course-format';
import { AlertComponent } from '../shared/ui/alert.component';
import { LoadingComponent } from '../shared/ui/loading.component';
import { AgreementDownloadService } from './agreement-download.service';

type SignedAgreement = Agreement & { id: string };

/** Whose devices and agreements to list: one senior or one household. */
export type Recipient = { personId: string } | { householdId: string };

/**
 * What a senior or a household received (loans and gifts, returned or not) and the agreements they
 * signed, with the PDF. Shown on a person's page and on a household's page; both sit two levels
 * below the area, hence the device links `../../appareils/<id>`.
 */
@Component({
  selector: 'pa-recipient-equipment',
  imports: [RouterLink, TranslatePipe, AlertComponent, LoadingComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './recipient-equipment.component.html',
  styles: `
    .recipient-equipment__title {
      margin: 0 0 0.25rem;
    }
    .recipient-equipment__overdue {
      display: inline-block;
      color: var(--pa-danger);
    }
  `,
})
export class RecipientEquipmentComponent {
  private readonly api = inject(DevicesApiService);
  private readonly downloads = inject(AgreementDownloadService);
  private readonly i18n = inject(TranslationService);

  readonly recipient = input.required<Recipient>();
  /** Who received the devices, for the table's caption. */
  readonly name = input.required<string>();

  protected readonly kindLabels = DEVICE_KIND_LABEL_KEYS;
  protected readonly loanKindLabels = LOAN_KIND_LABEL_KEYS;

  protected readonly loans = rxResource({
    params: () => this.recipient(),
    stream: ({ params }) => this.api.loans({ status: 'all', ...params }),
  });
  protected readonly agreements = rxResource({
    params: () => this.recipient(),
    stream: ({ params }) => this.api.agreements(params),
  });
  protected readonly signedAgreements = computed<SignedAgreement[]>(() =>
    this.agreements.hasValue()
      ? this.agreements.value().filter((a): a is SignedAgreement => a.signed && a.id !== null)
      : [],
  );
  protected readonly loansErrorKey = errorKeyOf(this.loans);
  protected readonly agreementsErrorKey = errorKeyOf(this.agreements);

  protected readonly downloading = signal<string | null>(null);
  protected readonly downloadFailed = signal(false);

  protected date(value: string): string {
    return formatDate(value, this.i18n.language());
  }

  protected download(agreement: SignedAgreement): void {
    if (this.downloading()) return;
    this.downloading.set(agreement.id);
    this.downloadFailed.set(false);
    this.downloads.download(agreement.id, agreement).subscribe({
      next: () => this.downloading.set(null),
      error: () => {
        this.downloading.set(null);
        this.downloadFailed.set(true);
      },
    });
  }
}
