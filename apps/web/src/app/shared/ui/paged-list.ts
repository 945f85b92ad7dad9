import {
  DestroyRef,
  computed,
  inject,
  linkedSignal,
  signal,
  type ResourceRef,
  type Signal,
  type WritableSignal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { PAGE_SIZE_DEFAULT, type Paginated } from '@passerelle/contracts';
import type { Observable } from 'rxjs';
import { errorKeyOf } from '../errors/error-message';
import type { TranslationKey } from '../i18n/fr';

/** How long typing pauses before a list searches. */
export const SEARCH_DEBOUNCE_MS = 300;

export interface PageQuery {
  page: number;
  pageSize: number;
}

/** One page of a list, its loading and its failure, as every list page shows them. */
export interface PagedList<T> {
  /** The page asked for; back to 1 whenever the filters change. */
  readonly page: WritableSignal<number>;
  readonly resource: ResourceRef<Paginated<T> | undefined>;
  /** The last page received, kept on screen while the next one loads so the table does not flicker. */
  readonly result: Signal<Paginated<T> | null>;
  readonly items: Signal<readonly T[]>;
  readonly total: Signal<number>;
  readonly errorKey: Signal<TranslationKey | null>;
}

/**
 * Loads a list page by page: `load` receives the filters plus the page and its size. Call it in an
 * injection context (a field initialiser).
 */
export function pagedList<F extends object, T>(options: {
  filters: () => F;
  load: (query: F & PageQuery) => Observable<Paginated<T>>;
}): PagedList<T> {
  const page = linkedSignal({ source: options.filters, computation: () => 1 });
  const resource = rxResource({
    params: () => ({ ...options.filters(), page: page(), pageSize: PAGE_SIZE_DEFAULT }),
    stream: ({ params }) => options.load(params),
  });
  const result = linkedSignal<{ value: Paginated<T> | null; loading: boolean }, Paginated<T> | null>({
    source: () => ({
      value: resource.hasValue() ? resource.value() : null,
      loading: resource.isLoading(),
    }),
    computation: (current, previous) => current.value ?? (current.loading ? (previous?.value ?? null) : null),
  });
  return {
    page,
    resource,
    result,
    items: computed(() => result()?.items ?? []),
    total: computed(() => result()?.total ?? 0),
    errorKey: errorKeyOf(resource),
  };
}

/** The search box of a list: what is typed, and the trimmed words searched once typing pauses or on Enter. */
export interface ListSearch {
  readonly text: Signal<string>;
  readonly q: Signal<string>;
  input(value: string): void;
  /** Searches at once (Enter in the box submits the filters form). */
  apply(): void;
}

export function listSearch(delayMs = SEARCH_DEBOUNCE_MS): ListSearch {
  const text = signal('');
  const q = signal('');
  let timer: ReturnType<typeof setTimeout> | undefined;
  inject(DestroyRef).onDestroy(() => clearTimeout(timer));
  const apply = (): void => {
    clearTimeout(timer);
    q.set(text().trim());
  };
  return {
    text: text.asReadonly(),
    q: q.asReadonly(),
    input: (value) => {
      text.set(value);
      clearTimeout(timer);
      timer = setTimeout(apply, delayMs);
    },
    apply,
  };
}
