import type { SeedCourse } from '../seed-course';

const SVG_FORMULAIRE = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 460" role="img" font-family="Arial, sans-serif">
<rect width="600" height="460" fill="#ffffff" stroke="#1f2937" stroke-width="4"/>
<text x="24" y="44" font-size="26" font-weight="bold" fill="#111827">Attestation</text>
<text x="24" y="88" font-size="22" font-weight="bold" fill="#111827">Nom <tspan fill="#b91c1c">*</tspan></text>
<rect x="24" y="98" width="400" height="44" rx="6" fill="#ffffff" stroke="#1d4ed8" stroke-width="4"/>
<text x="36" y="128" font-size="22" fill="#111827">Dupont|</text>
<text x="440" y="128" font-size="18" font-weight="bold" fill="#1d4ed8">← champ</text>
<text x="24" y="180" font-size="22" font-weight="bold" fill="#111827">Date de naissance <tspan fill="#b91c1c">*</tspan></text>
<rect x="24" y="190" width="400" height="44" rx="6" fill="#fef2f2" stroke="#b91c1c" stroke-width="3"/>
<text x="36" y="220" font-size="20" fill="#6b7280">JJ/MM/AAAA</text>
<text x="24" y="258" font-size="18" font-weight="bold" fill="#b91c1c">Ce champ est obligatoire</text>
<rect x="24" y="284" width="34" height="34" rx="4" fill="#ffffff" stroke="#111827" stroke-width="3"/>
<path d="M30 300 l8 10 l14 -18" fill="none" stroke="#16a34a" stroke-width="5"/>
<text x="72" y="310" font-size="22" fill="#111827">Je certifie sur l’honneur</text>
<text x="440" y="310" font-size="18" font-weight="bold" fill="#1d4ed8">← case</text>
<rect x="24" y="360" width="220" height="58" rx="29" fill="#16a34a"/>
<text x="134" y="397" font-size="24" font-weight="bold" text-anchor="middle" fill="#ffffff">Valider</text>
<text x="270" y="388" font-size="18" fill="#111827"><tspan fill="#b91c1c">*</tspan> = obligatoire</text>
</svg>`;

const SVG_PDF = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 360" role="img" font-family="Arial, sans-serif">
<rect width="600" height="360" fill="#ffffff"/>
<rect x="20" y="20" width="560" height="70" rx="10" fill="#e5e7eb" stroke="#1f2937" stroke-width="3"/>
<text x="40" y="64" font-size="24" font-weight="bold" fill="#111827">Enregistrer au format PDF</text>
<path d="M520 46 l14 14 l14 -14" fill="none" stroke="#111827" stroke-width="4"/>
<rect x="60" y="120" width="180" height="220" fill="#ffffff" stroke="#1f2937" stroke-width="3"/>
<line x1="80" y1="160" x2="220" y2="160" stroke="#9ca3af" stroke-width="6"/>
<line x1="80" y1="190" x2="220" y2="190" stroke="#9ca3af" stroke-width="6"/>
<line x1="80" y1="220" x2="180" y2="220" stroke="#9ca3af" stroke-width="6"/>
<circle cx="460" cy="230" r="62" fill="#dc2626"/>
<text x="460" y="242" font-size="34" font-weight="bold" text-anchor="middle" fill="#ffffff">PDF</text>
<text x="460" y="330" font-size="22" font-weight="bold" text-anchor="middle" fill="#111827">Toucher pour enregistrer</text>
<text x="150" y="355" font-size="18" text-anchor="middle" fill="#4b5563">Aperçu du document</text>
</svg>`;

