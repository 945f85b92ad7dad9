import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import {
  CreateAvailabilityExceptionSchema,
  UpdateAvailabilityWindowsSchema,
  type Availability,
  type AvailabilityException,
  type AvailabilityWindow,
  type CreateAvailabilityException,
  type UpdateAvailabilityWindows,
} from '@passerelle/contracts';
import { MyVolunteeringApiService } from '../api/my-volunteering-api.service';
import { toUiError, errorKeyOf } from '../errors/error-message';
import type { TranslationKey } from '../i18n/fr';
import { TranslatePipe } from '../i18n/translate.pipe';
import { TranslationService } from '../i18n/translation.service';
import { formatDate } from '../learning/course-format';
import { AlertComponent } from '../ui/alert.component';
import { FORM_FIELD } from '../ui/form-field.component';
import { LoadingComponent } from '../ui/loading.component';
import { WEEKDAY_LABEL_KEYS } from '../../volunteer/visits/visit-labels';
import { PlanningApiService } from '../api/planning-api.service';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** One row of the weekly editor; `rowId` keeps focus and tracking stable while rows come and go. */
interface WindowRow extends AvailabilityWindow {
  rowId: number;
}

type RowErrors = Partial<Record<'startsAt' | 'endsAt', TranslationKey>>;

/** Maps the schema's messages to translated keys, by the path they point at. */
function rowErrorsOf(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): RowErrors[] {
  const errors: RowErrors[] = [];
  for (const issue of issues) {
    const [, index, field] = issue.path;
    if (typeof index !== 'number' || (field !== 'startsAt' && field !== 'endsAt')) continue;
    const row = (errors[index] ??= {});
    const key: TranslationKey = issue.message.includes('chevauche')
      ? 'visits.availability.error.overlap'
      : field === 'endsAt' && issue.message.includes('suivre')
        ? 'visits.availability.error.order'
        : 'visits.availability.error.time';
    row[field] ??= key;
  }
  return errors;
}

/**
 * Weekly availability (Paris time) and absences: the rows are replaced at once on save; an absence
 * is added or removed on its own.
 */
