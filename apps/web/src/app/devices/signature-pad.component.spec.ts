import { Component, signal, viewChild } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { SIGNATURE_PNG as PNG, fakeCanvas, pointer } from '../../testing/signature';
import { SignaturePadComponent } from './signature-pad.component';

@Component({
  imports: [SignaturePadComponent],
  template: `<pa-signature-pad
    label="Signature"
    hint="Signez dans le cadre."
    [errorMessage]="error()"
    (signatureChange)="emitted.push($event)"
  />`,
})
class HostComponent {
  readonly pad = viewChild.required(SignaturePadComponent);
  readonly error = signal<string | null>(null);
  readonly emitted: (string | null)[] = [];
}

describe('SignaturePadComponent', () => {
  let fixture: ComponentFixture<HostComponent>;

  function el(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function canvas(): HTMLCanvasElement {
    const found = el().querySelector('canvas');
    if (!found) throw new Error('canvas not found');
    return found;
  }

  function clearButton(): HTMLButtonElement | undefined {
    return [...el().querySelectorAll('button')].find((b) => b.textContent?.includes('Effacer'));
  }

  beforeEach(async () => {
    fakeCanvas();
    localStorage.clear();
    TestBed.configureTestingModule({ imports: [HostComponent] });
    fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
  });

  afterEach(() => jest.restoreAllMocks());

  it('is labelled, described and starts empty', () => {
    // given / when: rendered
    const sut = fixture.componentInstance.pad();
    // then
    const labelId = canvas().getAttribute('aria-labelledby');
    expect(labelId && document.getElementById(labelId)?.textContent).toBe('Signature');
    const describedBy = canvas().getAttribute('aria-describedby')?.split(' ') ?? [];
    expect(describedBy.map((id) => el().querySelector(`#${id}`)?.textContent?.trim())).toEqual([
      'Signez dans le cadre.',
      'Le cadre de signature est vide.',
    ]);
    expect(canvas().getAttribute('role')).toBe('img');
    expect(sut.hasInk()).toBe(false);
    expect(sut.toDataUrl()).toBeNull();
    expect(clearButton()?.disabled).toBe(true);
  });

  it('has ink after a stroke (down, move, up) and emits the PNG', async () => {
    // given
    const sut = fixture.componentInstance.pad();
    // when
    pointer(canvas(), 'pointerdown', 10, 10);
    pointer(canvas(), 'pointermove', 40, 30);
    pointer(canvas(), 'pointermove', 80, 20);
    pointer(canvas(), 'pointerup', 80, 20);
    await fixture.whenStable();
    // then
    expect(sut.hasInk()).toBe(true);
    expect(sut.toDataUrl()).toBe(PNG);
    expect(fixture.componentInstance.emitted).toEqual([PNG]);
    expect(el().textContent).toContain('Une signature est dessinée.');
    expect(clearButton()?.disabled).toBe(false);
  });

  it('ignores moves without a pressed pointer, and other pointers during a stroke', async () => {
    // given
    const sut = fixture.componentInstance.pad();
    // when
    pointer(canvas(), 'pointermove', 40, 30);
    pointer(canvas(), 'pointerup', 40, 30);
    pointer(canvas(), 'pointerdown', 10, 10, 1);
    pointer(canvas(), 'pointerup', 10, 10, 2);
    await fixture.whenStable();
    // then
    expect(sut.hasInk()).toBe(false);
    expect(fixture.componentInstance.emitted).toEqual([]);
  });

  it('"Effacer la signature" empties the box and emits null', async () => {
    // given
    const sut = fixture.componentInstance.pad();
    pointer(canvas(), 'pointerdown', 10, 10);
    pointer(canvas(), 'pointerup', 12, 10);
    await fixture.whenStable();
    // when
    clearButton()?.click();
    await fixture.whenStable();
    // then
    expect(clearButton()?.textContent?.trim()).toBe('Effacer la signature');
    expect(sut.hasInk()).toBe(false);
    expect(fixture.componentInstance.emitted).toEqual([PNG, null]);
  });

  it('shows the error given by the form and links it to the box', async () => {
    // given
    fixture.componentInstance.error.set('Dessinez votre signature.');
    // when
    await fixture.whenStable();
    // then
    const ids = canvas().getAttribute('aria-describedby')?.split(' ') ?? [];
    expect(ids.map((id) => el().querySelector(`#${id}`)?.textContent?.trim())).toContain(
      'Dessinez votre signature.',
    );
  });
});
