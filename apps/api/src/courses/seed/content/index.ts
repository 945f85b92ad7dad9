import type { SeedCourse } from '../seed-course';
import { course as prendreEnMainSaTablette } from './prendre-en-main-sa-tablette';
import { course as appelerSesProchesEnVideo } from './appeler-ses-proches-en-video';
import { course as rejoindreUneReunionADistance } from './rejoindre-une-reunion-a-distance';
import { course as ecrireEtLireSesEMails } from './ecrire-et-lire-ses-e-mails';
import { course as remplirEtImprimerUneAttestationEnLigne } from './remplir-et-imprimer-une-attestation-en-ligne';
import { course as eviterLesArnaques } from './eviter-les-arnaques';
import { course as accompagnerUnSeniorADomicile } from './accompagner-un-senior-a-domicile';
import { course as preparerEtPreterUneTablette } from './preparer-et-preter-une-tablette';
import { course as animerUnPremierAppelVideoAvecLaFamille } from './animer-un-premier-appel-video-avec-la-famille';
import { course as limitesDuRoleEtDonneesPersonnelles } from './limites-du-role-et-donnees-personnelles';

/**
 * The courses every new Passerelle installation starts with, in catalogue order:
 * the senior courses first (from the very first steps to the most advanced), then the volunteer trainings
 * (the two required before home visits first).
 */
export const SEED_COURSES: SeedCourse[] = [
  prendreEnMainSaTablette,
  appelerSesProchesEnVideo,
  ecrireEtLireSesEMails,
  rejoindreUneReunionADistance,
  remplirEtImprimerUneAttestationEnLigne,
  eviterLesArnaques,
  accompagnerUnSeniorADomicile,
  limitesDuRoleEtDonneesPersonnelles,
  preparerEtPreterUneTablette,
  animerUnPremierAppelVideoAvecLaFamille,
];
