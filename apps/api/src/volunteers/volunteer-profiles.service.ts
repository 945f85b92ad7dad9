import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { TravelMode, UpdateVolunteerProfile, VolunteerProfile } from '@passerelle/contracts';
import type { AuthUser } from '../common/auth-user';
import { locateTown } from '../geo/places';
import { managedVolunteer } from './volunteer-scope';

interface ProfileRow {
  volunteer_id: string;
  centre_id: string;
  towns: string[];
  travel_mode: TravelMode | null;
  max_visits_per_week: number | null;
  languages: string[];
  updated_at: Date;
}

/** Where and how a volunteer can go to seniors' homes. */
@Injectable()
export class VolunteerProfilesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** A volunteer who never filled in their profile gets an empty one. */
  async get(user: AuthUser, volunteerId: string): Promise<VolunteerProfile> {
    const volunteer = await managedVolunteer(this.db.manager, user, volunteerId);
    const [row]: ProfileRow[] = await this.db.query(
      `SELECT * FROM volunteer_profiles WHERE volunteer_id = $1`,
      [volunteer.id],
    );
    return row
      ? toProfile(row)
      : {
          volunteerId: volunteer.id,
          centreId: volunteer.centreId,
          towns: [],
          travelMode: null,
          maxVisitsPerWeek: null,
          languages: [],
          unknownTowns: [],
          updatedAt: null,
        };
  }

  async update(
    user: AuthUser,
    volunteerId: string,
    input: UpdateVolunteerProfile,
  ): Promise<VolunteerProfile> {
    const volunteer = await managedVolunteer(this.db.manager, user, volunteerId);
    const [row]: ProfileRow[] = await this.db.query(
      `INSERT INTO volunteer_profiles (volunteer_id, centre_id, towns, travel_mode, max_visits_per_week, languages)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (volunteer_id) DO UPDATE
         SET towns = EXCLUDED.towns, travel_mode = EXCLUDED.travel_mode,
             max_visits_per_week = EXCLUDED.max_visits_per_week, languages = EXCLUDED.languages,
             updated_at = now()
       RETURNING *`,
      [
        volunteer.id,
        volunteer.centreId,
        distinct(input.towns),
        input.travelMode,
        input.maxVisitsPerWeek,
        distinct(input.languages.map((l) => l.toLocaleLowerCase('fr'))),
      ],
    );
    return toProfile(row!);
  }
}

/** Keeps the first spelling of each value, ignoring case. */
function distinct(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = v.toLocaleLowerCase('fr');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function toProfile(r: ProfileRow): VolunteerProfile {
  return {
    volunteerId: r.volunteer_id,
    centreId: r.centre_id,
    towns: r.towns,
    travelMode: r.travel_mode,
    maxVisitsPerWeek: r.max_visits_per_week,
    languages: r.languages,
    unknownTowns: r.towns.filter((t) => locateTown(t) === null),
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}