export const course: SeedCourse = {
  key: 'remplir-et-imprimer-une-attestation-en-ligne',
  title: 'Remplir et imprimer une attestation en ligne',
  summary:
    'Beaucoup de papiers se remplissent aujourd’hui sur internet : attestations, inscriptions, demandes. Pendant le confinement de 2020, il fallait même une attestation pour sortir de chez soi. Vous apprenez à remplir vous-même un formulaire en ligne, à vérifier vos réponses, à enregistrer le document obtenu, puis à l’imprimer au centre social ou à l’envoyer par e-mail. Le bénévole vous guide, mais c’est toujours vous qui remplissez.',
  audience: 'senior',
  level: 2,
  estimatedMinutes: 80,
  competenceCodes: ['3.1', '1.2', '2.4'],
  modules: [
    {
      key: 'remplir-le-formulaire',
      title: 'Remplir le formulaire',
      lessons: [
        {
          key: 'les-formulaires-en-ligne',
          title: 'Les formulaires en ligne',
          required: true,
          steps: [
            {
              key: 'formulaire-c-est-quoi',
              type: 'text',
              title: 'Un papier à remplir, mais sur l’écran',
              markdown: `Un **formulaire en ligne**, c’est un papier à remplir sur internet. Au lieu d’écrire au stylo, vous tapez vos réponses sur la tablette.

À la fin, le site fabrique un **document** à votre nom. Vous pouvez le garder sur la tablette, l’imprimer ou l’envoyer.

Vous en rencontrerez souvent :

- une attestation sur l’honneur ;
- une inscription à une activité ou à un voyage ;
- une demande auprès de votre mairie ou d’un service public ;
- un formulaire de contact.`,
            },
            {
              key: 'souvenir-2020',
              type: 'text',
              title: 'Un souvenir : l’attestation de 2020',
              markdown: `Vous vous en souvenez peut-être. Au printemps 2020, pendant le confinement, il fallait une **attestation de déplacement** pour sortir. Faire ses courses, aller chez le médecin, promener le chien : il fallait cocher un motif.

On pouvait la recopier à la main, sur papier libre. Le ministère de l’Intérieur proposait aussi un formulaire en ligne. On y tapait son nom, son adresse et l’heure de sortie. Le site fabriquait un document avec un **code QR**, un petit carré de points noirs et blancs. On pouvait le montrer sur son téléphone.

Beaucoup de personnes n’avaient ni imprimante, ni ordinateur. Des centres sociaux ont alors ouvert des permanences pour imprimer ces attestations.

Cette attestation n’existe plus. Mais les gestes appris alors servent encore tous les jours.`,
            },
            {
              key: 'c-est-vous-qui-remplissez',
              type: 'text',
              title: 'C’est vous qui remplissez',
              markdown: `Une attestation est **une déclaration à votre nom**. Vous y certifiez que ce que vous écrivez est vrai. C’est pourquoi vous la remplissez **vous-même**.

Le bénévole peut :

- vous expliquer ce que veut dire une question ;
- vous montrer où toucher ;
- vous encourager et attendre.

Le bénévole ne peut pas :

- remplir le formulaire à votre place ;
- taper vos mots de passe ou vos codes ;
- garder une copie de vos documents.

Pour une démarche administrative plus compliquée, le centre social vous orientera vers un **conseiller numérique** ou un espace **France Services**. Leurs agents sont formés pour cela.`,
            },
            {
              key: 'site-officiel',
              type: 'text',
              title: 'Être sur le bon site',
              markdown: `Sur internet, de faux sites imitent les sites officiels. Ils font payer des démarches gratuites, ou volent vos informations.

Quelques repères :

1. Les sites de l’État ont une adresse qui se termine par **.gouv.fr**. Par exemple : **service-public.gouv.fr**.
2. Passez par un lien donné par le centre social ou par votre mairie, plutôt que par une publicité.
3. Une attestation officielle est presque toujours **gratuite**. Si l’on vous demande de payer, arrêtez-vous et demandez conseil.
4. Ne touchez jamais un lien reçu par un SMS inattendu pour faire une démarche.`,
            },
            {
              key: 'image-formulaire',
              type: 'image',
              svg: SVG_FORMULAIRE,
              alt: 'Un formulaire en ligne intitulé « Attestation ». Un champ « Nom » entouré de bleu, où l’on tape « Dupont ». Un champ « Date de naissance » vide, entouré de rouge, avec le message « Ce champ est obligatoire ». Une case cochée en vert : « Je certifie sur l’honneur ». En bas, un bouton vert « Valider ». Une astérisque rouge signale les champs obligatoires.',
              caption: 'Les champs, les cases à cocher et le bouton pour valider.',
            },
          ],
        },
        {
          key: 'taper-dans-les-champs',
          title: 'Toucher les champs et taper',
          required: true,
          steps: [
            {
              key: 'les-champs',
              type: 'text',
              title: 'Les champs',
              markdown: `Chaque question d’un formulaire a une **case** où écrire. On l’appelle un **champ**.

1. Lisez le titre au-dessus du champ, par exemple « Nom ».
2. Touchez le champ. Un trait qui clignote apparaît dedans. Le clavier s’ouvre en bas de l’écran.
3. Tapez votre réponse.
4. Touchez le champ suivant, ou la touche **Suivant** du clavier.

Un petit **astérisque rouge** (\\*) près d’un titre veut dire : **champ obligatoire**. Il faut le remplir pour continuer.

Le clavier cache parfois le bas de la page. Faites glisser la page vers le haut pour voir la suite. Pour fermer le clavier, touchez **Retour**.`,
            },
            {
              key: 'les-types-de-champs',
              type: 'text',
              title: 'Les différentes façons de répondre',
              markdown: `**Le champ de texte.** Vous tapez librement : nom, adresse, ville.

**La date.** Elle se tape souvent ainsi : jour, mois, année, avec des chiffres. Par exemple **05/03/1942**. Parfois, un petit calendrier s’ouvre : touchez l’année, puis le mois, puis le jour.

**La case à cocher.** Un petit carré. Touchez-le : une coche apparaît. Touchez encore pour l’enlever. On peut souvent en cocher plusieurs.

**Le bouton rond.** Un petit cercle. On ne peut en choisir **qu’un seul** dans la liste.

**La liste déroulante.** Un champ avec une petite flèche vers le bas. Touchez-le, une liste s’ouvre. Faites défiler et touchez votre choix.

Quand vous tapez un chiffre, comme un code postal, le clavier affiche parfois directement les chiffres. C’est normal.`,
            },
            {
              key: 'suggestions',
              type: 'text',
              title: 'Les suggestions de la tablette',
              markdown: `Quand vous commencez à taper, la tablette propose parfois des mots au-dessus du clavier. Elle peut même proposer votre adresse entière.

C’est pratique, mais vérifiez toujours ce qu’elle propose. Une suggestion peut être fausse, ou venir d’une autre personne qui a utilisé la tablette.

La tablette peut aussi corriger un mot toute seule. Relisez les noms propres : la correction automatique les abîme parfois.`,
            },
            {
              key: 'exemple-pas-a-pas',
              type: 'text',
              title: 'Un exemple pas à pas : s’inscrire à un atelier',
              markdown: `Prenons un exemple simple : le centre social vous envoie un lien pour vous inscrire à un atelier mémoire.

1. Vous touchez le lien dans l’e-mail du centre. Le formulaire s’ouvre.
2. Vous touchez le champ **Nom**. Le clavier apparaît. Vous tapez « Martin ».
3. Vous touchez **Prénom**, puis vous tapez « Josette ».
4. Vous touchez **Téléphone**. Le clavier affiche des chiffres. Vous tapez votre numéro, sans espaces si le site le demande.
5. Dans **Atelier choisi**, une liste déroulante : vous la touchez, puis vous touchez « Atelier mémoire – mardi 14 h ».
6. Vous cochez la case **J’accepte d’être recontactée par le centre**.
7. Vous faites glisser la page vers le haut. Vous relisez tout.
8. Vous touchez **Envoyer**. Un message s’affiche : « Merci, votre inscription est enregistrée. »

Souvent, un e-mail de confirmation arrive ensuite dans votre boîte. Gardez-le : c’est la preuve de votre inscription.`,
            },
            {
              key: 'pratique-remplir',
              type: 'practice',
              title: 'Remplir un formulaire d’essai',
              instruction: `Le bénévole a ouvert avec vous un formulaire d’essai du centre social, par exemple une inscription à un atelier.

1. Sur votre tablette, touchez le champ **Nom**. Tapez votre nom.
2. Touchez le champ **Prénom**. Tapez votre prénom.
3. Remplissez la date, si elle est demandée.
4. Cochez la case demandée.
5. Ne validez pas encore : nous allons d’abord vérifier.`,
              helpText: `Si le clavier ne s’ouvre pas, touchez bien à l’intérieur du champ, dans la case blanche.

Pour effacer une lettre, touchez la touche avec une croix ou une flèche vers la gauche.

Si le clavier cache la suite, faites glisser la page vers le haut. Le bénévole peut vous montrer du doigt le champ suivant. Il ne tape pas à votre place.`,
            },
            {
              key: 'observation-remplir',
              type: 'observation',
              skill: 'Remplir seul les champs d’un formulaire en ligne',
              description: `Sur un formulaire d’essai sans conséquence (inscription fictive, formulaire d’exercice du centre), le bénévole regarde si la personne :

- touche un champ et fait apparaître le clavier ;
- tape un nom, une date et une adresse ;
- coche une case et choisit dans une liste ;
- repère les champs obligatoires.

Le bénévole ne s’entraîne jamais sur une vraie démarche administrative avec les données réelles de la personne.`,
            },
          ],
        },
        {
          key: 'verifier-et-valider',
          title: 'Vérifier et valider',
          required: true,
          steps: [
            {
              key: 'relire',
              type: 'text',
              title: 'Relire avant de valider',
              markdown: `Avant de valider, prenez le temps de relire. Remontez tout en haut du formulaire, puis descendez lentement.

Vérifiez en particulier :

1. **L’orthographe de votre nom** et de votre prénom.
2. **Les dates** : le jour, le mois et l’année dans le bon ordre.
3. **L’adresse et le code postal.**
4. **Les cases cochées** : ce sont bien celles que vous vouliez.

Une attestation engage votre parole. Écrivez seulement ce qui est vrai.`,
            },
            {
              key: 'valider',
              type: 'text',
              title: 'Valider et corriger les erreurs',
              markdown: `Quand tout est juste :

1. Descendez jusqu’en bas de la page.
2. Touchez le bouton **Valider**, **Envoyer** ou **Générer le document**.
3. Patientez quelques secondes.

Si un champ est mal rempli, le site ne continue pas. Un message apparaît, souvent **en rouge**, près du champ concerné. Par exemple : « Ce champ est obligatoire » ou « Format de date incorrect ».

Ce n’est pas une faute grave. Touchez le champ, corrigez, puis touchez de nouveau **Valider**.

Certains sites effacent tout au bout d’un long moment sans activité. Si c’est le cas, recommencez calmement : vous irez plus vite la seconde fois.`,
            },
            {
              key: 'pratique-valider',
              type: 'practice',
              title: 'Relire et valider le formulaire d’essai',
              instruction: `Sur votre tablette :

1. Remontez en haut du formulaire d’essai.
2. Relisez chaque champ. Corrigez si besoin.
3. Descendez et touchez **Valider**.
4. S’il y a un message rouge, corrigez le champ et validez de nouveau.`,
              helpText: `Si vous ne trouvez pas le bouton Valider, faites glisser la page vers le haut : il est souvent tout en bas.

Si un message rouge apparaît, lisez-le à voix haute. Il dit souvent exactement ce qui manque.`,
            },
            {
              key: 'quiz-formulaire',
              type: 'quiz',
              title: 'Vérifions ensemble',
              passThreshold: 70,
              questions: [
                {
                  key: 'q-asterisque',
                  prompt: 'Que veut dire le petit astérisque rouge (*) à côté d’un champ ?',
                  multiple: false,
                  choices: [
                    {
                      key: 'obligatoire',
                      text: 'Le champ est obligatoire.',
                      correct: true,
                      feedback: 'Oui. Il faut le remplir pour pouvoir valider.',
                    },
                    {
                      key: 'erreur',
                      text: 'J’ai fait une erreur.',
                      correct: false,
                      feedback:
                        'Non, l’astérisque est là dès le début. Il signale simplement un champ obligatoire.',
                    },
                  ],
                },
                {
                  key: 'q-qui-remplit',
                  prompt: 'Qui remplit votre attestation ?',
                  multiple: false,
                  choices: [
                    {
                      key: 'moi',
                      text: 'Moi, avec les explications du bénévole si besoin.',
                      correct: true,
                      feedback:
                        'Exactement. C’est une déclaration à votre nom : c’est vous qui la remplissez.',
                    },
                    {
                      key: 'benevole',
                      text: 'Le bénévole, pour aller plus vite.',
                      correct: false,
                      feedback:
                        'Le bénévole ne remplit jamais de démarche à votre place. Il vous explique et vous laisse faire, à votre rythme.',
                    },
                  ],
                },
                {
                  key: 'q-site-officiel',
                  prompt: 'Quels signes vous rassurent sur un site de démarche ? (plusieurs réponses)',
                  multiple: true,
                  choices: [
                    {
                      key: 'gouv-fr',
                      text: 'L’adresse se termine par .gouv.fr.',
                      correct: true,
                      feedback: 'Oui, c’est la marque des sites de l’État.',
                    },
                    {
                      key: 'lien-centre',
                      text: 'Le lien m’a été donné par le centre social ou ma mairie.',
                      correct: true,
                      feedback: 'Oui, c’est une source de confiance.',
                    },
                    {
                      key: 'paiement',
                      text: 'Le site demande de payer pour une attestation.',
                      correct: false,
                      feedback:
                        'Au contraire : une attestation officielle est presque toujours gratuite. Un paiement doit vous alerter.',
                    },
                    {
                      key: 'sms-lien',
                      text: 'Le lien est arrivé par un SMS inattendu.',
                      correct: false,
                      feedback:
                        'C’est plutôt un signe d’arnaque. Passez par le site officiel, pas par un lien reçu par SMS.',
                    },
                  ],
                },
                {
                  key: 'q-message-rouge',
                  prompt: 'Après avoir touché « Valider », un message rouge apparaît. Que faites-vous ?',
                  multiple: false,
                  choices: [
                    {
                      key: 'lire-corriger',
                      text: 'Je le lis, je corrige le champ indiqué et je valide de nouveau.',
                      correct: true,
                      feedback: 'Parfait. Le message rouge aide à trouver ce qui manque.',
                    },
                    {
                      key: 'abandonner',
                      text: 'J’abandonne, j’ai tout cassé.',
                      correct: false,
                      feedback: 'Rien n’est cassé ! Le site signale juste un oubli. Corrigez et recommencez.',
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
    {
      key: 'garder-et-imprimer',
      title: 'Garder et imprimer le document',
      lessons: [
        {
          key: 'enregistrer-et-imprimer',
          title: 'Enregistrer en PDF, imprimer ou envoyer',
          required: true,
          steps: [
            {
              key: 'pdf-c-est-quoi',
              type: 'text',
              title: 'Le PDF, une photocopie numérique',
              markdown: `Le document obtenu est souvent un fichier **PDF**. Un PDF, c’est comme une photocopie sur la tablette. Il s’affiche de la même façon partout, et on peut l’imprimer tel quel.

Souvent, le site propose un bouton **Télécharger**. Télécharger veut dire : enregistrer une copie sur votre tablette.

1. Touchez **Télécharger** ou **Enregistrer**.
2. Le document s’enregistre dans le dossier **Téléchargements**.
3. Pour le retrouver plus tard, ouvrez l’application **Fichiers**, puis **Téléchargements**.`,
            },
            {
              key: 'enregistrer-pdf-sans-bouton',
              type: 'text',
              title: 'Quand il n’y a pas de bouton Télécharger',
              markdown: `Si le document s’affiche sans bouton pour l’enregistrer, la tablette peut en faire un PDF. Dans le navigateur Chrome :

1. Touchez les **trois petits points**, en haut à droite.
2. Touchez **Partager**, puis **Imprimer**.
3. En haut, touchez la flèche à côté du nom de l’imprimante.
4. Choisissez **Enregistrer au format PDF**.
5. Touchez le rond **PDF**.
6. Touchez **Enregistrer**.

Les mots changent un peu selon la tablette. Le bénévole vous montrera le chemin sur la vôtre.`,
            },
            {
              key: 'image-pdf',
              type: 'image',
              svg: SVG_PDF,
              alt: 'Écran d’impression de la tablette. En haut, un menu déroulant où est choisi « Enregistrer au format PDF ». À gauche, l’aperçu de la page. À droite, un gros bouton rond rouge marqué « PDF », avec la consigne « Toucher pour enregistrer ».',
            },
            {
              key: 'imprimer-ou-envoyer',
              type: 'text',
              title: 'Imprimer au centre, ou envoyer par e-mail',
              markdown: `Vous n’avez pas d’imprimante ? C’est très courant. Plusieurs solutions existent.

**1. Imprimer au centre social.** Beaucoup de centres impriment vos documents lors d’une permanence. Le plus simple :

- envoyez le PDF par e-mail à l’adresse du centre, en pièce jointe ;
- ou venez avec votre tablette, et l’agent d’accueil vous aidera à l’imprimer.

Renseignez-vous sur les horaires avant de vous déplacer.

**2. Envoyer le document par e-mail** à l’organisme qui le demande. Joignez le PDF avec le trombone, comme une photo.

**3. Le garder sur la tablette** et le montrer à l’écran si c’est accepté.

**4. Imprimer chez vous**, si vous avez une imprimante reliée au wifi. Elle apparaît alors dans la liste, à la place d’« Enregistrer au format PDF ».

Votre document contient des informations personnelles. Envoyez-le seulement à l’organisme concerné ou au centre social.`,
            },
            {
              key: 'garder-en-ordre',
              type: 'text',
              title: 'Garder ses documents en ordre',
              markdown: `Au fil des mois, les documents s’accumulent dans la tablette. Quelques habitudes aident à s’y retrouver.

1. **Ouvrez le document juste après l’avoir enregistré**, pour vérifier qu’il est complet et lisible.
2. **Gardez une version papier** des documents importants, rangée avec vos autres papiers.
3. **Supprimez les doublons** : si vous avez enregistré deux fois le même document, gardez le plus récent. Appui long sur le fichier, puis **Supprimer**.
4. **Ne gardez pas sur la tablette** des documents très sensibles dont vous n’avez plus besoin : relevés bancaires anciens, copies de pièce d’identité.
5. **Avant de rendre la tablette** au centre, pensez à récupérer ce que vous voulez garder. Le centre effacera tout ensuite, pour protéger vos informations.

Si vous êtes perdu dans vos fichiers, le bénévole peut vous montrer comment les trier. C’est vous qui décidez de ce que vous gardez.`,
            },
            {
              key: 'pratique-pdf',
              type: 'practice',
              title: 'Enregistrer et envoyer le document d’essai',
              instruction: `Sur votre tablette :

1. Enregistrez le document d’essai : touchez **Télécharger**, ou passez par **Imprimer**, puis **Enregistrer au format PDF**.
2. Ouvrez l’application **Fichiers**, puis **Téléchargements**, et vérifiez qu’il y est.
3. Ouvrez vos e-mails et écrivez un nouveau message à l’adresse du centre social.
4. Joignez le PDF avec le trombone, puis touchez **Envoyer**.`,
              helpText: `Si vous ne trouvez pas le document, ouvrez **Fichiers** et cherchez le dossier **Téléchargements** ou **Récents**. Les documents les plus récents sont en haut.

Si le bouton Imprimer n’apparaît pas, touchez les trois petits points en haut à droite, puis Partager.

Vous pouvez faire cette étape en deux fois. Le document ne disparaît pas.`,
            },
            {
              key: 'observation-pdf',
              type: 'observation',
              skill: 'Enregistrer un document en PDF et l’envoyer au centre pour impression',
              description: `Avec le document d’essai, le bénévole regarde si la personne :

- enregistre le document sur la tablette ;
- le retrouve dans Fichiers ou Téléchargements ;
- l’envoie par e-mail au centre social en pièce jointe.

Le bénévole ne transfère jamais le document sur son propre téléphone ni sur sa propre adresse e-mail.`,
            },
            {
              key: 'quiz-pdf',
              type: 'quiz',
              title: 'Le document final',
              passThreshold: 60,
              questions: [
                {
                  key: 'q-pdf',
                  prompt: 'Qu’est-ce qu’un PDF ?',
                  multiple: false,
                  choices: [
                    {
                      key: 'photocopie',
                      text: 'Un document qui s’affiche et s’imprime partout de la même façon.',
                      correct: true,
                      feedback: 'Oui, comme une photocopie sur la tablette.',
                    },
                    {
                      key: 'virus',
                      text: 'Un virus.',
                      correct: false,
                      feedback:
                        'Non. Le PDF est un format de document tout à fait courant. Restez prudent seulement s’il vient d’un inconnu.',
                    },
                  ],
                },
                {
                  key: 'q-sans-imprimante',
                  prompt: 'Vous n’avez pas d’imprimante. Que pouvez-vous faire ? (plusieurs réponses)',
                  multiple: true,
                  choices: [
                    {
                      key: 'centre',
                      text: 'Envoyer le PDF au centre social pour qu’il l’imprime.',
                      correct: true,
                      feedback: 'Oui, beaucoup de centres le proposent lors de leurs permanences.',
                    },
                    {
                      key: 'email-organisme',
                      text: 'L’envoyer par e-mail à l’organisme qui le demande.',
                      correct: true,
                      feedback: 'Oui, c’est souvent accepté, et cela évite le papier.',
                    },
                    {
                      key: 'telephone-benevole',
                      text: 'L’envoyer sur le téléphone du bénévole pour qu’il l’imprime chez lui.',
                      correct: false,
                      feedback:
                        'Non. Vos documents sont personnels : le bénévole ne doit pas en garder de copie. Passez par le centre social.',
                    },
                  ],
                },
                {
                  key: 'q-retrouver',
                  prompt: 'Où retrouver un document que vous avez téléchargé ?',
                  multiple: false,
                  choices: [
                    {
                      key: 'telechargements',
                      text: 'Dans l’application Fichiers, dossier Téléchargements.',
                      correct: true,
                      feedback: 'Exactement.',
                    },
                    {
                      key: 'photos',
                      text: 'Dans l’appareil photo.',
                      correct: false,
                      feedback:
                        'L’appareil photo sert à prendre des photos. Les documents téléchargés sont dans Fichiers.',
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
};
