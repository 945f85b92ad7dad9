import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { searchText } from '../../people/search-text';

/**
 * Demo equipment of the federation, reproducing the centres' 2020 report:
 * - the Lille first wave for under-equipped families: 650 households identified, 170 targeted,
 *   38 smartphones, 10 phones, 12 tablets, 106 computers and 57 emergency connections distributed;
 * - 470 Facilotab tablets bought with the CARSAT for isolated seniors, most of them on loan.
 * Everything else (names, dates, serial numbers) is fictional and generated deterministically.
 */
export const LILLE_FIRST_WAVE = {
  name: 'Familles sous-équipées — première vague (métropole lilloise)',
  partner: 'Emmaüs Connect',
  householdsIdentified: 650,
  householdsTargeted: 170,
  devices: { smartphone: 38, basic_phone: 10, tablet: 12, computer: 106, internet_connection: 57 },
} as const;

export const FACILOTAB_PURCHASE = 470;

/** How the 470 Facilotab tablets are spread and where each one is today. */
const FACILOTAB_PLAN: Record<
  string,
  { loan: number; overdue: number; gift: number; stock: number; repair: number; lost: number }
> = {
  'lille-moulins': { loan: 171, overdue: 5, gift: 12, stock: 13, repair: 3, lost: 1 },
  roubaix: { loan: 137, overdue: 4, gift: 10, stock: 10, repair: 2, lost: 1 },
  arques: { loan: 94, overdue: 3, gift: 6, stock: 8, repair: 2, lost: 0 },
};

const MODELS = {
  smartphone: 'Smartphone Android reconditionné',
  basic_phone: 'Téléphone mobile à grosses touches',
  tablet: 'Tablette Android 10 pouces',
  computer: 'Ordinateur portable reconditionné',
  internet_connection: 'Clé 4G et forfait solidaire 3 mois',
} as const;

const ACCESSORIES: Record<keyof typeof MODELS, string[]> = {
  smartphone: ['charger', 'sim'],
  basic_phone: ['charger', 'sim'],
  tablet: ['charger', 'case'],
  computer: ['charger'],
  internet_connection: ['sim', 'box'],
};

const TOWNS: Record<string, string[]> = {
  'lille-moulins': [
    'Lille',
    'Lille',
    'Hellemmes',
    'Lomme',
    'Ronchin',
    'Faches-Thumesnil',
    'Villeneuve-d’Ascq',
  ],
  roubaix: ['Roubaix', 'Roubaix', 'Tourcoing', 'Wattrelos', 'Croix', 'Hem'],
  arques: ['Arques', 'Arques', 'Saint-Omer', 'Longuenesse', 'Blendecques', 'Aire-sur-la-Lys'],
};

const FIRST_NAMES = [
  'Jeannine',
  'Monique',
  'Josiane',
  'Raymonde',
  'Simone',
  'Odette',
  'Colette',
  'Huguette',
  'Paulette',
  'Ginette',
  'Denise',
  'Yvette',
  'Micheline',
  'Françoise',
  'Christiane',
  'Fatima',
  'Zohra',
  'Maria',
  'Marcel',
  'René',
  'Roger',
  'André',
  'Jean-Pierre',
  'Gérard',
  'Michel',
  'Claude',
  'Daniel',
  'Jacques',
  'Lucien',
  'Henri',
  'Mohamed',
  'Ahmed',
  'Manuel',
  'Stanislas',
  'Albert',
  'Georges',
];

const LAST_NAMES = [
  'Lefebvre',
  'Vandenbussche',
  'Delattre',
  'Desmet',
  'Leclercq',
  'Carpentier',
  'Deschamps',
  'Vasseur',
  'Lemaire',
  'Duhamel',
  'Declercq',
  'Verhaeghe',
  'Wattel',
  'Caron',
  'Lecomte',
  'Delplanque',
  'Delcroix',
  'Boulanger',
  'Hennebert',
  'Cuvelier',
  'Dewaele',
  'Lambin',
  'Ramery',
  'Plouvier',
  'Lheureux',
  'Tison',
  'Bataille',
  'Bouzid',
  'Nowak',
  'Da Silva',
  'Mekki',
  'Kowalski',
  'Deleplanque',
  'Vanhove',
  'Degryse',
  'Dumortier',
  'Beaucamp',
  'Flahaut',
  'Lesage',
  'Hochart',
  'Diallo',
  'Traoré',
  'Benhamou',
  'Szymanski',
];

