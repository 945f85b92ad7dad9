import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import {
  TRAVEL_MODES,
  UpdateVolunteerProfileSchema,
  type TravelMode,
  type UpdateVolunteerProfile,
  type VolunteerProfile,
} from '@passerelle/contracts';
import type { Observable } from 'rxjs';
import { MyVolunteeringApiService } from '../api/my-volunteering-api.service';
import { PlanningApiService } from '../api/planning-api.service';
import { toUiError, errorKeyOf } from '../errors/error-message';
import type { TranslationKey } from '../i18n/fr';
import { TranslatePipe } from '../i18n/translate.pipe';
import { AlertComponent } from '../ui/alert.component';
import { FORM_FIELD } from '../ui/form-field.component';
import { LoadingComponent } from '../ui/loading.component';
import { TownOptionsComponent } from '../ui/town-options.component';

const MODE_KEYS: Record<TravelMode, TranslationKey> = {
  foot: 'visits.profile.mode.foot',
  bike: 'visits.profile.mode.bike',
  public_transport: 'visits.profile.mode.public_transport',
  car: 'visits.profile.mode.car',
};

type ProfileErrors = Partial<Record<'towns' | 'maxVisitsPerWeek' | 'languages', TranslationKey>>;

/**
 * Where and how a volunteer goes to seniors' homes: towns covered (suggested from the gazetteer, an
 * unknown spelling flagged), means of travel, visits a week at most, languages. The volunteer edits
 * their own (`volunteerId` unset), a coordinator one of their centre's volunteers.
 */
