import type { SeedCourse } from '../seed-course';

const SVG_TABLETTE = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 420" role="img" font-family="Arial, sans-serif">
<rect width="640" height="420" fill="#ffffff"/>
<rect x="150" y="40" width="300" height="340" rx="26" fill="#1f2937"/>
<rect x="170" y="70" width="260" height="250" rx="6" fill="#e0f2fe"/>
<rect x="195" y="95" width="60" height="60" rx="12" fill="#16a34a"/>
<rect x="270" y="95" width="60" height="60" rx="12" fill="#2563eb"/>
<rect x="345" y="95" width="60" height="60" rx="12" fill="#d97706"/>
<rect x="195" y="175" width="60" height="60" rx="12" fill="#7c3aed"/>
<rect x="270" y="175" width="60" height="60" rx="12" fill="#dc2626"/>
<rect x="345" y="175" width="60" height="60" rx="12" fill="#0f766e"/>
<path d="M205 350 l18 -12 v24 z" fill="#ffffff"/>
<circle cx="300" cy="350" r="12" fill="none" stroke="#ffffff" stroke-width="4"/>
<rect x="366" y="339" width="22" height="22" fill="none" stroke="#ffffff" stroke-width="4"/>
<rect x="450" y="90" width="10" height="46" rx="4" fill="#b91c1c"/>
<rect x="450" y="160" width="10" height="80" rx="4" fill="#1d4ed8"/>
<rect x="280" y="380" width="40" height="10" rx="3" fill="#374151"/>
<line x1="462" y1="113" x2="500" y2="113" stroke="#111827" stroke-width="3"/>
<text x="505" y="105" font-size="22" font-weight="bold" fill="#b91c1c">Marche /</text>
<text x="505" y="130" font-size="22" font-weight="bold" fill="#b91c1c">Arrêt</text>
<line x1="462" y1="200" x2="500" y2="200" stroke="#111827" stroke-width="3"/>
<text x="505" y="195" font-size="22" font-weight="bold" fill="#1d4ed8">Volume</text>
<text x="505" y="220" font-size="22" font-weight="bold" fill="#1d4ed8">+ et −</text>
<line x1="300" y1="392" x2="300" y2="404" stroke="#111827" stroke-width="3"/>
<text x="330" y="412" font-size="20" font-weight="bold" fill="#111827">Prise pour charger</text>
<line x1="214" y1="366" x2="130" y2="400" stroke="#111827" stroke-width="3"/>
<text x="20" y="412" font-size="20" font-weight="bold" fill="#111827">Retour</text>
<line x1="288" y1="340" x2="130" y2="300" stroke="#111827" stroke-width="3"/>
<text x="20" y="305" font-size="20" font-weight="bold" fill="#111827">Accueil</text>
<text x="20" y="40" font-size="24" font-weight="bold" fill="#111827">Votre tablette</text>
</svg>`;

const SVG_GESTES = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 300" role="img" font-family="Arial, sans-serif">
<rect width="640" height="300" fill="#ffffff"/>
<rect x="20" y="20" width="280" height="260" rx="18" fill="#e0f2fe" stroke="#1f2937" stroke-width="4"/>
<text x="160" y="62" font-size="28" font-weight="bold" text-anchor="middle" fill="#111827">Toucher</text>
<circle cx="160" cy="150" r="34" fill="#fde68a" stroke="#b45309" stroke-width="4"/>
<circle cx="160" cy="150" r="52" fill="none" stroke="#b45309" stroke-width="3" stroke-dasharray="8 6"/>
<text x="160" y="250" font-size="22" text-anchor="middle" fill="#111827">Un appui court</text>
<rect x="340" y="20" width="280" height="260" rx="18" fill="#dcfce7" stroke="#1f2937" stroke-width="4"/>
<text x="480" y="62" font-size="28" font-weight="bold" text-anchor="middle" fill="#111827">Glisser</text>
<circle cx="400" cy="150" r="30" fill="#fde68a" stroke="#b45309" stroke-width="4"/>
<line x1="436" y1="150" x2="560" y2="150" stroke="#166534" stroke-width="8"/>
<path d="M560 130 l30 20 l-30 20 z" fill="#166534"/>
<text x="480" y="250" font-size="22" text-anchor="middle" fill="#111827">Le doigt reste posé</text>
</svg>`;