/** Deterministic pseudo-random numbers (mulberry32), so the demo looks the same on every machine. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ (t + t);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

interface DeviceSeed {
  id: string;
  centreId: string;
  kind: keyof typeof MODELS;
  model: string;
  serial: string;
  assetTag: string;
  funding: string;
  accessories: string[];
  status: string;
  condition: string;
}

interface LoanSeed {
  kitId: string;
  centreId: string;
  deviceId: string;
  personId: string | null;
  householdId: string | null;
  kind: 'loan' | 'gift';
  startedOn: string;
  dueOn: string | null;
  returnedAt: string | null;
  campaignId: string;
}

export interface EquipmentSeedSummary {
  devices: number;
  loans: number;
  households: number;
  extraSeniors: number;
}

export async function seedDemoEquipment(
  tx: EntityManager,
  federationId: string,
  centres: ReadonlyMap<string, { id: string; prefix: string }>,
  today: string,
): Promise<EquipmentSeedSummary> {
  const rnd = random(2020);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
  const devices: DeviceSeed[] = [];
  const loans: LoanSeed[] = [];
  const counters = new Map<string, number>();
  const nextTag = (prefix: string) => {
    const n = (counters.get(prefix) ?? 0) + 1;
    counters.set(prefix, n);
    return `${prefix}-${String(n).padStart(4, '0')}`;
  };
  const centre = (key: string) => {
    const c = centres.get(key);
    if (!c) throw new Error(`Unknown demo centre ${key}`);
    return c;
  };

  // ── Lille first wave: 170 households, all equipped; connections lent for three months, all returned.
  const lille = centre('lille-moulins');
  const [{ id: waveId }] = await tx.query(
    `INSERT INTO campaigns (centre_id, name, audience, partner, starts_on, ends_on, households_identified, households_targeted)
     VALUES ($1, $2, 'households', $3, '2020-04-06', '2020-07-31', $4, $5) RETURNING id`,
    [
      lille.id,
      LILLE_FIRST_WAVE.name,
      LILLE_FIRST_WAVE.partner,
      LILLE_FIRST_WAVE.householdsIdentified,
      LILLE_FIRST_WAVE.householdsTargeted,
    ],
  );
  const households = Array.from({ length: LILLE_FIRST_WAVE.householdsTargeted }, (_, i) => ({
    id: randomUUID(),
    name: `Famille ${LAST_NAMES[i % LAST_NAMES.length]}${i >= LAST_NAMES.length ? ` (${Math.floor(i / LAST_NAMES.length) + 1})` : ''}`,
    town: pick(TOWNS['lille-moulins']!),
    members: 2 + Math.floor(rnd() * 5),
  }));
  await tx.query(
    `INSERT INTO households (id, centre_id, name, town, members_count, search_text)
     SELECT id, $1, name, town, members, search FROM unnest($2::uuid[], $3::text[], $4::text[], $5::int[], $6::text[])
       AS h(id, name, town, members, search)`,
    [
      lille.id,
      households.map((h) => h.id),
      households.map((h) => h.name),
      households.map((h) => h.town),
      households.map((h) => h.members),
      households.map((h) => searchText([h.name, h.town])),
    ],
  );
  const waveDevice = (kind: keyof typeof MODELS, status: string): DeviceSeed => {
    const d: DeviceSeed = {
      id: randomUUID(),
      centreId: lille.id,
      kind,
      model: MODELS[kind],
      serial: `EC20-${kind.slice(0, 2).toUpperCase()}-${String(devices.length + 1).padStart(5, '0')}`,
      assetTag: nextTag(lille.prefix),
      funding: 'Dons collectés avec Emmaüs Connect',
      accessories: ACCESSORIES[kind],
      status,
      condition: 'good',
    };
    devices.push(d);
    return d;
  };
  // One main device for 166 households; the last 4 only needed a connection.
  const mains: Array<keyof typeof MODELS> = [
    ...Array<'smartphone'>(LILLE_FIRST_WAVE.devices.smartphone).fill('smartphone'),
    ...Array<'basic_phone'>(LILLE_FIRST_WAVE.devices.basic_phone).fill('basic_phone'),
    ...Array<'tablet'>(LILLE_FIRST_WAVE.devices.tablet).fill('tablet'),
    ...Array<'computer'>(LILLE_FIRST_WAVE.devices.computer).fill('computer'),
  ];
  const kitOf = new Map<string, { kitId: string; startedOn: string }>();
  const kit = (householdId: string) => {
    let k = kitOf.get(householdId);
    if (!k) {
      k = { kitId: randomUUID(), startedOn: addDays('2020-04-06', Math.floor(rnd() * 50)) };
      kitOf.set(householdId, k);
    }
    return k;
  };
  mains.forEach((kind, i) => {
    const household = households[i]!;
    const { kitId, startedOn } = kit(household.id);
    const d = waveDevice(kind, 'given');
    loans.push({
      kitId,
      centreId: lille.id,
      deviceId: d.id,
      personId: null,
      householdId: household.id,
      kind: 'gift',
      startedOn,
      dueOn: null,
      returnedAt: null,
      campaignId: waveId,
    });
  });
  // Connections: 53 with the computers (the last computer households), 4 alone.
  const withConnection = [
    ...households.slice(mains.length - (LILLE_FIRST_WAVE.devices.internet_connection - 4), mains.length),
    ...households.slice(mains.length),
  ];
  for (const household of withConnection) {
    const { kitId, startedOn } = kit(household.id);
    const d = waveDevice('internet_connection', 'in_stock');
    const dueOn = addDays(startedOn, 91);
    loans.push({
      kitId,
      centreId: lille.id,
      deviceId: d.id,
      personId: null,
      householdId: household.id,
      kind: 'loan',
      startedOn,
      dueOn,
      returnedAt: `${addDays(dueOn, Math.floor(rnd() * 10) - 5)}T10:00:00+02:00`,
      campaignId: waveId,
    });
  }

  // ── 470 Facilotab tablets for isolated seniors, per centre; most on loan to seniors.
  let extraSeniors = 0;
  for (const [key, plan] of Object.entries(FACILOTAB_PLAN)) {
    const c = centre(key);
    const [{ id: campaignId }] = await tx.query(
      `INSERT INTO campaigns (centre_id, name, audience, partner, starts_on, ends_on)
       VALUES ($1, 'Tablettes Facilotab pour les seniors isolés (achat groupé)', 'seniors', 'CARSAT Hauts-de-France', '2020-05-04', NULL)
       RETURNING id`,
      [c.id],
    );
    const seniors: Array<{ id: string }> = await tx.query(
      `SELECT p.id FROM people p
        WHERE p.centre_id = $1 AND p.role = 'senior' AND p.active
        ORDER BY (SELECT count(*) FROM coaching_assignments a WHERE a.senior_id = p.id AND a.ended_at IS NULL) DESC,
                 p.last_name, p.first_name`,
      [c.id],
    );
    const needed = plan.loan + plan.gift;
    const newSeniors = Array.from({ length: Math.max(0, needed - seniors.length) }, () => ({
      id: randomUUID(),
      firstName: pick(FIRST_NAMES),
      lastName: pick(LAST_NAMES),
      town: pick(TOWNS[key]!),
      birthYear: 1928 + Math.floor(rnd() * 27),
    }));
    extraSeniors += newSeniors.length;
    if (newSeniors.length > 0) {
      await tx.query(
        `INSERT INTO people (id, federation_id, centre_id, role, first_name, last_name, town, birth_year, search_text)
         SELECT id, $1, $2, 'senior', f, l, t, b, s
           FROM unnest($3::uuid[], $4::text[], $5::text[], $6::text[], $7::int[], $8::text[]) AS x(id, f, l, t, b, s)`,
        [
          federationId,
          c.id,
          newSeniors.map((s) => s.id),
          newSeniors.map((s) => s.firstName),
          newSeniors.map((s) => s.lastName),
          newSeniors.map((s) => s.town),
          newSeniors.map((s) => s.birthYear),
          newSeniors.map((s) => searchText([s.firstName, s.lastName, s.town])),
        ],
      );
      await tx.query(`INSERT INTO centre_memberships (centre_id, person_id) SELECT $1, unnest($2::uuid[])`, [
        c.id,
        newSeniors.map((s) => s.id),
      ]);
    }
    const recipients = [...seniors.map((s) => s.id), ...newSeniors.map((s) => s.id)];
    const statuses = [
      ...Array<string>(plan.loan).fill('on_loan'),
      ...Array<string>(plan.gift).fill('given'),
      ...Array<string>(plan.stock).fill('in_stock'),
      ...Array<string>(plan.repair).fill('in_repair'),
      ...Array<string>(plan.lost).fill('lost'),
    ];
    statuses.forEach((status, i) => {
      const d: DeviceSeed = {
        id: randomUUID(),
        centreId: c.id,
        kind: 'tablet',
        model: 'Facilotab',
        serial: `FT2020-${key.slice(0, 3).toUpperCase()}-${String(i + 1).padStart(4, '0')}`,
        assetTag: nextTag(c.prefix),
        funding: 'CARSAT Hauts-de-France (achat groupé 2020)',
        accessories: ['charger', 'case', 'stylus'],
        status,
        condition: status === 'in_repair' ? 'damaged' : i % 7 === 0 ? 'fair' : 'good',
      };
      devices.push(d);
      if (status !== 'on_loan' && status !== 'given') return;
      const startedOn = addDays(today, -30 - Math.floor(rnd() * 600));
      const overdue = status === 'on_loan' && i < plan.overdue;
      const dueOn =
        status === 'given'
          ? null
          : overdue
            ? addDays(today, -3 - Math.floor(rnd() * 40))
            : addDays(today, 14 + Math.floor(rnd() * 330));
      loans.push({
        kitId: randomUUID(),
        centreId: c.id,
        deviceId: d.id,
        personId: recipients[i]!,
        householdId: null,
        kind: status === 'given' ? 'gift' : 'loan',
        startedOn: dueOn && dueOn < startedOn ? addDays(dueOn, -180) : startedOn,
        dueOn,
        returnedAt: null,
        campaignId,
      });
    });
  }

  await tx.query(
    `INSERT INTO devices (id, centre_id, kind, model, serial_number, asset_tag, funding_source, accessories, condition, status, search_text, created_at)
     SELECT id, centre_id, kind, model, serial, tag, funding, string_to_array(acc, ','), cond, status, search, '2020-04-01'::timestamptz
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[])
         AS d(id, centre_id, kind, model, serial, tag, funding, acc, cond, status, search)`,
    [
      devices.map((d) => d.id),
      devices.map((d) => d.centreId),
      devices.map((d) => d.kind),
      devices.map((d) => d.model),
      devices.map((d) => d.serial),
      devices.map((d) => d.assetTag),
      devices.map((d) => d.funding),
      devices.map((d) => d.accessories.join(',')),
      devices.map((d) => d.condition),
      devices.map((d) => d.status),
      devices.map((d) => searchText([d.assetTag, d.model, d.serial, d.funding])),
    ],
  );
  await tx.query(
    `INSERT INTO loans (kit_id, centre_id, device_id, person_id, household_id, kind, started_on, due_on, returned_at, campaign_id,
                        return_checklist, created_at)
     SELECT kit, centre, device, person, household, kind, started, due, returned, campaign,
            CASE WHEN returned IS NULL THEN NULL
                 ELSE jsonb_build_object('accessoriesReturned', ARRAY['sim', 'box'], 'condition', 'good', 'personalDataWiped', true) END,
            started::timestamptz
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::text[], $7::date[], $8::date[], $9::timestamptz[], $10::uuid[])
         AS l(kit, centre, device, person, household, kind, started, due, returned, campaign)`,
    [
      loans.map((l) => l.kitId),
      loans.map((l) => l.centreId),
      loans.map((l) => l.deviceId),
      loans.map((l) => l.personId),
      loans.map((l) => l.householdId),
      loans.map((l) => l.kind),
      loans.map((l) => l.startedOn),
      loans.map((l) => l.dueOn),
      loans.map((l) => l.returnedAt),
      loans.map((l) => l.campaignId),
    ],
  );
  // Every device's history: it entered the inventory, then went out (and came back).
  await tx.query(
    `INSERT INTO device_events (centre_id, device_id, type, to_status, details, at)
     SELECT centre_id, id, 'created', 'in_stock', jsonb_build_object('assetTag', asset_tag), created_at FROM devices`,
  );
  await tx.query(
    `INSERT INTO device_events (centre_id, device_id, type, from_status, to_status, details, at)
     SELECT l.centre_id, l.device_id, CASE l.kind WHEN 'gift' THEN 'given' ELSE 'lent' END, 'in_stock',
            CASE l.kind WHEN 'gift' THEN 'given' ELSE 'on_loan' END,
            jsonb_build_object('kitId', l.kit_id, 'personId', l.person_id, 'householdId', l.household_id, 'dueOn', l.due_on),
            l.started_on::timestamptz
       FROM loans l`,
  );
  await tx.query(
    `INSERT INTO device_events (centre_id, device_id, type, from_status, to_status, details, at)
     SELECT l.centre_id, l.device_id, 'returned', 'on_loan', 'in_stock', jsonb_build_object('loanId', l.id, 'checklist', l.return_checklist), l.returned_at
       FROM loans l WHERE l.returned_at IS NOT NULL`,
  );
  return { devices: devices.length, loans: loans.length, households: households.length, extraSeniors };
}
