import { expect, test, type APIRequestContext } from '@playwright/test';
import { DEMO, DEMO_PASSWORD, expectAccessible, logIn } from './support';

/** 'YYYY-MM-DD' of the next Tuesday after today, in Paris. */
function nextTuesday(): string {
  const today = new Date(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date()));
  const days = ((2 - today.getUTCDay() + 7) % 7) + 7; // the Tuesday of next week: clear of today's slots
  today.setUTCDate(today.getUTCDate() + days);
  return today.toISOString().slice(0, 10);
}

async function coordinatorApi(request: APIRequestContext) {
  const login = await request.post('/api/auth/login', {
    data: { email: DEMO.coordinatorLille, password: DEMO_PASSWORD },
  });
  return { authorization: `Bearer ${(await login.json()).accessToken}` };
}

test('a coordinator books a home visit from a suggestion; an overlapping time is refused with the visit it clashes with', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await logIn(page, DEMO.coordinatorLille);
  await expect(page).toHaveURL(/\/coordination/);
  await page
    .getByRole('navigation', { name: 'Menu de votre espace' })
    .getByRole('link', { name: 'Visites' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Planning des visites' })).toBeVisible();
  await expectAccessible(page, 'planning');

  await page.getByRole('link', { name: 'Planifier une visite' }).click();
  await page.getByLabel('Senior', { exact: true }).selectOption({ label: 'Joseph Nowak' });
  await page.getByLabel('Bénévole', { exact: true }).selectOption({ label: 'Camille Dubois' });
  await expect(page.getByRole('heading', { name: 'Créneaux libres de Camille Dubois' })).toBeVisible();
  await page.getByLabel('Date', { exact: true }).fill(nextTuesday());
  // Camille already visits someone on Tuesdays at 14:00 (demo data): 14:00 clashes…
  await page.getByLabel('Heure de début').fill('14:00');
  await page.getByRole('button', { name: 'Planifier la visite' }).click();
  await expect(page.getByText('Ce créneau n’est pas libre (trajet compris) :')).toBeVisible();
  await expect(page.getByText(/Camille Dubois a déjà une visite/)).toBeVisible();
  await expectAccessible(page, 'booking conflict');
  // …the suggestions only offer free times, journey included: book the first one for Camille
  await page.getByRole('button', { name: 'Proposer des créneaux' }).click();
  const slot = page.getByRole('button', { name: /^Camille Dubois — / }).first();
  await expect(slot).toBeVisible();
  // each volunteer comes with the estimated journey to the senior's town, by their means of travel
  const camille = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Camille Dubois' }) });
  await expect(camille.getByText(/environ \d+ min en transports en commun/)).toBeVisible();
  await expectAccessible(page, 'suggestions');
  await slot.click();
  await expect(slot).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Planifier la visite' }).click();
  await expect(page.getByText(/Visite planifiée/)).toBeVisible();
  await expectAccessible(page, 'visit booked');
});

test('a volunteer files a visit report from a phone; the observed skill counts in the senior’s progress', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await logIn(page, DEMO.volunteer);
  await expect(page).toHaveURL(/\/benevole/);
  await page
    .getByRole('navigation', { name: 'Menu de votre espace' })
    .getByRole('link', { name: 'Mes visites' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mes visites' })).toBeVisible();
  await expectAccessible(page, 'my visits');
  await page.getByRole('listitem').filter({ hasText: 'Rapport à faire' }).getByRole('link').first().click();
  const heading = page.getByRole('heading', { level: 1, name: /^Visite chez / });
  await expect(heading).toBeVisible();
  const seniorName = (await heading.textContent())!.replace('Visite chez', '').trim();
  await expectAccessible(page, 'visit page');

  // the senior's progress in « Prendre en main sa tablette » before the report
  const auth = await coordinatorApi(request);
  const catalogue = await (await request.get('/api/catalogue?pageSize=100', { headers: auth })).json();
  const course = (catalogue.items as Array<{ id: string; title: string }>).find(
    (c) => c.title === 'Prendre en main sa tablette',
  )!;
  const percentOf = async () => {
    const learners = await (
      await request.get(`/api/courses/${course.id}/learners`, { headers: auth })
    ).json();
    const me = (learners as Array<{ person: { firstName: string; lastName: string }; percent: number }>).find(
      (l) => `${l.person.firstName} ${l.person.lastName}` === seniorName,
    );
    return me?.percent ?? 0;
  };
  const before = await percentOf();

  await page.getByRole('link', { name: 'Faire le rapport' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rapport de visite' })).toBeVisible();
  await page.getByRole('radio', { name: 'La visite a eu lieu' }).check();
  await expect(page.getByRole('heading', { level: 2, name: 'Compétences observées' })).toBeVisible();
  await page.getByRole('radio', { name: 'Seul·e' }).first().check();
  await expect(
    page
      .getByText('N’écrivez pas d’information de santé', { exact: false })
      .or(page.getByText("N'écrivez pas d'information de santé", { exact: false })),
  ).toBeVisible();
  await page.getByRole('group', { name: 'Autonomie de la personne' }).getByRole('radio').nth(1).check();
  await expectAccessible(page, 'visit report');
  await page.getByRole('button', { name: 'Envoyer le rapport' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Rapport envoyé' })).toBeVisible();
  await expectAccessible(page, 'report sent');

  await expect.poll(percentOf).toBeGreaterThan(before);
});

test('a volunteer sets the towns they cover and how they travel; a misspelt town is flagged', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await logIn(page, DEMO.trainee);
  await page
    .getByRole('navigation', { name: 'Menu de votre espace' })
    .getByRole('link', { name: 'Mes visites' })
    .click();
  await page.getByRole('link', { name: 'Charte et disponibilités' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Préparer mes visites' })).toBeVisible();
  const profile = page.locator('pa-volunteer-profile-form');
  await expect(
    profile.getByRole('heading', { level: 2, name: 'Profil de visites à domicile' }),
  ).toBeVisible();
  await expect(profile.getByText('Mons-en-Barœul', { exact: true })).toBeVisible();

  const town = profile.getByRole('combobox', { name: /Ajouter une commune/ });
  await town.fill('Lile-Moulin');
  await expect(
    profile.getByText('Aucune commune connue ne commence par « Lile-Moulin »', { exact: false }),
  ).toBeVisible();
  await profile.getByRole('button', { name: 'Ajouter', exact: true }).click();
  await profile.getByRole('radio', { name: 'À vélo' }).check();
  await profile.getByRole('spinbutton', { name: /Visites par semaine/ }).fill('3');
  await profile.getByRole('button', { name: 'Enregistrer le profil' }).click();
  await expect(profile.getByText('Profil enregistré.')).toBeVisible();
  await expect(profile.getByText(/inconnue\(s\) de l’annuaire : Lile-Moulin/)).toBeVisible();
  await expectAccessible(page, 'volunteer profile');

  await profile.getByRole('button', { name: 'Retirer Lile-Moulin' }).click();
  await profile.getByRole('button', { name: 'Enregistrer le profil' }).click();
  await expect(profile.getByText('Profil enregistré.')).toBeVisible();
  await expect(profile.getByText(/inconnue\(s\) de l’annuaire/)).toHaveCount(0);
});
