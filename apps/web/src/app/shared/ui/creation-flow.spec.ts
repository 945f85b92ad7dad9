import { HttpErrorResponse } from '@angular/common/http';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, Router, provideRouter } from '@angular/router';
import { type Observable, of, throwError } from 'rxjs';
import { creationFlow } from './creation-flow';

interface Created {
  id: string;
  name: string;
}

describe('creationFlow', () => {
  const focused: string[] = [];
  let result: Observable<Created>;

  @Component({ selector: 'pa-host', template: '' })
  class HostComponent {
    readonly flow = creationFlow({
      create: (body: { name: string }) => {
        expect(body.name).toBe('Famille Martin');
        return result;
      },
      state: (created: Created) => ({ createdHousehold: created.name }),
      focusSummary: () => focused.push('summary'),
    });
  }

  function host(): { flow: HostComponent['flow']; router: Router; route: ActivatedRoute } {
    TestBed.configureTestingModule({ imports: [HostComponent], providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(HostComponent);
    return {
      flow: fixture.componentInstance.flow,
      router: TestBed.inject(Router),
      route: TestBed.inject(ActivatedRoute),
    };
  }

  beforeEach(() => (focused.length = 0));

  it('opens the new item’s page next to the list, with its confirmation state', () => {
    result = of({ id: 'h-1', name: 'Famille Martin' });
    const { flow, router, route } = host();
    const navigate = jest.spyOn(router, 'navigate').mockResolvedValue(true);

    flow.submit({ name: 'Famille Martin' });

    expect(navigate).toHaveBeenCalledWith(['..', 'h-1'], {
      relativeTo: route,
      state: { createdHousehold: 'Famille Martin' },
    });
    expect(flow.saving()).toBe(false);
    expect(flow.error()).toBeNull();
  });

  it('keeps the form, shows the error and focuses the summary when the API refuses', () => {
    result = throwError(
      () =>
        new HttpErrorResponse({
          status: 400,
          error: {
            code: 'validation_failed',
            message: '…',
            errors: [{ path: 'name', code: 'x', message: '…' }],
          },
        }),
    );
    const { flow, router } = host();
    const navigate = jest.spyOn(router, 'navigate');

    flow.submit({ name: 'Famille Martin' });

    expect(navigate).not.toHaveBeenCalled();
    expect(flow.saving()).toBe(false);
    expect(flow.error()?.fieldErrors).toEqual([{ path: 'name', code: 'x', message: '…' }]);
    expect(focused).toEqual(['summary']);
  });
});
