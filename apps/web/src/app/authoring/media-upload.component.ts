import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { MEDIA_LIMITS, type Media, type MediaKind } from '@passerelle/contracts';
import { CoursesApiService } from '../shared/api/courses-api.service';
import { toUiError } from '../shared/errors/error-message';
import type { TranslationKey } from '../shared/i18n/fr';
import { TranslatePipe } from '../shared/i18n/translate.pipe';

const EXTENSIONS: Readonly<Record<MediaKind, readonly string[]>> = {
  image: ['.png', '.jpg', '.jpeg', '.webp'],
  video: ['.mp4', '.webm'],
  captions: ['.vtt'],
};

const HINT_KEYS: Readonly<Record<MediaKind, TranslationKey>> = {
  image: 'authoring.media.hint.image',
  video: 'authoring.media.hint.video',
  captions: 'authoring.media.hint.captions',
};

/**
 * Refuses a file before sending it when it is too heavy or of the wrong type (MEDIA_LIMITS), so a
 * 100 MB mistake does not travel over a centre's slow connection first.
 */
export function checkMediaFile(
  kind: MediaKind,
  file: Pick<File, 'name' | 'size' | 'type'>,
): TranslationKey | null {
  const name = file.name.toLowerCase();
  const limits = MEDIA_LIMITS[kind];
  const typeKnown = file.type !== '' && file.type !== 'application/octet-stream';
  if (
    !EXTENSIONS[kind].some((ext) => name.endsWith(ext)) ||
    (typeKnown && !limits.mimeTypes.includes(file.type))
  )
    return 'authoring.media.error.type';
  if (file.size > limits.maxBytes) return 'authoring.media.error.tooBig';
  return null;
}

/** A file input that uploads at once and hands back the stored media. */
@Component({
  selector: 'pa-media-upload',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="field" [class.field--invalid]="shownError()">
      <label class="field__label" [for]="inputId()">{{ label() }}</label>
      <p class="field__hint" [id]="inputId() + '-hint'">{{ hintKey() | t }}</p>
      @if (shownError(); as key) {
        <p class="field__error" [id]="inputId() + '-error'">{{ key | t }}</p>
      }
      <input
        type="file"
        class="input"
        [id]="inputId()"
        [accept]="accept()"
        [disabled]="uploading()"
        [attr.aria-invalid]="shownError() ? true : null"
        [attr.aria-describedby]="inputId() + '-hint' + (shownError() ? ' ' + inputId() + '-error' : '')"
        (change)="onFileChosen($event)"
      />
      <p class="media-upload__status" role="status">
        @if (uploading()) {
          {{ 'authoring.media.uploading' | t }}
        } @else if (uploadedName(); as name) {
          {{ 'authoring.media.uploaded' | t: { name } }}
        } @else if (mediaId()) {
          {{ 'authoring.media.present' | t }}
        }
      </p>
    </div>
  `,
})
export class MediaUploadComponent {
  private readonly api = inject(CoursesApiService);

  readonly kind = input.required<MediaKind>();
  readonly label = input.required<string>();
  readonly inputId = input.required<string>();
  /** The media already chosen, if any. */
  readonly mediaId = input('');
  /** A problem found when the draft was checked (e.g. no file yet). */
  readonly invalidKey = input<TranslationKey | null>(null);

  readonly uploaded = output<Media>();

  protected readonly uploading = signal(false);
  protected readonly uploadError = signal<TranslationKey | null>(null);
  protected readonly uploadedName = signal<string | null>(null);
  protected readonly shownError = computed(
    () => this.uploadError() ?? (this.uploadedName() ? null : this.invalidKey()),
  );
  protected readonly hintKey = computed(() => HINT_KEYS[this.kind()]);
  protected readonly accept = computed(() =>
    [...EXTENSIONS[this.kind()], ...MEDIA_LIMITS[this.kind()].mimeTypes].join(','),
  );

  protected onFileChosen(event: Event): void {
    const inputElement = event.target as HTMLInputElement;
    const file = inputElement.files?.[0];
    if (!file) return;
    this.upload(file);
    inputElement.value = '';
  }

  upload(file: File): void {
    this.uploadedName.set(null);
    const problem = checkMediaFile(this.kind(), file);
    this.uploadError.set(problem);
    if (problem) return;
    this.uploading.set(true);
    this.api.uploadMedia(this.kind(), file).subscribe({
      next: (media) => {
        this.uploading.set(false);
        this.uploadedName.set(media.originalName || file.name);
        this.uploaded.emit(media);
      },
      error: (error: unknown) => {
        this.uploading.set(false);
        const ui = toUiError(error);
        this.uploadError.set(
          ui.status === 413 || ui.code === 'payload_too_large'
            ? 'authoring.media.error.tooBig'
            : ui.fieldErrors.some((e) => e.path === 'file')
              ? 'authoring.media.error.type'
              : ui.messageKey,
        );
      },
    });
  }
}
