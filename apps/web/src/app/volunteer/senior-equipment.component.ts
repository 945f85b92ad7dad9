import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import type { Loan } from '@passerelle/contracts';
import { AgreementSignComponent } from '../devices/agreement-sign.component';
import { DEVICE_KIND_LABEL_KEYS } from '../devices/device-labels';
import { pairableLoans } from '../devices/loan-wizard';
import { PairingCodeComponent } from '../devices/pairing-code.component';
import { DevicesApiService } from '../shared/api/devices-api.service';
import { errorKeyOf } from '../shared/errors/error-message';
import { TranslatePipe } from '../shared/i18n/translate.pipe';
import { TranslationService } from '../shared/i18n/translation.service';
import { formatDate } from '../shared/learning/course-format';
import { AlertComponent } from '../shared/ui/alert.component';
import { LoadingComponent } from '../shared/ui/loading.component';

export interface Kit {
  kitId: string;
  kind: Loan['kind'];
  startedOn: string;
  dueOn: string | null;
  overdue: boolean;
  signed: boolean;
  loans: Loan[];
  /** The loan of the tablet (or smartphone) to pair, if the kit has one. */
  pairLoanId: string | null;
}

/** A senior's active loans, one entry per kit (the devices handed over together). */
export function groupKits(loans: readonly Loan[], seniorId: string): Kit[] {
  const kits = new Map<string, Loan[]>();
  for (const loan of loans) kits.set(loan.kitId, [...(kits.get(loan.kitId) ?? []), loan]);
  return [...kits.entries()].map(([kitId, kitLoans]) => {
    const first = kitLoans[0] as Loan;
    const recipient = { type: 'person' as const, id: seniorId, name: first.recipientName };
    return {
      kitId,
      kind: first.kind,
      startedOn: first.startedOn,
      dueOn: first.dueOn,
      overdue: kitLoans.some((l) => l.overdue),
      signed: kitLoans.some((l) => l.agreementId !== null),
      loans: kitLoans,
      pairLoanId: pairableLoans(kitLoans, recipient)[0]?.id ?? null,
    };
  });
}

type Panel = { kitId: string; action: 'sign' | 'pair' } | null;

/**
 * "Matériel prêté" on a volunteer's senior page: what the senior has at home and, per kit, the two
 * things a volunteer does on a visit: have the agreement signed, and pair the tablet.
 */
@Component({
  selector: 'pa-senior-equipment',
  imports: [TranslatePipe, AlertComponent, LoadingComponent, AgreementSignComponent, PairingCodeComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .senior-equipment__kits {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 1.25rem;
    }
    .senior-equipment__panel {
      margin-top: 1.25rem;
      padding-top: 1.25rem;
      border-top: 1px solid #c9ced6;
    }
  `,
  template: `
    <section class="section" aria-labelledby="senior-equipment-title">
      <h2 id="senior-equipment-title">{{ 'volunteer.equipment.heading' | t }}</h2>
      @if (loans.isLoading()) {
        <pa-loading />
      } @else if (errorKey(); as key) {
        <pa-alert kind="error"
          ><p>{{ key | t }}</p></pa-alert
        >
      } @else if (kits().length === 0) {
        <p class="muted">{{ 'volunteer.equipment.empty' | t }}</p>
      } @else {
        <ul class="senior-equipment__kits">
          @for (kit of kits(); track kit.kitId) {
            <li class="card">
              <h3 [id]="'kit-' + kit.kitId">
                {{
                  (kit.kind === 'loan' ? 'volunteer.equipment.kit.loan' : 'volunteer.equipment.kit.gift')
                    | t: { date: day(kit.startedOn) }
                }}
              </h3>
              <ul>
                @for (loan of kit.loans; track loan.id) {
                  <li>
                    {{ loan.deviceModel }} — {{ kindLabels[loan.deviceKind] | t }} ({{ loan.assetTag }})
                  </li>
                }
              </ul>
              @if (kit.dueOn) {
                <p>
                  {{ 'volunteer.equipment.dueOn' | t: { date: day(kit.dueOn) } }}
                  @if (kit.overdue) {
                    <strong class="badge badge--muted">{{ 'volunteer.equipment.overdue' | t }}</strong>
                  }
                </p>
              }
              <p>
                {{ (isSigned(kit) ? 'volunteer.equipment.signed' : 'volunteer.equipment.unsigned') | t }}
              </p>
              <div class="actions">
                @if (!isSigned(kit)) {
                  <button
                    type="button"
                    class="button button--primary"
                    [attr.aria-expanded]="isOpen(kit, 'sign')"
                    [attr.aria-describedby]="'kit-' + kit.kitId"
                    (click)="toggle(kit, 'sign')"
                  >
                    {{ 'volunteer.equipment.sign' | t }}
                  </button>
                }
                @if (kit.pairLoanId) {
                  <button
                    type="button"
                    class="button button--secondary"
                    [attr.aria-expanded]="isOpen(kit, 'pair')"
                    [attr.aria-describedby]="'kit-' + kit.kitId"
                    (click)="toggle(kit, 'pair')"
                  >
                    {{ 'volunteer.equipment.pair' | t }}
                  </button>
                }
              </div>
              @if (isOpen(kit, 'sign')) {
                <div class="senior-equipment__panel">
                  <pa-agreement-sign
                    [kitId]="kit.kitId"
                    [defaultSignerName]="kit.loans[0]?.recipientName ?? ''"
                    [headingLevel]="4"
                    (signed)="markSigned(kit)"
                  />
                </div>
              }
              @if (isOpen(kit, 'pair') && kit.pairLoanId) {
                <div class="senior-equipment__panel">
                  <h4>{{ 'volunteer.equipment.pair' | t }}</h4>
                  <pa-pairing-code [loanId]="kit.pairLoanId" />
                </div>
              }
            </li>
          }
        </ul>
      }
    </section>
  `,
})
export class SeniorEquipmentComponent {
  private readonly api = inject(DevicesApiService);
  private readonly i18n = inject(TranslationService);

  readonly seniorId = input.required<string>();

  protected readonly kindLabels = DEVICE_KIND_LABEL_KEYS;
  protected readonly loans = rxResource({
    params: () => this.seniorId(),
    stream: ({ params: personId }) => this.api.loans({ personId, status: 'active' }),
  });
  protected readonly kits = computed(() =>
    this.loans.hasValue() ? groupKits(this.loans.value(), this.seniorId()) : [],
  );
  protected readonly errorKey = errorKeyOf(this.loans);

  private readonly panel = signal<Panel>(null);
  /** Kits signed on this page (the open panel then shows the signed agreement and its PDF). */
  private readonly signedHere = signal<ReadonlySet<string>>(new Set());

  protected day(dateOnly: string): string {
    return formatDate(dateOnly, this.i18n.language());
  }

  protected isSigned(kit: Kit): boolean {
    return kit.signed || this.signedHere().has(kit.kitId);
  }

  protected isOpen(kit: Kit, action: 'sign' | 'pair'): boolean {
    const panel = this.panel();
    return panel?.kitId === kit.kitId && panel.action === action;
  }

  protected toggle(kit: Kit, action: 'sign' | 'pair'): void {
    this.panel.set(this.isOpen(kit, action) ? null : { kitId: kit.kitId, action });
  }

  protected markSigned(kit: Kit): void {
    this.signedHere.update((set) => new Set([...set, kit.kitId]));
  }
}
