import { MigrationInterface, QueryRunner } from 'typeorm';

/** The Pix framework (built on DigComp): stored as data, referenced by courses. */
const COMPETENCES: Array<[string, string, string]> = [
  ['1.1', 'Informations et données', 'Mener une recherche et une veille d’information'],
  ['1.2', 'Informations et données', 'Gérer des données'],
  ['1.3', 'Informations et données', 'Traiter des données'],
  ['2.1', 'Communication et collaboration', 'Interagir'],
  ['2.2', 'Communication et collaboration', 'Partager et publier'],
  ['2.3', 'Communication et collaboration', 'Collaborer'],
  ['2.4', 'Communication et collaboration', 'S’insérer dans le monde numérique'],
  ['3.1', 'Création de contenu', 'Développer des documents textuels'],
  ['3.2', 'Création de contenu', 'Développer des documents multimédia'],
  ['3.3', 'Création de contenu', 'Adapter les documents à leur finalité'],
  ['3.4', 'Création de contenu', 'Programmer'],
  ['4.1', 'Protection et sécurité', 'Sécuriser l’environnement numérique'],
  ['4.2', 'Protection et sécurité', 'Protéger les données personnelles et la vie privée'],
  ['4.3', 'Protection et sécurité', 'Protéger la santé, le bien-être et l’environnement'],
  ['5.1', 'Environnement numérique', 'Résoudre des problèmes techniques'],
  ['5.2', 'Environnement numérique', 'Construire un environnement numérique'],
];