@Component({
  selector: 'pa-availability-editor',
  imports: [TranslatePipe, LoadingComponent, AlertComponent, FORM_FIELD],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="section" aria-labelledby="availability-title">
      <h2 id="availability-title">
        {{ (volunteerId() ? 'visits.availability.headingOf' : 'visits.availability.heading') | t }}
      </h2>
      <p>{{ (volunteerId() ? 'visits.availability.leadOf' : 'visits.availability.lead') | t }}</p>
      @if (availability.isLoading() && rows() === null) {
        <pa-loading />
      } @else if (loadErrorKey(); as key) {
        <pa-alert kind="error"
          ><p>{{ key | t }}</p></pa-alert
        >
      } @else if (rows(); as list) {
        <form class="form" novalidate (submit)="$event.preventDefault(); saveWindows()">
          @if (list.length === 0) {
            <p class="muted">{{ 'visits.availability.none' | t }}</p>
          }
          <ul class="availability-rows">
            @for (row of list; track row.rowId; let i = $index) {
              <li class="availability-row">
                <fieldset class="field fieldset">
                  <legend class="field__label">{{ 'visits.availability.row' | t: { n: i + 1 } }}</legend>
                  <pa-field [fieldId]="'availability-day-' + row.rowId" label="visits.availability.day">
                    <select
                      paFieldControl
                      class="input"
                      (change)="edit(row.rowId, { weekday: +$any($event.target).value })"
                    >
                      @for (d of weekdays; track d) {
                        <option [value]="d" [selected]="row.weekday === d">
                          {{ weekdayLabels[d]! | t }}
                        </option>
                      }
                    </select>
                  </pa-field>
                  <pa-field
                    [fieldId]="'availability-start-' + row.rowId"
                    label="visits.availability.start"
                    [error]="rowErrors()[i]?.startsAt"
                  >
                    <input
                      paFieldControl
                      class="input input--short"
                      type="time"
                      [value]="row.startsAt"
                      (input)="edit(row.rowId, { startsAt: $any($event.target).value })"
                    />
                  </pa-field>
                  <pa-field
                    [fieldId]="'availability-end-' + row.rowId"
                    label="visits.availability.end"
                    [error]="rowErrors()[i]?.endsAt"
                  >
                    <input
                      paFieldControl
                      class="input input--short"
                      type="time"
                      [value]="row.endsAt"
                      (input)="edit(row.rowId, { endsAt: $any($event.target).value })"
                    />
                  </pa-field>
                  <button type="button" class="button button--danger-outline" (click)="removeRow(row.rowId)">
                    {{ 'visits.availability.remove' | t: { n: i + 1 } }}
                  </button>
                </fieldset>
              </li>
            }
          </ul>
          <div class="actions">
            <button type="button" class="button button--secondary" (click)="addRow()">
              {{ 'visits.availability.add' | t }}
            </button>
            <button type="submit" class="button button--primary" [disabled]="saving()">
              {{
                (saving()
                  ? 'common.saving'
                  : volunteerId()
                    ? 'visits.availability.saveOf'
                    : 'visits.availability.save'
                ) | t
              }}
            </button>
          </div>
          <div aria-live="polite">
            @if (saved()) {
              <pa-alert kind="success"
                ><p>
                  {{ (volunteerId() ? 'visits.availability.savedOf' : 'visits.availability.saved') | t }}
                </p></pa-alert
              >
            }
          </div>
          @if (saveErrorKey(); as key) {
            <pa-alert kind="error"
              ><p>{{ key | t }}</p></pa-alert
            >
          }
        </form>

        <h3>{{ 'visits.exceptions.heading' | t }}</h3>
        @if (exceptions().length === 0) {
          <p class="muted">{{ 'visits.exceptions.none' | t }}</p>
        } @else {
          <ul class="plain-list">
            @for (e of exceptions(); track e.id) {
              <li class="availability-exception">
                <span>{{ e.reason ? period(e) + ' — ' + e.reason : period(e) }}</span>
                <button
                  type="button"
                  class="button button--danger-outline button--small"
                  [disabled]="removing() === e.id"
                  (click)="removeException(e)"
                >
                  {{ 'visits.exceptions.remove' | t: { period: period(e) } }}
                </button>
              </li>
            }
          </ul>
        }
        <form class="form" novalidate (submit)="$event.preventDefault(); addException()">
          <pa-field
            fieldId="exception-start"
            label="visits.exceptions.start"
            [error]="exceptionErrors().startsOn"
          >
            <input
              paFieldControl
              class="input input--medium"
              type="date"
              [value]="exceptionStart()"
              (input)="exceptionStart.set($any($event.target).value)"
            />
          </pa-field>
          <pa-field fieldId="exception-end" label="visits.exceptions.end" [error]="exceptionErrors().endsOn">
            <input
              paFieldControl
              class="input input--medium"
              type="date"
              [value]="exceptionEnd()"
              (input)="exceptionEnd.set($any($event.target).value)"
            />
          </pa-field>
          <pa-field
            fieldId="exception-reason"
            label="visits.exceptions.reason"
            hint="visits.exceptions.reasonHint"
            optional
          >
            <input
              paFieldControl
              class="input"
              type="text"
              maxlength="200"
              [value]="exceptionReason()"
              (input)="exceptionReason.set($any($event.target).value)"
            />
          </pa-field>
          @if (exceptionErrorKey(); as key) {
            <pa-alert kind="error"
              ><p>{{ key | t }}</p></pa-alert
            >
          }
          <div class="actions">
            <button type="submit" class="button button--secondary" [disabled]="adding()">
              {{ (adding() ? 'common.saving' : 'visits.exceptions.add') | t }}
            </button>
          </div>
        </form>
      }
    </section>
  `,
})
export class AvailabilityEditorComponent {
  private readonly mine = inject(MyVolunteeringApiService);
  private readonly planning = inject(PlanningApiService);
  private readonly i18n = inject(TranslationService);

  /** A coordinator's volunteer; unset: the signed-in volunteer's own availability. */
  readonly volunteerId = input<string | null>(null);

  /** The same four calls, on the volunteer's own endpoints or on a managed volunteer's. */
  private readonly api = computed(() => {
    const id = this.volunteerId();
    return id
      ? {
          availability: () => this.planning.availability(id),
          saveWindows: (body: UpdateAvailabilityWindows) => this.planning.saveAvailability(id, body),
          addException: (body: CreateAvailabilityException) =>
            this.planning.addAvailabilityException(id, body),
          removeException: (exceptionId: string) =>
            this.planning.removeAvailabilityException(id, exceptionId),
        }
      : this.mine;
  });
  private nextRowId = 1;

  protected readonly weekdays = WEEKDAYS;
  protected readonly weekdayLabels = WEEKDAY_LABEL_KEYS;

  protected readonly availability = rxResource({
    params: () => ({ api: this.api() }),
    stream: ({ params }) => params.api.availability(),
  });
  protected readonly loadErrorKey = errorKeyOf(this.availability);

  /** The rows being edited; null until the saved ones are read. */
  protected readonly rows = signal<WindowRow[] | null>(null);
  protected readonly exceptions = signal<AvailabilityException[]>([]);
  protected readonly rowErrors = signal<RowErrors[]>([]);
  protected readonly saving = signal(false);
  protected readonly saved = signal(false);
  protected readonly saveErrorKey = signal<TranslationKey | null>(null);

  protected readonly exceptionStart = signal('');
  protected readonly exceptionEnd = signal('');
  protected readonly exceptionReason = signal('');
  protected readonly exceptionErrors = signal<Partial<Record<'startsOn' | 'endsOn', TranslationKey>>>({});
  protected readonly exceptionErrorKey = signal<TranslationKey | null>(null);
  protected readonly adding = signal(false);
  protected readonly removing = signal<string | null>(null);

  constructor() {
    // Filled once from the server; the editor then owns the rows until the next save.
    effect(() => {
      if (this.availability.hasValue() && untracked(this.rows) === null) this.load(this.availability.value());
    });
  }

  protected addRow(): void {
    const last = this.rows()?.at(-1);
    this.rows.update((rows) => [
      ...(rows ?? []),
      {
        rowId: this.nextRowId++,
        weekday: last ? (last.weekday % 7) + 1 : 1,
        startsAt: last?.startsAt ?? '14:00',
        endsAt: last?.endsAt ?? '17:00',
      },
    ]);
    this.saved.set(false);
  }

  protected removeRow(rowId: number): void {
    this.rows.update((rows) => (rows ?? []).filter((r) => r.rowId !== rowId));
    this.rowErrors.set([]);
    this.saved.set(false);
  }

  protected edit(rowId: number, change: Partial<AvailabilityWindow>): void {
    this.rows.update((rows) => (rows ?? []).map((r) => (r.rowId === rowId ? { ...r, ...change } : r)));
    this.saved.set(false);
  }

  protected saveWindows(): void {
    const windows = (this.rows() ?? []).map(({ weekday, startsAt, endsAt }) => ({
      weekday,
      startsAt,
      endsAt,
    }));
    const parsed = UpdateAvailabilityWindowsSchema.safeParse({ windows });
    this.saveErrorKey.set(null);
    this.saved.set(false);
    if (!parsed.success) {
      this.rowErrors.set(rowErrorsOf(parsed.error.issues));
      return;
    }
    this.rowErrors.set([]);
    this.saving.set(true);
    this.api()
      .saveWindows(parsed.data)
      .subscribe({
        next: (availability) => {
          this.saving.set(false);
          this.load(availability);
          this.saved.set(true);
        },
        error: (error: unknown) => {
          this.saving.set(false);
          const uiError = toUiError(error);
          this.rowErrors.set(
            rowErrorsOf(
              uiError.fieldErrors.map((e) => ({
                path: e.path.split('.').map(toSegment),
                message: e.message,
              })),
            ),
          );
          this.saveErrorKey.set(uiError.messageKey);
        },
      });
  }

  protected period(exception: AvailabilityException): string {
    const language = this.i18n.language();
    return exception.startsOn === exception.endsOn
      ? formatDate(exception.startsOn, language)
      : this.i18n.translate('visits.exceptions.period', {
          from: formatDate(exception.startsOn, language),
          to: formatDate(exception.endsOn, language),
        });
  }

  protected addException(): void {
    const parsed = CreateAvailabilityExceptionSchema.safeParse({
      startsOn: this.exceptionStart(),
      endsOn: this.exceptionEnd() || this.exceptionStart(),
      reason: this.exceptionReason().trim() || null,
    });
    this.exceptionErrorKey.set(null);
    if (!parsed.success) {
      const errors: Partial<Record<'startsOn' | 'endsOn', TranslationKey>> = {};
      for (const issue of parsed.error.issues) {
        if (issue.path[0] === 'startsOn') errors.startsOn ??= 'visits.exceptions.error.start';
        if (issue.path[0] === 'endsOn') errors.endsOn ??= 'visits.exceptions.error.end';
      }
      this.exceptionErrors.set(errors);
      return;
    }
    this.exceptionErrors.set({});
    this.adding.set(true);
    this.api()
      .addException(parsed.data)
      .subscribe({
        next: (exception) => {
          this.adding.set(false);
          this.exceptions.update((list) =>
            [...list, exception].sort((a, b) => a.startsOn.localeCompare(b.startsOn)),
          );
          this.exceptionStart.set('');
          this.exceptionEnd.set('');
          this.exceptionReason.set('');
        },
        error: (error: unknown) => {
          this.adding.set(false);
          this.exceptionErrorKey.set(toUiError(error).messageKey);
        },
      });
  }

  protected removeException(exception: AvailabilityException): void {
    this.removing.set(exception.id);
    this.exceptionErrorKey.set(null);
    this.api()
      .removeException(exception.id)
      .subscribe({
        next: () => {
          this.removing.set(null);
          this.exceptions.update((list) => list.filter((e) => e.id !== exception.id));
        },
        error: (error: unknown) => {
          this.removing.set(null);
          this.exceptionErrorKey.set(toUiError(error).messageKey);
        },
      });
  }

  private load(availability: Availability): void {
    this.rows.set(availability.windows.map((w) => ({ ...w, rowId: this.nextRowId++ })));
    this.exceptions.set(availability.exceptions);
  }
}

function toSegment(segment: string): string | number {
  return /^\d+$/.test(segment) ? Number(segment) : segment;
}
