import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { TranslatePipe } from '../shared/i18n/translate.pipe';

interface Point {
  x: number;
  y: number;
}

let nextId = 0;

/** Ink colour and width, in CSS pixels: dark and thick enough to print legibly on the PDF. */
const INK = '#000000';
const INK_WIDTH = 2.5;

/**
 * A box to sign in with a finger, a pen or the mouse (pointer events). Strokes are kept in CSS pixels
 * so a resize (turning a phone) redraws them instead of losing them. Emits the drawing as a PNG data
 * URL after each stroke, and null once cleared. Drawing cannot be done from the keyboard: the form
 * around it asks for the typed name and an explicit acceptance, which carry the consent.
 */
@Component({
  selector: 'pa-signature-pad',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .signature-pad__canvas {
      display: block;
      width: 100%;
      max-width: 36rem;
      height: 12rem;
      background: #fff;
      border: 2px solid var(--pa-border);
      border-radius: var(--pa-radius);
      /* The page must not scroll while a finger signs. */
      touch-action: none;
      cursor: crosshair;
    }
    .field--invalid .signature-pad__canvas {
      border-color: var(--pa-danger);
    }
  `,
  template: `
    <div class="field signature-pad" [class.field--invalid]="errorMessage()">
      <p class="field__label" [id]="ids.label">{{ label() }}</p>
      <p class="field__hint" [id]="ids.hint">{{ hint() }}</p>
      @if (errorMessage(); as message) {
        <p class="field__error" [id]="ids.error">{{ message }}</p>
      }
      <canvas
        #canvas
        class="signature-pad__canvas"
        role="img"
        [attr.aria-labelledby]="ids.label"
        [attr.aria-describedby]="describedBy()"
        (pointerdown)="start($event)"
        (pointermove)="move($event)"
        (pointerup)="end($event)"
        (pointercancel)="end($event)"
        (lostpointercapture)="end($event)"
      ></canvas>
      <p class="visually-hidden" role="status" [id]="ids.status">
        {{ (hasInk() ? 'agreement.signature.inked' : 'agreement.signature.empty') | t }}
      </p>
      <div class="actions">
        <button type="button" class="button button--secondary" [disabled]="!hasInk()" (click)="clear()">
          {{ 'agreement.signature.clear' | t }}
        </button>
      </div>
    </div>
  `,
})
export class SignaturePadComponent {
  private readonly destroyRef = inject(DestroyRef);
  private readonly canvasRef = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');

  readonly label = input.required<string>();
  readonly hint = input.required<string>();
  /** Shown above the box and linked to it; the form decides when (e.g. on submit). */
  readonly errorMessage = input<string | null>(null);

  /** The PNG data URL after each stroke; null when the box is cleared. */
  readonly signatureChange = output<string | null>();

  protected readonly ids = (() => {
    const base = `signature-pad-${nextId++}`;
    return {
      label: `${base}-label`,
      hint: `${base}-hint`,
      error: `${base}-error`,
      status: `${base}-status`,
    };
  })();
  protected readonly describedBy = computed(() =>
    [this.ids.hint, this.errorMessage() ? this.ids.error : '', this.ids.status].filter(Boolean).join(' '),
  );

  private readonly strokes = signal<readonly (readonly Point[])[]>([]);
  /** True once something is drawn: the form keeps its submit refused until then. */
  readonly hasInk = computed(() => this.strokes().length > 0);

  private current: Point[] | null = null;
  private activePointer: number | null = null;
  private size = { width: 0, height: 0 };

  constructor() {
    afterNextRender(() => {
      this.fitToBox();
      const onResize = () => this.fitToBox();
      window.addEventListener('resize', onResize);
      this.destroyRef.onDestroy(() => window.removeEventListener('resize', onResize));
    });
  }

  /** Clears the drawing (the "Effacer" button, or the form after a new kit). */
  clear(): void {
    this.strokes.set([]);
    this.current = null;
    this.activePointer = null;
    this.redraw();
    this.signatureChange.emit(null);
  }

  /** The drawing as a PNG data URL, or null when nothing is drawn. */
  toDataUrl(): string | null {
    if (!this.hasInk()) return null;
    try {
      return this.canvasRef().nativeElement.toDataURL('image/png');
    } catch {
      return null;
    }
  }

  protected start(event: PointerEvent): void {
    // Only the main button of a mouse draws; touch and pen report button 0 too.
    if (this.activePointer !== null || (event.button !== undefined && event.button > 0)) return;
    event.preventDefault();
    const canvas = this.canvasRef().nativeElement;
    this.activePointer = event.pointerId ?? 0;
    try {
      canvas.setPointerCapture(this.activePointer);
    } catch {
      // Capture is a comfort (strokes that leave the box); drawing works without it.
    }
    this.current = [this.pointOf(event)];
    this.drawDot(this.current[0]);
  }

  protected move(event: PointerEvent): void {
    if (!this.current || (event.pointerId ?? 0) !== this.activePointer) return;
    event.preventDefault();
    const point = this.pointOf(event);
    const previous = this.current[this.current.length - 1];
    this.current.push(point);
    if (previous) this.drawSegment(previous, point);
  }

  protected end(event: Event): void {
    if (!this.current || ((event as PointerEvent).pointerId ?? 0) !== this.activePointer) return;
    const stroke = this.current;
    this.current = null;
    this.activePointer = null;
    this.strokes.update((strokes) => [...strokes, stroke]);
    this.signatureChange.emit(this.toDataUrl());
  }

  private pointOf(event: PointerEvent): Point {
    const box = this.canvasRef().nativeElement.getBoundingClientRect();
    return { x: event.clientX - box.left, y: event.clientY - box.top };
  }

  private context(): CanvasRenderingContext2D | null {
    try {
      return this.canvasRef().nativeElement.getContext('2d');
    } catch {
      return null;
    }
  }

  /** Sizes the bitmap to the box on screen (sharp on high-density screens), then redraws. */
  private fitToBox(): void {
    const canvas = this.canvasRef().nativeElement;
    const box = canvas.getBoundingClientRect();
    if (box.width === this.size.width && box.height === this.size.height) return;
    this.size = { width: box.width, height: box.height };
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(box.width * ratio);
    canvas.height = Math.round(box.height * ratio);
    this.redraw();
  }

  private redraw(): void {
    const ctx = this.context();
    if (!ctx) return;
    const canvas = this.canvasRef().nativeElement;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    for (const stroke of this.strokes()) {
      const [first, ...rest] = stroke;
      if (!first) continue;
      this.drawDot(first);
      let previous = first;
      for (const point of rest) {
        this.drawSegment(previous, point);
        previous = point;
      }
    }
  }

  private prepare(): CanvasRenderingContext2D | null {
    const ctx = this.context();
    if (!ctx) return null;
    const ratio = this.size.width > 0 ? this.canvasRef().nativeElement.width / this.size.width : 1;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.strokeStyle = INK;
    ctx.fillStyle = INK;
    ctx.lineWidth = INK_WIDTH;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    return ctx;
  }

  private drawDot(point: Point | undefined): void {
    const ctx = this.prepare();
    if (!ctx || !point) return;
    ctx.beginPath();
    ctx.arc(point.x, point.y, INK_WIDTH / 2, 0, Math.PI * 2);
    ctx.fill();
  }

  private drawSegment(from: Point, to: Point): void {
    const ctx = this.prepare();
    if (!ctx) return;
    ctx.beginPath();
    ctx.moveTo(from.x, from.y);
    ctx.lineTo(to.x, to.y);
    ctx.stroke();
  }
}