export const course: SeedCourse = {
  key: 'prendre-en-main-sa-tablette',
  title: 'Prendre en main sa tablette',
  summary:
    'Vos tout premiers pas avec la tablette prêtée par le centre social. Vous apprenez à l’allumer, à l’éteindre et à la recharger. Vous découvrez les deux gestes de base : toucher et glisser. Vous savez ensuite revenir en arrière ou à l’accueil, régler le son, grossir le texte et vous connecter au wifi. Chaque geste se fait à votre rythme, avec le bénévole à vos côtés.',
  audience: 'senior',
  level: 1,
  estimatedMinutes: 90,
  competenceCodes: ['5.2', '5.1'],
  modules: [
    {
      key: 'premiers-gestes',
      title: 'Les premiers gestes',
      lessons: [
        {
          key: 'decouvrir-allumer-charger',
          title: 'Découvrir la tablette, l’allumer et la charger',
          required: true,
          steps: [
            {
              key: 'bienvenue',
              type: 'text',
              title: 'Bienvenue',
              markdown: `Cette tablette vous est prêtée par le centre social.

Elle sert à voir vos proches en vidéo. Elle sert aussi à lire, écrire et vous informer.

Vous n’allez rien casser en touchant l’écran. Une erreur se répare presque toujours.

Nous allons avancer pas à pas. Le bénévole est là pour vous guider. C’est vous qui tenez la tablette et qui faites chaque geste.

Prenez votre temps. Il n’y a pas de note et pas de chronomètre.`,
            },
            {
              key: 'image-tablette',
              type: 'image',
              svg: SVG_TABLETTE,
              alt: 'Dessin d’une tablette vue de face. Sur la tranche droite, en haut, un petit bouton rouge : Marche / Arrêt. Juste en dessous, un bouton bleu plus long : Volume plus et moins. En bas de l’écran, trois symboles : un triangle pour Retour, un rond pour Accueil, un carré. Sur le bord du bas, la prise pour charger.',
              caption:
                'Les boutons sont souvent placés ainsi. Sur votre tablette, ils peuvent être un peu ailleurs.',
            },
            {
              key: 'les-boutons',
              type: 'text',
              title: 'Les boutons de la tablette',
              markdown: `Votre tablette a très peu de boutons. Regardez sur les bords.

1. **Le bouton Marche / Arrêt.** Il est petit. Il se trouve souvent sur la tranche, en haut à droite.
2. **Les boutons du volume.** C’est un bouton long, ou deux boutons côte à côte. Un côté monte le son, l’autre le baisse.
3. **La prise pour charger.** C’est un petit trou, en bas ou sur le côté. Le câble du chargeur s’y branche.

Tout le reste se fait avec le doigt, directement sur l’écran.

Demandez au bénévole de vous montrer où sont ces boutons sur votre modèle.`,
            },
            {
              key: 'pratique-trouver-boutons',
              type: 'practice',
              title: 'Trouver les boutons',
              instruction: `Prenez la tablette à deux mains, l’écran face à vous.

1. Avec le doigt, suivez le bord de la tablette.
2. Trouvez le petit bouton Marche / Arrêt.
3. Trouvez ensuite les boutons du volume.
4. Montrez-les au bénévole.`,
              helpText: `Les boutons sont parfois plats et difficiles à sentir. Tournez doucement la tablette et regardez la tranche de près.

Le bouton Marche / Arrêt est souvent le plus petit. Les boutons du volume sont juste à côté.

Le bénévole peut vous les montrer du doigt, sans prendre la tablette.`,
            },
            {
              key: 'allumer',
              type: 'text',
              title: 'Allumer la tablette',
              markdown: `Pour allumer la tablette :

1. Appuyez sur le bouton Marche / Arrêt.
2. **Gardez le doigt appuyé** pendant environ trois secondes.
3. Relâchez quand un logo ou une lumière apparaît.
4. Patientez. La tablette met parfois une minute à démarrer.

Un appui très court ne suffit pas quand la tablette est éteinte. Il faut appuyer longtemps.`,
            },
            {
              key: 'veille-et-deverrouillage',
              type: 'text',
              title: 'La mise en veille',
              markdown: `Quand vous ne touchez plus la tablette, l’écran devient noir au bout d’un moment. La tablette n’est pas éteinte : elle est **en veille**. C’est comme une sieste, pour économiser la batterie.

Pour la réveiller :

1. Faites un appui **court** sur le bouton Marche / Arrêt.
2. L’écran se rallume.
3. Si un cadenas apparaît, posez le doigt sur l’écran et faites-le glisser vers le haut.

Si la tablette demande un code, c’est un code à vous. Le bénévole ne doit pas le connaître. Notez-le dans un endroit sûr chez vous.

Pour mettre la tablette en veille vous-même, faites aussi un appui court sur ce bouton.`,
            },
            {
              key: 'eteindre',
              type: 'text',
              title: 'Éteindre complètement',
              markdown: `Éteindre n’est pas obligatoire chaque soir. La veille suffit souvent.

Pour éteindre complètement :

1. Gardez le doigt appuyé sur le bouton Marche / Arrêt.
2. Un petit menu apparaît sur l’écran.
3. Touchez **Éteindre**.
4. Sur certaines tablettes, il faut toucher **Éteindre** une seconde fois pour confirmer.

Si rien ne se passe, certaines tablettes récentes demandent d’appuyer en même temps sur Marche / Arrêt et sur le bas du volume. Le bénévole vous montrera ce qui marche sur la vôtre.`,
            },
            {
              key: 'charger',
              type: 'text',
              title: 'Recharger la batterie',
              markdown: `La tablette fonctionne avec une batterie, comme un téléphone portable.

1. Branchez le chargeur dans une prise électrique.
2. Branchez le petit bout du câble dans la tablette. Ne forcez pas : il doit entrer doucement.
3. Un petit éclair apparaît en haut de l’écran. Cela veut dire que la tablette charge.

En haut de l’écran, une petite pile montre le niveau de batterie. Quand elle est presque vide, elle devient souvent rouge.

**Un bon réflexe :** rechargez la tablette chaque soir, par exemple sur la table de nuit. Utilisez le chargeur fourni avec la tablette.`,
            },
            {
              key: 'pratique-allumer',
              type: 'practice',
              title: 'Allumer et mettre en veille',
              instruction: `Sur votre tablette :

1. Faites un appui court sur le bouton Marche / Arrêt : l’écran s’éteint, la tablette est en veille.
2. Faites de nouveau un appui court : l’écran se rallume.
3. Si un cadenas apparaît, faites glisser votre doigt vers le haut.`,
              helpText: `Si l’écran ne se rallume pas, la tablette est peut-être éteinte. Gardez le doigt appuyé trois secondes sur le bouton.

Si elle ne s’allume toujours pas, la batterie est peut-être vide. Branchez le chargeur et attendez dix minutes.`,
            },
            {
              key: 'observation-allumer',
              type: 'observation',
              skill: 'Allumer, réveiller et recharger la tablette seul',
              description: `Le bénévole regarde si la personne :

- trouve seule le bouton Marche / Arrêt ;
- fait la différence entre l’appui court (veille) et l’appui long (allumer, éteindre) ;
- déverrouille l’écran sans aide ;
- branche le chargeur dans le bon sens et repère le petit éclair.

Cochez « seul » seulement si la personne a tout fait sans qu’on lui montre pendant l’essai.`,
            },
          ],
        },
        {
          key: 'ecran-tactile',
          title: 'Toucher, glisser, revenir à l’accueil',
          required: true,
          steps: [
            {
              key: 'ecran-tactile-intro',
              type: 'text',
              title: 'Un écran qui réagit au doigt',
              markdown: `L’écran de la tablette est **tactile**. Cela veut dire qu’il réagit quand on le touche avec le doigt. Il n’y a ni souris, ni clavier à part.

Deux gestes suffisent pour presque tout faire :

1. **Toucher** : un appui court, comme pour appuyer sur la sonnette.
2. **Glisser** : poser le doigt, puis le déplacer sans le lever, comme pour tourner une page.

Utilisez le bout du doigt, l’index par exemple. Inutile d’appuyer fort. L’écran sent un effleurement.

Si vos doigts sont très secs, l’écran réagit parfois moins bien. Un stylet pour tablette peut aider. Le centre social peut vous en prêter un.`,
            },
            {
              key: 'image-gestes',
              type: 'image',
              svg: SVG_GESTES,
              alt: 'Deux cadres côte à côte. À gauche, « Toucher » : un doigt pose un appui court sur l’écran. À droite, « Glisser » : le doigt reste posé et se déplace, une flèche verte montre le mouvement vers la droite.',
            },
            {
              key: 'toucher',
              type: 'text',
              title: 'Toucher pour ouvrir',
              markdown: `Sur l’écran d’accueil, vous voyez des petites images. Ce sont les **icônes**. Chaque icône ouvre une **application**, c’est-à-dire un outil : les photos, les appels vidéo, la météo…

Pour ouvrir une application :

1. Regardez l’icône et son nom écrit dessous.
2. Touchez l’icône une seule fois, brièvement.
3. Attendez une ou deux secondes. L’application s’ouvre.

Si rien ne se passe tout de suite, patientez avant de toucher encore. Toucher plusieurs fois très vite peut ouvrir autre chose.

**Attention à l’appui long.** Si vous laissez le doigt longtemps sur une icône, un menu apparaît. Ce n’est pas grave : touchez un endroit vide de l’écran pour le fermer.`,
            },
            {
              key: 'glisser',
              type: 'text',
              title: 'Glisser pour faire défiler',
              markdown: `Parfois, tout ne tient pas sur l’écran. Un texte continue plus bas. Des photos continuent à droite. Il faut alors **faire défiler** l’écran.

1. Posez le doigt sur l’écran.
2. Sans le lever, faites-le glisser vers le haut.
3. Le contenu monte, et la suite apparaît en bas.
4. Glissez vers le bas pour revenir en arrière.

Pour les photos, glissez de droite à gauche pour voir la suivante.

Faites des mouvements calmes et réguliers. Un geste trop rapide fait défiler très loin. Ce n’est pas grave : glissez dans l’autre sens.`,
            },
            {
              key: 'pratique-toucher-glisser',
              type: 'practice',
              title: 'Ouvrir les photos et les faire défiler',
              instruction: `Sur votre tablette :

1. Sur l’écran d’accueil, touchez l’icône **Photos** ou **Galerie**.
2. Touchez une photo pour l’agrandir.
3. Glissez votre doigt de droite à gauche pour voir la photo suivante.
4. Glissez de gauche à droite pour revenir à la précédente.`,
              helpText: `Si vous ne trouvez pas l’icône des photos, demandez au bénévole de vous la montrer du doigt.

Si la tablette ne contient encore aucune photo, ouvrez une autre application à la place, par exemple la météo, et faites défiler vers le haut.

Si un menu s’ouvre, vous avez peut-être laissé le doigt trop longtemps. Touchez un endroit vide et recommencez avec un appui plus court.`,
            },
            {
              key: 'observation-gestes',
              type: 'observation',
              skill: 'Toucher et faire glisser l’écran avec précision',
              description: `Le bénévole observe si la personne :

- ouvre une application d’un appui court, sans appuis répétés ;
- fait défiler une page ou des photos d’un geste régulier ;
- sait se sortir d’un menu ouvert par erreur (appui long).

Notez « avec aide » si vous avez dû redonner la consigne. N’écrivez rien sur la santé ou la vue de la personne : seulement le geste réussi ou non.`,
            },
            {
              key: 'retour-accueil-texte',
              type: 'text',
              title: 'Deux boutons pour ne jamais se perdre',
              markdown: `En bas de l’écran, sur beaucoup de tablettes, il y a trois petits symboles.

1. **Le triangle pointé vers la gauche : Retour.** Il revient à l’écran précédent. C’est comme tourner la page à l’envers.
2. **Le rond, au milieu : Accueil.** Il ramène à l’écran de départ, celui avec vos icônes. C’est votre « maison ».
3. **Le carré ou les trois traits : les applications ouvertes.** Vous n’en aurez pas besoin au début.

Sur une tablette simplifiée comme Facilotab, les boutons peuvent être écrits en toutes lettres : **Retour** et **Accueil**. C’est encore plus simple.

Sur certaines tablettes récentes, il n’y a pas de boutons. On glisse depuis le bas de l’écran vers le haut pour revenir à l’accueil. Le bénévole vous dira ce qu’il en est sur la vôtre.

**À retenir :** si vous êtes perdu, touchez **Accueil**. Vous revenez toujours au point de départ.`,
            },
            {
              key: 'pratique-retour-accueil',
              type: 'practice',
              title: 'Aller et revenir',
              instruction: `Sur votre tablette :

1. Touchez une icône pour ouvrir une application.
2. Touchez le bouton **Retour** : vous revenez en arrière.
3. Ouvrez de nouveau une application.
4. Touchez cette fois le bouton **Accueil** : vous retrouvez vos icônes.`,
              helpText: `Le bouton Retour a souvent la forme d’un triangle ou d’une flèche vers la gauche. Le bouton Accueil est souvent un rond ou une petite maison.

Si vous ne voyez aucun bouton en bas, posez le doigt tout en bas de l’écran et glissez vers le haut.

Demandez au bénévole de vous montrer, puis refaites le geste vous-même.`,
            },
            {
              key: 'quiz-premiers-gestes',
              type: 'quiz',
              title: 'Vérifions ensemble',
              passThreshold: 60,
              questions: [
                {
                  key: 'q-ecran-noir',
                  prompt:
                    'L’écran est devenu noir pendant que vous lisiez. Que se passe-t-il le plus souvent ?',
                  multiple: false,
                  choices: [
                    {
                      key: 'en-veille',
                      text: 'La tablette s’est mise en veille pour économiser la batterie.',
                      correct: true,
                      feedback: 'Exactement. Un appui court sur le bouton Marche / Arrêt la réveille.',
                    },
                    {
                      key: 'cassee',
                      text: 'La tablette est cassée.',
                      correct: false,
                      feedback:
                        'Rassurez-vous, c’est très rare. L’écran s’éteint tout seul après un moment sans toucher. C’est la veille.',
                    },
                    {
                      key: 'erreur',
                      text: 'J’ai fait une erreur.',
                      correct: false,
                      feedback:
                        'Vous n’y êtes pour rien. La tablette se met en veille seule, c’est prévu ainsi.',
                    },
                  ],
                },
                {
                  key: 'q-perdu',
                  prompt:
                    'Vous ne savez plus où vous êtes sur la tablette. Quel bouton vous ramène au départ ?',
                  multiple: false,
                  choices: [
                    {
                      key: 'accueil',
                      text: 'Le bouton Accueil.',
                      correct: true,
                      feedback: 'Oui. Accueil, c’est votre « maison » : il ramène toujours aux icônes.',
                    },
                    {
                      key: 'volume',
                      text: 'Le bouton du volume.',
                      correct: false,
                      feedback:
                        'Pas tout à fait. Le volume règle seulement le son. Pour revenir au départ, touchez Accueil.',
                    },
                    {
                      key: 'eteindre',
                      text: 'Éteindre la tablette.',
                      correct: false,
                      feedback:
                        'Cela marcherait, mais c’est bien long. Le bouton Accueil fait la même chose en une seconde.',
                    },
                  ],
                },
                {
                  key: 'q-gestes',
                  prompt: 'Quels sont les deux gestes de base sur l’écran ? (plusieurs réponses)',
                  multiple: true,
                  choices: [
                    {
                      key: 'toucher',
                      text: 'Toucher brièvement.',
                      correct: true,
                      feedback: 'Oui, un appui court pour ouvrir ou choisir.',
                    },
                    {
                      key: 'glisser',
                      text: 'Glisser le doigt sans le lever.',
                      correct: true,
                      feedback: 'Oui, pour faire défiler une page ou des photos.',
                    },
                    {
                      key: 'appuyer-fort',
                      text: 'Appuyer très fort.',
                      correct: false,
                      feedback: 'Inutile d’appuyer fort : l’écran réagit à un simple effleurement.',
                    },
                  ],
                },
                {
                  key: 'q-charger',
                  prompt: 'Comment savoir que la tablette est en train de charger ?',
                  multiple: false,
                  choices: [
                    {
                      key: 'eclair',
                      text: 'Un petit éclair apparaît près de la pile, en haut de l’écran.',
                      correct: true,
                      feedback: 'Bravo. Le petit éclair indique que le courant passe.',
                    },
                    {
                      key: 'chaud',
                      text: 'La tablette devient très chaude.',
                      correct: false,
                      feedback:
                        'Non. Elle peut tiédir un peu, mais ce n’est pas le signe à regarder. Cherchez le petit éclair en haut de l’écran.',
                    },
                    {
                      key: 'sonnerie',
                      text: 'Elle sonne sans arrêt.',
                      correct: false,
                      feedback:
                        'Non. Parfois un petit son retentit au branchement, mais le vrai signe est le petit éclair.',
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
      key: 'regler-sa-tablette',
      title: 'Régler sa tablette à sa façon',
      lessons: [
        {
          key: 'volume-taille-texte',
          title: 'Régler le son et la taille du texte',
          required: true,
          steps: [
            {
              key: 'regler-volume',
              type: 'text',
              title: 'Monter ou baisser le son',
              markdown: `Pour régler le son, utilisez les boutons du volume, sur le côté.

1. Appuyez sur le haut du bouton pour monter le son.
2. Appuyez sur le bas pour le baisser.
3. Une barre apparaît sur l’écran. Elle montre le niveau du son.

Vous pouvez aussi faire glisser cette barre avec le doigt.

Si vous n’entendez rien du tout, vérifiez que le petit haut-parleur n’est pas barré. Un haut-parleur barré veut dire que le son est coupé.`,
            },
            {
              key: 'parametres',
              type: 'text',
              title: 'Les Paramètres, le tableau de bord de la tablette',
              markdown: `Les réglages se trouvent dans une application qui s’appelle **Paramètres**. Son icône a la forme d’une **roue dentée**, un peu comme un engrenage.

Sur une tablette simplifiée, les réglages peuvent s’appeler **Réglages** ou être rangés à part. Le bénévole vous montrera où ils se trouvent.

Dans les Paramètres, on ne casse rien en regardant. Si vous changez un réglage par erreur, on peut toujours revenir en arrière.`,
            },
            {
              key: 'taille-texte',
              type: 'text',
              title: 'Grossir le texte',
              markdown: `Si les lettres vous semblent trop petites, vous pouvez les grossir.

1. Touchez l’icône **Paramètres** (la roue dentée).
2. Faites défiler et touchez **Affichage**. Sur certaines tablettes, c’est **Accessibilité**.
3. Touchez **Taille de la police** ou **Taille du texte**. Le mot « police » veut dire ici la forme des lettres.
4. Faites glisser le curseur vers la droite. Un exemple de texte grossit en même temps.
5. Arrêtez-vous quand vous lisez sans effort.
6. Touchez **Accueil** pour revenir.

Les noms changent un peu d’une marque à l’autre. Cherchez toujours les mots « Affichage », « Taille » ou « Police ».

Pour agrandir une photo ou une page, posez deux doigts sur l’écran et écartez-les. Rapprochez-les pour rétrécir.`,
            },
            {
              key: 'pratique-volume-texte',
              type: 'practice',
              title: 'Régler le son et le texte à votre goût',
              instruction: `Sur votre tablette :

1. Appuyez sur le bouton du volume pour monter le son, puis le baisser.
2. Touchez l’icône en forme de roue dentée : **Paramètres**.
3. Trouvez **Affichage**, puis **Taille de la police**.
4. Faites glisser le curseur jusqu’à lire confortablement.
5. Touchez **Accueil**.`,
              helpText: `Si vous ne trouvez pas « Affichage », cherchez « Accessibilité ». En haut des Paramètres, il y a souvent une loupe : touchez-la et écrivez « taille ».

Si l’écran est devenu trop grand, pas d’inquiétude : retournez au même endroit et glissez le curseur un peu vers la gauche.

Le bénévole peut vous guider avec des mots, sans toucher la tablette à votre place.`,
            },
          ],
        },
        {
          key: 'se-connecter-au-wifi',
          title: 'Se connecter au wifi',
          required: true,
          steps: [
            {
              key: 'wifi-c-est-quoi',
              type: 'text',
              title: 'Le wifi, c’est quoi ?',
              markdown: `Pour faire un appel vidéo ou lire les nouvelles, la tablette a besoin d’**internet**.

Chez vous, internet arrive souvent par une **box**. C’est le boîtier installé par votre opérateur, près de la prise de téléphone ou de la télévision. La box envoie internet dans la maison sans fil : c’est le **wifi**.

Certaines tablettes prêtées ont une carte SIM, comme un téléphone portable. Elles captent alors internet partout. Dans ce cas, vous n’avez pas besoin du wifi.

Le symbole du wifi ressemble à un éventail ou à des vagues. Quand il apparaît en haut de l’écran, la tablette est connectée.`,
            },
            {
              key: 'wifi-etapes',
              type: 'text',
              title: 'Se connecter pas à pas',
              markdown: `Avant de commencer, trouvez la **clé wifi**. C’est le mot de passe de votre box. Il est souvent écrit sur une étiquette, sous ou derrière la box. Il peut s’appeler « clé WPA » ou « clé de sécurité ».

1. Touchez **Paramètres**, la roue dentée.
2. Touchez **Wi-Fi**. Parfois, il faut d’abord toucher **Connexions** ou **Réseau et Internet**.
3. Vérifiez que le wifi est activé. Le petit interrupteur doit être allumé, souvent en couleur.
4. Une liste de noms apparaît. Touchez le nom de **votre** box. Il est aussi écrit sur l’étiquette.
5. Tapez la clé wifi avec le clavier qui apparaît. Respectez bien les majuscules et les minuscules.
6. Touchez **Se connecter**.

La tablette retient la clé. Vous ne ferez cela qu’une seule fois.

Les noms des autres box, celles des voisins, apparaissent aussi. N’y touchez pas.`,
            },
            {
              key: 'pratique-wifi',
              type: 'practice',
              title: 'Vérifier que la tablette est connectée',
              instruction: `Sur votre tablette :

1. Regardez en haut de l’écran. Cherchez le symbole du wifi, en forme d’éventail.
2. Touchez **Paramètres**, puis **Wi-Fi**.
3. Vérifiez que le nom de votre box est marqué **Connecté**.
4. Touchez **Accueil**.`,
              helpText: `Si le symbole du wifi n’apparaît pas, vérifiez que la box est allumée. Ses petites lumières doivent être allumées.

Si la tablette refuse la clé, il y a souvent une erreur de frappe. Retapez-la lentement, en regardant les majuscules.

Le bénévole peut lire l’étiquette avec vous. C’est vous qui tapez la clé.`,
            },
            {
              key: 'observation-wifi',
              type: 'observation',
              skill: 'Vérifier la connexion wifi et régler le confort d’affichage',
              description: `Le bénévole regarde si la personne :

- repère le symbole du wifi en haut de l’écran ;
- sait ouvrir les Paramètres (roue dentée) ;
- règle seule le volume avec les boutons ;
- sait où grossir le texte si besoin.

La saisie de la clé wifi peut se faire avec aide la première fois : c’est normal.`,
            },
          ],
        },
        {
          key: 'aller-plus-loin-tablette',
          title: 'Pour aller plus loin',
          required: false,
          steps: [
            {
              key: 'bons-reflexes',
              type: 'text',
              title: 'Quelques bons réflexes',
              markdown: `Voici quelques habitudes qui rendent la vie plus facile.

1. **Rangez la tablette au même endroit**, près d’une prise. Vous la retrouverez toujours chargée.
2. **Nettoyez l’écran** avec un chiffon doux et sec. Pas de produit ménager, pas d’eau.
3. **Acceptez les mises à jour** quand le bénévole vous le conseille. Une mise à jour corrige des défauts et protège la tablette.
4. **Si la tablette bloque**, gardez le doigt appuyé sur Marche / Arrêt, puis touchez **Redémarrer**. Cela règle beaucoup de petits soucis.
5. **Gardez vos codes pour vous.** Notez-les dans un carnet rangé chez vous, pas collé sur la tablette.

Et surtout : entraînez-vous un peu chaque jour, même cinq minutes. Les gestes deviennent vite naturels.`,
            },
            {
              key: 'quiz-reglages',
              type: 'quiz',
              title: 'Les réglages',
              passThreshold: 70,
              questions: [
                {
                  key: 'q-roue-dentee',
                  prompt: 'Où trouve-t-on les réglages de la tablette ?',
                  multiple: false,
                  choices: [
                    {
                      key: 'parametres',
                      text: 'Dans Paramètres, l’icône en forme de roue dentée.',
                      correct: true,
                      feedback: 'Oui. C’est le tableau de bord de la tablette.',
                    },
                    {
                      key: 'photos',
                      text: 'Dans les Photos.',
                      correct: false,
                      feedback:
                        'Non, les Photos servent à regarder vos images. Les réglages sont dans Paramètres.',
                    },
                  ],
                },
                {
                  key: 'q-cle-wifi',
                  prompt: 'Où trouve-t-on souvent la clé wifi de sa box ?',
                  multiple: false,
                  choices: [
                    {
                      key: 'etiquette',
                      text: 'Sur une étiquette, sous ou derrière la box.',
                      correct: true,
                      feedback: 'C’est ça. Elle s’appelle parfois « clé WPA » ou « clé de sécurité ».',
                    },
                    {
                      key: 'voisin',
                      text: 'Il faut la demander au voisin.',
                      correct: false,
                      feedback: 'Non. Chaque box a sa propre clé. La vôtre est écrite sur votre box.',
                    },
                    {
                      key: 'telephone',
                      text: 'Elle arrive par SMS chaque semaine.',
                      correct: false,
                      feedback:
                        'Non. La clé ne change pas toute seule. Méfiez-vous d’ailleurs des SMS qui parlent de votre box : ce sont parfois des arnaques.',
                    },
                  ],
                },
                {
                  key: 'q-ecran-propre',
                  prompt: 'Comment nettoyer l’écran ? (plusieurs réponses)',
                  multiple: true,
                  choices: [
                    {
                      key: 'chiffon-doux',
                      text: 'Avec un chiffon doux et sec.',
                      correct: true,
                      feedback: 'Parfait, c’est le plus sûr.',
                    },
                    {
                      key: 'tablette-eteinte',
                      text: 'De préférence tablette en veille ou éteinte.',
                      correct: true,
                      feedback: 'Bonne idée : ainsi, vous n’ouvrez rien par erreur en essuyant.',
                    },
                    {
                      key: 'produit-vitre',
                      text: 'Avec un produit pour les vitres.',
                      correct: false,
                      feedback: 'Mieux vaut l’éviter : les produits ménagers abîment l’écran.',
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
