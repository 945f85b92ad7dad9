import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { course as limites } from '../../apps/api/src/courses/seed/content/limites-du-role-et-donnees-personnelles';
import { DEMO, DEMO_PASSWORD, expectAccessible } from './support';

async function logIn(page: Page, email: string): Promise<void> {
  await page.goto('/connexion');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page).not.toHaveURL(/connexion/);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('a volunteer completes a required training, downloads the attestation, and its code verifies', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await logIn(page, DEMO.trainee);
  await page
    .getByRole('navigation', { name: 'Menu de votre espace' })
    .getByRole('link', { name: 'Mes formations' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mes formations' })).toBeVisible();
  await expectAccessible(page, 'my courses');

  // the catalogue lists the volunteer trainings
  await page.getByRole('link', { name: 'Voir le catalogue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Catalogue des formations' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Préparer et prêter une tablette' })).toBeVisible();
  await expectAccessible(page, 'catalogue');
  await page.getByRole('link', { name: 'Retour à mes formations' }).click();

  // open the training and walk every lesson, answering the quizzes right
  await page.getByRole('link', { name: limites.title }).click();
  await expect(page.getByRole('heading', { level: 1, name: limites.title })).toBeVisible();
  await expectAccessible(page, 'course page');
  await page
    .getByRole('link', { name: /^(Commencer|Reprendre)$/ })
    .first()
    .click();

  const lessons = limites.modules.flatMap((m) => m.lessons);
  for (const [li, lesson] of lessons.entries()) {
    await expect(page.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible();
    for (const [si, step] of lesson.steps.entries()) {
      await expect(page.getByText(`Étape ${si + 1} sur ${lesson.steps.length}`)).toBeVisible();
      if (step.type === 'quiz') {
        if (li === 0) await expectAccessible(page, 'quiz');
        for (const question of step.questions) {
          const group = page.getByRole('group', { name: new RegExp(escape(question.prompt)) });
          for (const choice of question.choices.filter((c) => c.correct)) {
            await group.getByLabel(choice.text, { exact: true }).check();
          }
        }
        await page.getByRole('button', { name: 'Valider mes réponses' }).click();
        await expect(page.getByText('Quiz réussi. Bravo !')).toBeVisible();
        if (li === 0) await expectAccessible(page, 'quiz feedback');
      } else if (step.type === 'practice') {
        await page.getByRole('button', { name: 'Je l’ai fait' }).click();
        await expect(page.getByText('C’est noté. Vous pouvez passer à la suite.')).toBeVisible();
      } else if (li === 0 && si === 0) {
        await expectAccessible(page, 'text step');
      }
      const last = si === lesson.steps.length - 1;
      await page.getByRole('button', { name: last ? 'Terminer la leçon' : 'Suivant' }).click();
    }
    await expect(page.getByRole('heading', { name: 'Bilan de la leçon' })).toBeVisible();
    if (li < lessons.length - 1) await page.getByRole('link', { name: 'Leçon suivante' }).click();
  }

  // the course is complete: download the attestation
  await expect(page.getByRole('heading', { name: 'Félicitations, formation terminée !' })).toBeVisible();
  await expectAccessible(page, 'course completed');
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Télécharger mon attestation' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^attestation-PAS-[A-Z0-9]{4}-[A-Z0-9]{4}\.pdf$/);
  const pdf = readFileSync(await download.path());
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const code = download.suggestedFilename().replace(/^attestation-|\.pdf$/g, '');

  await page
    .getByRole('navigation', { name: 'Menu de votre espace' })
    .getByRole('link', { name: 'Mes attestations' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mes attestations' })).toBeVisible();
  await expect(page.getByText(code)).toBeVisible();
  await expectAccessible(page, 'my certificates');

  // anyone, signed out, can check the code
  const visitorContext = await browser.newContext({ locale: 'fr-FR' });
  const visitor = await visitorContext.newPage();
  await visitor.goto('/verifier');
  await visitor.getByLabel('Code de l’attestation').fill(code.toLowerCase());
  await visitor.getByRole('button', { name: 'Vérifier' }).click();
  await expect(visitor.getByRole('heading', { name: 'Attestation valide' })).toBeVisible();
  await expect(visitor.getByText('Thomas Lefebvre')).toBeVisible();
  await expect(visitor.getByText(limites.title)).toBeVisible();
  await expectAccessible(visitor, 'verification');
  await visitor.goto('/verifier/PAS-2222-3333');
  await expect(visitor.getByRole('alert')).toContainText('Aucune attestation ne correspond à ce code.');
  await visitorContext.close();
});
