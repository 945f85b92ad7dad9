import { z } from 'zod';

// ─── Towns known to the gazetteer (travel estimates, ADR 0014) ─────────────────────────────────────

export const PLACE_SUGGESTIONS_MAX = 10;

/** What has been typed of a town's name: "lil", "st om", "Mons-en-Bar". */
export const PlacesQuerySchema = z.object({
  q: z.string().trim().min(2, 'Tapez au moins deux lettres.').max(80),
});
export type PlacesQuery = z.infer<typeof PlacesQuerySchema>;

export const PlaceSchema = z.object({
  name: z.string(),
  /** Département code: "59", "2A", "974". */
  department: z.string(),
});
export type Place = z.infer<typeof PlaceSchema>;

/**
 * Towns whose name starts with what was typed, the centre's département first; `known` says whether
 * what was typed is itself a town the gazetteer knows (so a journey can be estimated from it).
 */
export const PlaceSuggestionsSchema = z.object({ places: z.array(PlaceSchema), known: z.boolean() });
export type PlaceSuggestions = z.infer<typeof PlaceSuggestionsSchema>;
