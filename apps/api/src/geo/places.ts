import type { TravelMode } from '@passerelle/contracts';
import { FRENCH_PLACES } from './french-places.data';

/** A place of the gazetteer: a commune (or a seat) with the coordinates of its centre. */
export interface Place {
  name: string;
  /** Département code as GeoNames writes it: "59", "2A", "971"… */
  department: string;
  lat: number;
  lon: number;
}

/**
 * Former communes merged into a bigger one that people still write as their town, mapped to the
 * commune they belong to (ADR 0014). Only the ones the gazetteer lacks.
 */
const ASSOCIATED_COMMUNES: Record<string, { name: string; commune: string }> = {
  hellemmes: { name: 'Hellemmes', commune: 'lille' },
};

let index: Map<string, Place[]> | null = null;

function places(): Map<string, Place[]> {
  if (index) return index;
  index = new Map();
  for (const line of FRENCH_PLACES.split('\n')) {
    if (!line) continue;
    const [name, department, lat, lon] = line.split('|') as [string, string, string, string];
    const place: Place = { name, department, lat: Number(lat), lon: Number(lon) };
    const key = placeKey(name);
    const known = index.get(key);
    if (known) known.push(place);
    else index.set(key, [place]);
  }
  return index;
}

/**
 * How a town name is compared: accents, case, apostrophes, hyphens and spaces do not matter, "St" is
 * "Saint", and a trailing "(59)" or postcode is ignored.
 */
export function placeKey(name: string): string {
  return name
    .replace(/\(.*\)|\b\d{5}\b/g, ' ')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/(^|-)ste(?=-)/g, '$1sainte')
    .replace(/(^|-)st(?=-)/g, '$1saint');
}

/** The département of a French postcode ("59000" → "59", "20090" → "2A", "97400" → "974"). */
export function departmentOfPostcode(postcode: string | null | undefined): string | null {
  const code = postcode?.trim() ?? '';
  if (!/^\d{5}$/.test(code)) return null;
  if (code.startsWith('97') || code.startsWith('98')) return code.slice(0, 3);
  if (code.startsWith('20')) return Number(code) < 20200 ? '2A' : '2B';
  return code.slice(0, 2);
}

/**
 * The place a town name stands for. Homonyms are told apart by the département given (the centre's),
 * then by the nearest to `near`; an unknown name gives null.
 */
export function locateTown(
  town: string | null | undefined,
  hint: { department?: string | null; near?: Place | null } = {},
): Place | null {
  if (!town?.trim()) return null;
  const key = placeKey(town);
  const candidates = places().get(ASSOCIATED_COMMUNES[key]?.commune ?? key);
  if (!candidates) return null;
  if (candidates.length === 1) return candidates[0]!;
  const inDepartment = candidates.filter((p) => p.department === hint.department);
  if (inDepartment.length > 0) return inDepartment[0]!;
  const near = hint.near;
  if (!near) return candidates[0]!;
  return candidates.reduce((best, p) => (distanceKm(p, near) < distanceKm(best, near) ? p : best));
}

/**
 * Towns whose folded name starts with what was typed (every word of it, for "st om" → Saint-Omer), the
 * given département first, then shorter names; at most `limit`.
 */
export function searchTowns(typed: string, department: string | null, limit: number): Place[] {
  const prefix = placeKey(typed);
  if (!prefix) return [];
  const found: Place[] = [];
  for (const [key, candidates] of places()) {
    if (key.startsWith(prefix)) found.push(...candidates);
  }
  for (const [key, associated] of Object.entries(ASSOCIATED_COMMUNES)) {
    const commune = places().get(associated.commune)?.[0];
    if (key.startsWith(prefix) && commune) found.push({ ...commune, name: associated.name });
  }
  return found
    .sort(
      (a, b) =>
        Number(b.department === department) - Number(a.department === department) ||
        a.name.length - b.name.length ||
        a.name.localeCompare(b.name, 'fr') ||
        a.department.localeCompare(b.department),
    )
    .slice(0, limit);
}

const EARTH_RADIUS_KM = 6371;

/** Great-circle distance between two places, in kilometres (haversine). */
export function distanceKm(a: Pick<Place, 'lat' | 'lon'>, b: Pick<Place, 'lat' | 'lon'>): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Roads are longer than the straight line: the usual detour factor for short trips. */
export const ROAD_DETOUR_FACTOR = 1.3;
/** A trip inside one town, from one address to another, counts this much at least. */
export const MIN_TRIP_KM = 1.5;

/** Average door-to-door speed and fixed time (waiting, parking) for each means of travel. */
export const TRAVEL_SPEEDS: Record<TravelMode, { kmPerHour: number; fixedMinutes: number }> = {
  foot: { kmPerHour: 4.5, fixedMinutes: 0 },
  bike: { kmPerHour: 14, fixedMinutes: 2 },
  public_transport: { kmPerHour: 15, fixedMinutes: 10 },
  car: { kmPerHour: 35, fixedMinutes: 5 },
};

/** Estimated road distance and minutes from one place to another by a means of travel. */
export function estimateTrip(
  from: Place,
  to: Place,
  mode: TravelMode,
): { distanceKm: number; minutes: number } {
  const road = Math.max(distanceKm(from, to) * ROAD_DETOUR_FACTOR, MIN_TRIP_KM);
  const speed = TRAVEL_SPEEDS[mode];
  return {
    distanceKm: Math.round(road * 10) / 10,
    minutes: Math.round(speed.fixedMinutes + (road / speed.kmPerHour) * 60),
  };
}
