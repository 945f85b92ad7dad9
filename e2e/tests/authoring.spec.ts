import { expect, test, type Page } from '@playwright/test';
import { DEMO, DEMO_PASSWORD, expectAccessible } from './support';

// Smallest valid files of each kind: the server checks content, not names.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const MP4 = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypmp42'), Buffer.alloc(12)]);
const VTT = Buffer.from('WEBVTT\n\n00:00.000 --> 00:03.000\nTouchez l’appareil photo.\n');

async function logIn(page: Page, email: string): Promise<void> {
  await page.goto('/connexion');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page).not.toHaveURL(/connexion/);
}

async function addStep(page: Page, type: string): Promise<void> {
  await page.getByLabel('Type de l’étape').selectOption({ label: type });
  await page.getByRole('button', { name: 'Ajouter une étape' }).click();
}

test('a coordinator builds a course with every step type, publishes it and assigns it', async ({ page }) => {
  test.setTimeout(120_000);
  const title = 'Prendre une photo et l’envoyer';
  await logIn(page, DEMO.coordinatorLille);
  await page
    .getByRole('navigation', { name: 'Menu de votre espace' })
    .getByRole('link', { name: 'Cours' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cours' })).toBeVisible();
  await expectAccessible(page, 'course list');

  await page.getByRole('link', { name: 'Créer un cours' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Créer un cours' })).toBeVisible();
  await page.getByLabel('Titre', { exact: true }).fill(title);
  await page.getByLabel('Résumé').fill('Photographier un moment et le partager avec ses proches.');
  await page.getByRole('radio', { name: 'Seniors' }).check();
  await page.getByLabel('Niveau').selectOption({ label: '1 – Découverte' });
  await page.getByLabel('Durée estimée (minutes)').fill('40');
  await page.getByRole('checkbox', { name: /^2\.2 / }).check();
  await expectAccessible(page, 'create course');
  await page.getByRole('button', { name: 'Créer le cours' }).click();

  // the editor opens on the new course with a first text step
  await expect(page.getByRole('heading', { level: 1, name: `Modifier « ${title} »` })).toBeVisible();
  await page.getByRole('button', { name: /^Étape 1 : Texte/ }).click();
  await page
    .getByLabel('Texte', { exact: true })
    .fill('L’appareil photo est une icône grise. **Touchez-la une fois.**');

  await addStep(page, 'Image');
  await page
    .getByLabel('Image', { exact: true })
    .setInputFiles({ name: 'icone.png', mimeType: 'image/png', buffer: PNG });
  await page.getByLabel('Texte alternatif').fill('L’icône de l’appareil photo, un rond dans un carré gris.');
  await expect(page.locator('img[src^="/api/media/"]').first()).toBeVisible();

  await addStep(page, 'Vidéo');
  await page.getByLabel('Titre', { exact: true }).fill('Prendre la photo');
  await page
    .getByLabel('Fichier vidéo')
    .setInputFiles({ name: 'photo.mp4', mimeType: 'video/mp4', buffer: MP4 });
  await page
    .getByLabel('Sous-titres (fichier WebVTT)')
    .setInputFiles({ name: 'photo.vtt', mimeType: 'text/vtt', buffer: VTT });
  // uploads are asynchronous: wait for both before leaving the step (a busy machine is slower)
  await expect(page.getByText('Fichier « photo.mp4 » envoyé.')).toBeVisible();
  await expect(page.getByText('Fichier « photo.vtt » envoyé.')).toBeVisible();

  await addStep(page, 'Quiz');
  await page.getByLabel('Seuil de réussite (%)').fill('100');
  const question = page.getByRole('group', { name: 'Question 1' });
  await question.getByLabel('Intitulé').fill('Où se trouve le bouton pour photographier ?');
  const answers = question.getByRole('group', { name: /^Réponse \d$/ });
  if ((await answers.count()) < 2)
    await question.getByRole('button', { name: /Ajouter une réponse/ }).click();
  await answers.nth(0).getByLabel('Texte').fill('Le grand rond blanc en bas');
  await answers.nth(0).getByLabel('Bonne réponse').check();
  await answers.nth(0).getByLabel('Explication').fill('Oui : un appui, et la photo est prise.');
  await answers.nth(1).getByLabel('Texte').fill('Le bouton du volume');
  await answers
    .nth(1)
    .getByLabel('Explication')
    .fill('Sur certaines tablettes oui, mais le rond blanc marche partout.');

  await addStep(page, 'Exercice pratique');
  await page.getByLabel('Titre', { exact: true }).fill('À vous');
  await page.getByLabel('Consigne').fill('Prenez une photo de votre salon.');

  await addStep(page, 'Observation à domicile');
  await page.getByLabel('Savoir-faire observé').fill('Prendre une photo seul');
  await page
    .getByLabel('Ce que le bénévole regarde')
    .fill('La personne ouvre l’appareil photo et déclenche sans aide.');
  await expectAccessible(page, 'editor');

  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(page.getByText('Tout est enregistré')).toBeVisible();

  // a step can be moved with the keyboard-friendly buttons, then saved again
  await page.getByRole('button', { name: /^Descendre : Étape 1 : Texte/ }).click();
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(page.getByText('Tout est enregistré')).toBeVisible();

  await page.getByRole('button', { name: 'Aperçu' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Aperçu : ${title}` })).toBeVisible();
  await expect(page.getByText('Le grand rond blanc en bas')).toBeVisible();
  await expectAccessible(page, 'preview');
  await page.getByRole('link', { name: 'Retour à l’éditeur' }).first().click();

  await page.getByRole('button', { name: 'Publier' }).click();
  await page.getByRole('button', { name: 'Oui, publier' }).click();
  await expect(page.getByText('Cours publié (version 1)')).toBeVisible();

  // assign it to a senior of the centre and see them in the follow-up table
  await page.getByRole('link', { name: 'Inscriptions et suivi' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inscriptions et suivi' })).toBeVisible();
  await page.getByLabel('Personnes', { exact: true }).selectOption({ label: 'Seniors' });
  await page.getByLabel('Nom').fill('Amrani');
  await page.getByRole('button', { name: 'Chercher' }).click();
  await page.getByRole('group', { name: 'Personnes à inscrire' }).getByRole('checkbox').first().check();
  await page.getByRole('button', { name: 'Inscrire' }).click();
  await expect(page.getByText(/1 personne inscrite/)).toBeVisible();
  await expect(page.getByRole('table')).toContainText('Amrani');
  await expectAccessible(page, 'follow-up');
  const trackingUrl = page.url();

  // a group of seniors, then the whole group enrolled at once
  await page
    .getByRole('navigation', { name: 'Menu de votre espace' })
    .getByRole('link', { name: 'Groupes' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Groupes' })).toBeVisible();
  await page.getByRole('link', { name: 'Créer un groupe' }).click();
  await page.getByLabel('Nom du groupe').fill('Atelier photo du jeudi');
  const members = page.getByRole('group', { name: 'Membres du groupe' }).getByRole('checkbox');
  await expect(members.first()).toBeVisible();
  await members.nth(0).check();
  await members.nth(1).check();
  await expectAccessible(page, 'group editor');
  await page.getByRole('button', { name: 'Enregistrer le groupe' }).click();
  await expect(page.getByText(/Le groupe « Atelier photo du jeudi » est enregistré/)).toBeVisible();
  await expectAccessible(page, 'groups');

  await page.goto(trackingUrl);
  await page.getByLabel('Groupe', { exact: true }).selectOption({ label: 'Atelier photo du jeudi (2)' });
  await page.getByRole('button', { name: 'Inscrire le groupe' }).click();
  await expect(page.getByText(/inscrite?s?/).last()).toBeVisible();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(await countRows(page));
});

/** Header row plus one row per enrolled learner, read back from the API. */
async function countRows(page: Page): Promise<number> {
  const courseId = page.url().split('/cours/')[1]!.split('/')[0]!;
  const session = await page.evaluate(() => JSON.parse(localStorage.getItem('passerelle.session') ?? '{}'));
  const res = await page.request.get(`/api/courses/${courseId}/learners`, {
    headers: { authorization: `Bearer ${session.accessToken}` },
  });
  const learners = (await res.json()) as unknown[];
  expect(learners.length).toBeGreaterThanOrEqual(2);
  return learners.length + 1;
}
