import { computed, inject, type Signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import type { CentreSummary } from '@passerelle/contracts';
import { of } from 'rxjs';
import { CentresApiService } from '../api/centres-api.service';

/**
 * The centres a federation admin chooses from (list filters and columns, the centre of a new item);
 * none in a centre's own area, where nothing is asked.
 */
export function centreChoices(acrossCentres: () => boolean): {
  centres: Signal<CentreSummary[]>;
  names: Signal<ReadonlyMap<string, string>>;
} {
  const api = inject(CentresApiService);
  const resource = rxResource<CentreSummary[], boolean>({
    params: acrossCentres,
    stream: ({ params: across }) => (across ? api.list() : of([])),
    defaultValue: [],
  });
  return {
    centres: resource.value,
    names: computed(() => new Map(resource.value().map((c) => [c.id, c.name] as const))),
  };
}