@Component({
  selector: 'pa-volunteer-profile-form',
  imports: [TranslatePipe, AlertComponent, LoadingComponent, TownOptionsComponent, FORM_FIELD],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="section" aria-labelledby="volunteer-profile-title">
      <h2 id="volunteer-profile-title">{{ 'visits.profile.heading' | t }}</h2>
      <p>{{ 'visits.profile.lead' | t }}</p>
      @if (profile.isLoading() && !loaded()) {
        <pa-loading />
      } @else if (loadErrorKey(); as key) {
        <pa-alert kind="error"
          ><p>{{ key | t }}</p></pa-alert
        >
      } @else {
        <form class="form" novalidate (submit)="$event.preventDefault(); save()">
          <pa-fieldset
            fieldId="profile-towns"
            label="visits.profile.towns"
            [error]="errors().towns"
            focusable
          >
            @if (towns().length === 0) {
              <p class="muted">{{ 'visits.profile.noTown' | t }}</p>
            } @else {
              <ul class="profile-towns">
                @for (town of towns(); track town) {
                  <li>
                    <span>{{ town }}</span>
                    <button
                      type="button"
                      class="button button--secondary button--small"
                      (click)="removeTown(town)"
                    >
                      {{ 'visits.profile.removeTown' | t: { town } }}
                    </button>
                  </li>
                }
              </ul>
            }
            <div class="profile-town-add">
              <pa-field
                fieldId="profile-town"
                label="visits.profile.addTown"
                hint="visits.profile.addTownHint"
              >
                <input
                  paFieldControl
                  class="input input--medium"
                  type="text"
                  list="profile-town-options"
                  autocomplete="off"
                  [value]="townInput()"
                  (input)="typeTown($any($event.target).value)"
                  (keydown.enter)="$event.preventDefault(); addTown()"
                />
              </pa-field>
              <pa-town-options listId="profile-town-options" [typed]="townInput()" />
              <button type="button" class="button button--secondary" (click)="addTown()">
                {{ 'visits.profile.add' | t }}
              </button>
            </div>
          </pa-fieldset>
          @if (unknownTowns().length > 0) {
            <pa-alert kind="info"
              ><p>{{ 'visits.profile.unknownTowns' | t: { towns: unknownTowns().join(', ') } }}</p></pa-alert
            >
          }

          <pa-fieldset fieldId="profile-mode" label="visits.profile.mode" optional>
            <div class="radios">
              @for (mode of modes; track mode) {
                <div class="radio">
                  <input
                    type="radio"
                    name="profile-mode"
                    [id]="'profile-mode-' + mode"
                    [checked]="travelMode() === mode"
                    (change)="travelMode.set(mode)"
                  />
                  <label [for]="'profile-mode-' + mode">{{ modeKeys[mode] | t }}</label>
                </div>
              }
            </div>
          </pa-fieldset>

          <pa-field
            fieldId="profile-max"
            label="visits.profile.max"
            hint="visits.profile.maxHint"
            optional
            [error]="errors().maxVisitsPerWeek"
          >
            <input
              paFieldControl
              class="input input--short"
              type="number"
              inputmode="numeric"
              min="1"
              max="20"
              [value]="maxVisits()"
              (input)="maxVisits.set($any($event.target).value)"
            />
          </pa-field>

          <pa-field
            fieldId="profile-languages"
            label="visits.profile.languages"
            hint="visits.profile.languagesHint"
            optional
            [error]="errors().languages"
          >
            <input
              paFieldControl
              class="input"
              type="text"
              [value]="languages()"
              (input)="languages.set($any($event.target).value)"
            />
          </pa-field>

          @if (saveErrorKey(); as key) {
            <pa-alert kind="error"
              ><p>{{ key | t }}</p></pa-alert
            >
          }
          <div aria-live="polite">
            @if (saved()) {
              <pa-alert kind="success"
                ><p>{{ 'visits.profile.saved' | t }}</p></pa-alert
              >
            }
          </div>
          <div class="actions">
            <button type="submit" class="button button--primary" [disabled]="saving()">
              {{ (saving() ? 'common.saving' : 'visits.profile.save') | t }}
            </button>
          </div>
        </form>
      }
    </section>
  `,
  styles: `
    .profile-towns {
      list-style: none;
      padding: 0;
      margin: 0 0 1rem;
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
    }
    .profile-towns li {
      display: flex;
      align-items: center;
      gap: 0.5rem;
    }
    .profile-town-add {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: 0.5rem 1rem;
    }
  `,
})
export class VolunteerProfileFormComponent {
  private readonly mine = inject(MyVolunteeringApiService);
  private readonly planning = inject(PlanningApiService);

  /** A coordinator's volunteer; unset: the signed-in volunteer's own profile. */
  readonly volunteerId = input<string | null>(null);

  protected readonly modes = TRAVEL_MODES;
  protected readonly modeKeys = MODE_KEYS;

  protected readonly profile = rxResource({
    params: () => ({ volunteerId: this.volunteerId() }),
    stream: ({ params }) =>
      params.volunteerId ? this.planning.volunteerProfile(params.volunteerId) : this.mine.profile(),
  });
  protected readonly loadErrorKey = errorKeyOf(this.profile);

  protected readonly loaded = signal(false);
  protected readonly towns = signal<string[]>([]);
  protected readonly townInput = signal('');
  protected readonly travelMode = signal<TravelMode | null>(null);
  protected readonly maxVisits = signal('');
  protected readonly languages = signal('');
  protected readonly unknownTowns = signal<string[]>([]);
  protected readonly errors = signal<ProfileErrors>({});
  protected readonly saving = signal(false);
  protected readonly saved = signal(false);
  protected readonly saveErrorKey = signal<TranslationKey | null>(null);

  constructor() {
    effect(() => {
      if (!this.profile.hasValue()) return;
      const profile = this.profile.value();
      untracked(() => this.fill(profile));
    });
  }

  protected typeTown(value: string): void {
    this.townInput.set(value);
  }

  protected addTown(): void {
    const town = this.townInput().trim();
    if (!town) return;
    const known = this.towns().some((t) => t.toLocaleLowerCase('fr') === town.toLocaleLowerCase('fr'));
    if (!known) this.towns.update((list) => [...list, town]);
    this.townInput.set('');
    this.saved.set(false);
  }

  protected removeTown(town: string): void {
    this.towns.update((list) => list.filter((t) => t !== town));
    this.saved.set(false);
  }

  protected save(): void {
    if (this.townInput().trim()) this.addTown();
    const max = this.maxVisits().trim();
    const body: UpdateVolunteerProfile = {
      towns: this.towns(),
      travelMode: this.travelMode(),
      maxVisitsPerWeek: max === '' ? null : Number(max),
      languages: this.languages()
        .split(',')
        .map((l) => l.trim())
        .filter((l) => l.length > 0),
    };
    const parsed = UpdateVolunteerProfileSchema.safeParse(body);
    if (!parsed.success) {
      const errors: ProfileErrors = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        if (field === 'maxVisitsPerWeek') errors.maxVisitsPerWeek = 'visits.profile.error.max';
        else if (field === 'towns') errors.towns = 'visits.profile.error.towns';
        else if (field === 'languages') errors.languages = 'visits.profile.error.languages';
      }
      this.errors.set(errors);
      const first = errors.towns
        ? 'profile-towns'
        : errors.maxVisitsPerWeek
          ? 'profile-max'
          : 'profile-languages';
      document.getElementById(first)?.focus();
      return;
    }
    this.errors.set({});
    this.saveErrorKey.set(null);
    this.saved.set(false);
    this.saving.set(true);
    const volunteerId = this.volunteerId();
    const request: Observable<VolunteerProfile> = volunteerId
      ? this.planning.saveVolunteerProfile(volunteerId, parsed.data)
      : this.mine.saveProfile(parsed.data);
    request.subscribe({
      next: (profile) => {
        this.saving.set(false);
        this.fill(profile);
        this.saved.set(true);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.saveErrorKey.set(toUiError(error).messageKey);
      },
    });
  }

  private fill(profile: VolunteerProfile): void {
    this.loaded.set(true);
    this.towns.set(profile.towns);
    this.travelMode.set(profile.travelMode);
    this.maxVisits.set(profile.maxVisitsPerWeek === null ? '' : String(profile.maxVisitsPerWeek));
    this.languages.set(profile.languages.join(', '));
    this.unknownTowns.set(profile.unknownTowns);
  }
}
