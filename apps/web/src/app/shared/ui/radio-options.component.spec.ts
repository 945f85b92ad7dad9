import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { RadioOptionsComponent } from './radio-options.component';

@Component({
  imports: [RadioOptionsComponent],
  template: `<pa-radio-options
    name="booking-place"
    [options]="[
      { value: 'home', label: 'planning.place.home' },
      { value: 'centre', label: 'planning.place.centre' },
    ]"
    [(value)]="place"
  />`,
})
class HostComponent {
  readonly place = signal<'home' | 'centre' | null>('home');
}

describe('RadioOptionsComponent', () => {
  it('checks the bound value, names each radio by its label and sends a change back', async () => {
    localStorage.clear();
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const home = el.querySelector<HTMLInputElement>('#booking-place-home')!;
    const centre = el.querySelector<HTMLInputElement>('#booking-place-centre')!;
    expect(home.checked).toBe(true);
    expect(el.querySelector('label[for="booking-place-centre"]')?.textContent?.trim()).toBe('Au centre');
    centre.click();
    await fixture.whenStable();
    expect(fixture.componentInstance.place()).toBe('centre');
    expect(home.name).toBe('booking-place');
  });
});