export class CoursesAndLearning1764489600000 implements MigrationInterface {
  name = 'CoursesAndLearning1764489600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE competences (
        code text PRIMARY KEY,
        area text NOT NULL,
        title text NOT NULL
      )`);
    for (const [code, area, title] of COMPETENCES) {
      await q.query(`INSERT INTO competences (code, area, title) VALUES ($1, $2, $3)`, [code, area, title]);
    }
    await q.query(`
      CREATE TABLE media (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        federation_id uuid NOT NULL REFERENCES federations(id),
        centre_id uuid NULL REFERENCES centres(id),
        kind text NOT NULL,
        mime_type text NOT NULL,
        size_bytes int NOT NULL,
        original_name text NOT NULL,
        created_by_id uuid NULL REFERENCES people(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT media_kind_known CHECK (kind IN ('image', 'video', 'captions')),
        CONSTRAINT media_size_positive CHECK (size_bytes > 0)
      )`);
    await q.query(`
      CREATE TABLE courses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        federation_id uuid NOT NULL REFERENCES federations(id),
        centre_id uuid NULL REFERENCES centres(id),
        slug text NOT NULL,
        created_by_id uuid NULL REFERENCES people(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        archived_at timestamptz NULL,
        CONSTRAINT courses_slug_unique_per_federation UNIQUE (federation_id, slug)
      )`);
    await q.query(`
      CREATE TABLE course_versions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
        centre_id uuid NULL REFERENCES centres(id),
        version int NOT NULL,
        status text NOT NULL,
        title text NOT NULL,
        summary text NOT NULL,
        audience text NOT NULL,
        level int NOT NULL,
        estimated_minutes int NOT NULL,
        competence_codes text[] NOT NULL DEFAULT '{}',
        required_for_visits boolean NOT NULL DEFAULT false,
        cover_media_id uuid NULL REFERENCES media(id),
        content jsonb NOT NULL,
        created_by_id uuid NULL REFERENCES people(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz NULL,
        published_by_id uuid NULL REFERENCES people(id),
        CONSTRAINT course_versions_status_known CHECK (status IN ('draft', 'published', 'superseded')),
        CONSTRAINT course_versions_audience_known CHECK (audience IN ('senior', 'volunteer', 'both')),
        CONSTRAINT course_versions_level_known CHECK (level BETWEEN 1 AND 3),
        CONSTRAINT course_versions_number_unique UNIQUE (course_id, version)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX one_draft_per_course ON course_versions (course_id) WHERE status = 'draft'`,
    );
    await q.query(
      `CREATE UNIQUE INDEX one_published_version_per_course ON course_versions (course_id) WHERE status = 'published'`,
    );
    await q.query(`
      CREATE TABLE cohorts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        centre_id uuid NOT NULL REFERENCES centres(id),
        name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT cohorts_name_unique_per_centre UNIQUE (centre_id, name),
        CONSTRAINT cohorts_id_centre_unique UNIQUE (id, centre_id)
      )`);
    await q.query(`
      CREATE TABLE cohort_members (
        cohort_id uuid NOT NULL,
        person_id uuid NOT NULL,
        centre_id uuid NOT NULL,
        PRIMARY KEY (cohort_id, person_id),
        CONSTRAINT cohort_members_cohort_in_centre FOREIGN KEY (cohort_id, centre_id)
          REFERENCES cohorts (id, centre_id) ON DELETE CASCADE,
        CONSTRAINT cohort_members_person_in_centre FOREIGN KEY (person_id, centre_id) REFERENCES people (id, centre_id)
      )`);
    await q.query(`
      CREATE TABLE enrolments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        centre_id uuid NOT NULL REFERENCES centres(id),
        person_id uuid NOT NULL REFERENCES people(id),
        course_id uuid NOT NULL REFERENCES courses(id),
        source text NOT NULL,
        enrolled_by_id uuid NULL REFERENCES people(id),
        status text NOT NULL DEFAULT 'not_started',
        percent int NOT NULL DEFAULT 0,
        resume_step_key text NULL,
        completed_at timestamptz NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT enrolments_source_known CHECK (source IN ('assigned', 'self')),
        CONSTRAINT enrolments_status_known CHECK (status IN ('not_started', 'in_progress', 'completed')),
        CONSTRAINT enrolments_completed_has_date CHECK ((status = 'completed') = (completed_at IS NOT NULL)),
        CONSTRAINT one_enrolment_per_person_and_course UNIQUE (person_id, course_id),
        CONSTRAINT enrolments_person_in_centre FOREIGN KEY (person_id, centre_id) REFERENCES people (id, centre_id)
      )`);
    await q.query(`CREATE INDEX enrolments_course_idx ON enrolments (course_id, centre_id)`);
    await q.query(`
      CREATE TABLE learning_records (
        id uuid PRIMARY KEY,
        centre_id uuid NOT NULL REFERENCES centres(id),
        person_id uuid NOT NULL REFERENCES people(id),
        course_id uuid NOT NULL REFERENCES courses(id),
        course_version int NOT NULL,
        step_key text NOT NULL,
        verb text NOT NULL,
        result jsonb NULL,
        context jsonb NOT NULL DEFAULT '{}',
        device_id uuid NULL,
        visit_id uuid NULL,
        instructor_id uuid NULL REFERENCES people(id),
        sent_by_id uuid NOT NULL REFERENCES people(id),
        occurred_at timestamptz NOT NULL,
        stored_at timestamptz NOT NULL DEFAULT now(),
        content_hash text NOT NULL,
        CONSTRAINT learning_records_verb_known CHECK (verb IN ('experienced', 'answered', 'completed', 'asked-help', 'observed')),
        CONSTRAINT learning_records_person_in_centre FOREIGN KEY (person_id, centre_id) REFERENCES people (id, centre_id)
      )`);
    await q.query(
      `CREATE INDEX learning_records_person_course_idx ON learning_records (person_id, course_id, occurred_at)`,
    );
    await q.query(
      `CREATE INDEX learning_records_device_idx ON learning_records (device_id) WHERE device_id IS NOT NULL`,
    );
    await q.query(`
      CREATE TABLE step_states (
        person_id uuid NOT NULL REFERENCES people(id),
        course_id uuid NOT NULL REFERENCES courses(id),
        step_key text NOT NULL,
        centre_id uuid NOT NULL REFERENCES centres(id),
        status text NOT NULL,
        complete boolean NOT NULL,
        score int NULL,
        attempts int NOT NULL DEFAULT 0,
        observation text NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (person_id, course_id, step_key),
        CONSTRAINT step_states_status_known CHECK (status IN ('seen', 'passed', 'failed', 'done', 'needs_help', 'observed')),
        CONSTRAINT step_states_observation_known CHECK (observation IS NULL OR observation IN ('alone', 'with_help', 'not_yet'))
      )`);
    await q.query(`
      CREATE TABLE certificates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL,
        centre_id uuid NOT NULL REFERENCES centres(id),
        person_id uuid NOT NULL REFERENCES people(id),
        course_id uuid NOT NULL REFERENCES courses(id),
        course_version int NOT NULL,
        learner_name text NOT NULL,
        course_title text NOT NULL,
        centre_name text NOT NULL,
        duration_minutes int NOT NULL,
        competences jsonb NOT NULL,
        issued_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz NULL,
        CONSTRAINT certificates_code_unique UNIQUE (code),
        CONSTRAINT one_certificate_per_person_and_course UNIQUE (person_id, course_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'certificates',
      'step_states',
      'learning_records',
      'enrolments',
      'course_versions',
      'courses',
      'cohort_members',
      'cohorts',
      'media',
      'competences',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
