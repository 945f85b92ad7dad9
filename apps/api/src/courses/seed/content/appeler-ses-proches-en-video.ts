import type { SeedCourse } from '../seed-course';

const SVG_APPEL_ENTRANT = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 560" role="img" font-family="Arial, sans-serif">
<rect width="400" height="560" rx="24" fill="#1f2937"/>
<circle cx="200" cy="150" r="62" fill="#9ca3af"/>
<circle cx="200" cy="130" r="26" fill="#e5e7eb"/>
<path d="M152 190 q48 -50 96 0" fill="#e5e7eb"/>
<text x="200" y="255" font-size="36" font-weight="bold" text-anchor="middle" fill="#ffffff">Claire</text>
<text x="200" y="292" font-size="22" text-anchor="middle" fill="#e5e7eb">Appel vidéo entrant</text>
<circle cx="105" cy="440" r="48" fill="#dc2626"/>
<rect x="80" y="432" width="50" height="16" rx="8" fill="#ffffff"/>
<text x="105" y="522" font-size="24" font-weight="bold" text-anchor="middle" fill="#ffffff">Refuser</text>
<circle cx="295" cy="440" r="48" fill="#16a34a"/>
<rect x="270" y="425" width="36" height="30" rx="6" fill="#ffffff"/>
<path d="M306 440 l18 -12 v24 z" fill="#ffffff"/>
<text x="295" y="522" font-size="24" font-weight="bold" text-anchor="middle" fill="#ffffff">Accepter</text>
</svg>`;

const SVG_BOUTONS_APPEL = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 240" role="img" font-family="Arial, sans-serif">
<rect width="640" height="240" fill="#ffffff"/>
<rect x="10" y="10" width="620" height="220" rx="20" fill="#111827"/>
<circle cx="120" cy="100" r="48" fill="#374151"/>
<rect x="108" y="68" width="24" height="42" rx="12" fill="#ffffff"/>
<path d="M98 100 q22 30 44 0" fill="none" stroke="#ffffff" stroke-width="5"/>
<line x1="120" y1="128" x2="120" y2="138" stroke="#ffffff" stroke-width="5"/>
<text x="120" y="190" font-size="24" font-weight="bold" text-anchor="middle" fill="#ffffff">Micro</text>
<circle cx="320" cy="100" r="48" fill="#374151"/>
<rect x="290" y="82" width="42" height="36" rx="6" fill="#ffffff"/>
<path d="M332 100 l20 -14 v28 z" fill="#ffffff"/>
<text x="320" y="190" font-size="24" font-weight="bold" text-anchor="middle" fill="#ffffff">Caméra</text>
<circle cx="520" cy="100" r="48" fill="#dc2626"/>
<rect x="490" y="92" width="60" height="18" rx="9" fill="#ffffff"/>
<text x="520" y="190" font-size="24" font-weight="bold" text-anchor="middle" fill="#ffffff">Raccrocher</text>
</svg>`;

export const course: SeedCourse = {
  key: 'appeler-ses-proches-en-video',
  title: 'Appeler ses proches en vidéo',
  summary:
    'Voir ses enfants, ses petits-enfants ou ses amis en parlant avec eux, même de loin. Vous apprenez à décrocher un appel vidéo, puis à appeler vous-même avec WhatsApp. Vous savez couper le micro ou la caméra, bien vous placer pour qu’on vous voie, et raccrocher. Une dernière leçon explique ce qu’est devenu Skype et présente les autres applications.',
  audience: 'senior',
  level: 1,
  estimatedMinutes: 75,
  competenceCodes: ['2.1'],
  modules: [
    {
      key: 'repondre-et-appeler',
      title: 'Répondre et appeler',
      lessons: [
        {
          key: 'comprendre-appel-video',
          title: 'Comprendre l’appel vidéo',
          required: true,
          steps: [
            {
              key: 'appel-video-intro',
              type: 'text',
              title: 'Un téléphone avec l’image',
              markdown: `Un appel vidéo, c’est un appel téléphonique avec l’image. Vous voyez la personne, et elle vous voit.

Pour cela, la tablette utilise deux petits outils :

1. **La caméra**, un petit rond noir au-dessus de l’écran. Elle filme votre visage.
2. **Le micro**, un tout petit trou sur le bord. Il capte votre voix.

L’appel passe par internet. Il ne coûte rien de plus, même si votre proche habite à l’étranger. Il faut seulement que la tablette soit connectée au wifi.

Regardez la caméra de temps en temps. Pour l’autre, c’est comme si vous le regardiez dans les yeux.`,
            },
            {
              key: 'whatsapp-intro',
              type: 'text',
              title: 'WhatsApp, l’application la plus utilisée',
              markdown: `Pour appeler en vidéo, il faut une **application**. La plus répandue en France s’appelle **WhatsApp**. Son icône est une bulle verte avec un téléphone blanc.

WhatsApp est gratuit. Vos proches l’ont souvent déjà sur leur téléphone.

Pour vous appeler, votre proche doit avoir WhatsApp lui aussi. Vous devez aussi être enregistrés l’un chez l’autre, dans les **contacts**. Les contacts, c’est le carnet d’adresses de la tablette.

Le bénévole et votre famille peuvent vous aider à préparer ce carnet. Le centre social installe souvent WhatsApp avant de vous prêter la tablette.

Il existe d’autres applications, comme Teams ou Google Meet. Nous en parlerons à la fin.`,
            },
            {
              key: 'bien-se-placer',
              type: 'text',
              title: 'Bien se placer pour être bien vu',
              markdown: `Quelques conseils simples rendent l’appel bien plus agréable.

1. **Posez la tablette** sur un support ou contre un livre. Vos bras ne se fatiguent pas et l’image ne bouge pas.
2. **Mettez la caméra à hauteur des yeux.** Vu d’en bas, on ne voit que le menton ou le plafond.
3. **Placez la lumière face à vous.** Une fenêtre derrière vous met votre visage dans l’ombre.
4. **Reculez un peu.** Votre visage et vos épaules doivent tenir dans l’écran.
5. **Choisissez un endroit calme.** Baissez la radio ou la télévision.

Au début de l’appel, vous voyez souvent votre propre image dans un petit cadre. Elle vous aide à vérifier que l’on vous voit bien.`,
            },
            {
              key: 'pratique-se-placer',
              type: 'practice',
              title: 'Préparer votre coin pour les appels',
              instruction: `Avec la tablette :

1. Choisissez une place confortable, près d’une prise si possible.
2. Posez la tablette debout, sur un support, la caméra en haut.
3. Ouvrez l’application **Appareil photo** et touchez la petite flèche ronde pour voir votre visage.
4. Ajustez la tablette jusqu’à voir votre visage bien éclairé.
5. Touchez **Accueil** pour fermer.`,
              helpText: `Si l’appareil photo montre la pièce et non votre visage, cherchez un petit bouton avec deux flèches en rond. Il change de caméra.

Si votre visage est sombre, tournez votre chaise vers la fenêtre ou allumez une lampe devant vous.

Le bénévole peut vous aider à trouver la bonne place. C’est vous qui touchez l’écran.`,
            },
          ],
        },
        {
          key: 'decrocher-un-appel',
          title: 'Décrocher un appel vidéo',
          required: true,
          steps: [
            {
              key: 'image-appel-entrant',
              type: 'image',
              svg: SVG_APPEL_ENTRANT,
              alt: 'Écran d’un appel vidéo entrant. En haut, la photo et le nom de la personne qui appelle : Claire. En bas, deux gros boutons ronds : à gauche un bouton rouge « Refuser », à droite un bouton vert « Accepter ».',
              caption: 'Le bouton vert pour accepter, le bouton rouge pour refuser.',
            },
            {
              key: 'decrocher-etapes',
              type: 'text',
              title: 'Quand la tablette sonne',
              markdown: `Quand un proche vous appelle, la tablette sonne. L’écran s’allume tout seul, même s’il était noir.

Vous voyez le nom de la personne qui appelle, et souvent sa photo.

1. Regardez qui appelle.
2. Touchez le **bouton vert**. Il est parfois écrit **Accepter** ou **Répondre**.
3. Sur certaines tablettes, il faut **faire glisser** le bouton vert vers le haut. Posez le doigt dessus et montez sans lever.
4. Attendez une seconde. Le visage de votre proche apparaît.

Vous n’avez rien d’autre à faire. Parlez normalement, comme au téléphone. Inutile de crier : le micro vous entend bien.

Si vous ne connaissez pas la personne qui appelle, vous pouvez ne pas répondre. Touchez le bouton rouge, ou laissez sonner.`,
            },
            {
              key: 'rate',
              type: 'text',
              title: 'J’ai manqué l’appel',
              markdown: `Ce n’est pas grave du tout. Cela arrive à tout le monde.

Un message s’affiche souvent : « Appel vidéo manqué ». Votre proche sait que vous n’avez pas pu répondre. Il rappellera, ou vous pourrez le rappeler vous-même. Nous verrons comment dans la prochaine leçon.

Un bon moyen d’éviter les appels manqués : **convenez d’un rendez-vous**. Par exemple, « tous les dimanches à 11 heures ». Vous aurez la tablette près de vous, chargée et allumée.`,
            },
            {
              key: 'pratique-decrocher',
              type: 'practice',
              title: 'Décrocher un appel d’essai',
              instruction: `Le bénévole va vous appeler avec son téléphone.

1. Quand la tablette sonne, regardez le nom affiché.
2. Touchez le bouton vert (ou faites-le glisser vers le haut).
3. Dites bonjour et vérifiez que vous vous voyez et vous entendez.`,
              helpText: `Si la tablette ne sonne pas, vérifiez qu’elle est connectée au wifi. Le symbole en éventail doit être en haut de l’écran.

Si le bouton vert ne réagit pas quand vous le touchez, essayez de le faire glisser vers le haut.

Si l’appel s’est arrêté avant que vous décrochiez, ce n’est pas grave : le bénévole rappelle.`,
            },
            {
              key: 'observation-decrocher',
              type: 'observation',
              skill: 'Décrocher un appel vidéo seul',
              description: `Le bénévole appelle la personne depuis son propre téléphone, ou un proche appelle à l’heure convenue.

Il regarde si la personne :

- reconnaît que c’est un appel vidéo ;
- touche ou fait glisser le bouton vert sans aide ;
- se place pour être vue (visage dans l’écran).

« Seul » veut dire sans indication pendant la sonnerie. Le bénévole reste en retrait et ne montre pas le bouton.`,
            },
          ],
        },
        {
          key: 'appeler-un-proche',
          title: 'Appeler un proche',
          required: true,
          steps: [
            {
              key: 'appeler-etapes',
              type: 'text',
              title: 'Appeler avec WhatsApp',
              markdown: `Pour appeler vous-même un proche en vidéo :

1. Sur l’écran d’accueil, touchez l’icône **WhatsApp**, la bulle verte.
2. En bas, touchez **Discussions**. Vous voyez la liste des personnes avec qui vous avez échangé.
3. Touchez le nom de la personne à appeler. La conversation s’ouvre.
4. En haut à droite, vous voyez deux petits dessins : une **caméra** et un **téléphone**.
5. Touchez la **caméra** pour un appel vidéo. Le téléphone sert aux appels sans image.
6. Si la tablette demande une confirmation, touchez **Appeler**.
7. Attendez que votre proche décroche. Cela sonne chez lui.

Si la personne ne répond pas, l’appel s’arrête tout seul au bout d’un moment. Réessayez plus tard.`,
            },
            {
              key: 'contact-absent',
              type: 'text',
              title: 'Je ne trouve pas le nom de mon proche',
              markdown: `Si le nom n’est pas dans la liste des discussions :

1. Dans WhatsApp, touchez le bouton rond en bas à droite. Il porte une bulle avec un petit signe plus. Il sert à démarrer une **nouvelle discussion**.
2. La liste de vos contacts apparaît. Faites-la défiler avec le doigt.
3. Touchez le nom de votre proche.
4. Touchez ensuite la caméra, en haut à droite.

Si le nom n’apparaît nulle part, votre proche n’est pas encore dans vos contacts. Ou il n’a pas WhatsApp. Demandez à votre famille ou au bénévole de l’ajouter avec vous.

Il existe aussi un onglet **Appels**, en bas de WhatsApp. Il garde la liste de vos derniers appels. Touchez la petite caméra à côté d’un nom pour rappeler.`,
            },
            {
              key: 'pratique-appeler',
              type: 'practice',
              title: 'Appeler le bénévole en vidéo',
              instruction: `Sur votre tablette :

1. Touchez l’icône **WhatsApp**.
2. Touchez **Discussions**, puis le nom du bénévole ou d’un proche qui attend votre appel.
3. Touchez la **caméra**, en haut à droite.
4. Attendez qu’on décroche, puis dites bonjour.`,
              helpText: `Si vous voyez deux petits dessins en haut, touchez bien celui de la caméra, pas celui du téléphone.

Si rien ne se passe, vérifiez le wifi. Puis réessayez.

Si vous vous êtes trompé de personne, touchez tout de suite le bouton rouge. Ce n’est pas grave : envoyez un petit mot d’excuse ensuite si vous le souhaitez.`,
            },
            {
              key: 'observation-appeler',
              type: 'observation',
              skill: 'Lancer un appel vidéo vers un proche',
              description: `Le bénévole demande à la personne d’appeler un proche ou le bénévole lui-même.

Il regarde si la personne :

- ouvre WhatsApp seule ;
- retrouve le bon nom dans les discussions ou les contacts ;
- choisit l’icône caméra et non le téléphone ;
- attend calmement que l’autre décroche.

Le bénévole ne choisit pas le contact à la place de la personne.`,
            },
          ],
        },
        {
          key: 'pendant-l-appel',
          title: 'Pendant l’appel : micro, caméra, raccrocher',
          required: true,
          steps: [
            {
              key: 'image-boutons-appel',
              type: 'image',
              svg: SVG_BOUTONS_APPEL,
              alt: 'Barre de boutons en bas de l’écran pendant un appel. À gauche, un bouton gris avec un micro : Micro. Au milieu, un bouton gris avec une caméra : Caméra. À droite, un bouton rouge : Raccrocher.',
              caption: 'Touchez l’écran une fois si ces boutons ont disparu.',
            },
            {
              key: 'boutons-pendant-appel',
              type: 'text',
              title: 'Les boutons pendant l’appel',
              markdown: `Pendant l’appel, des boutons apparaissent en bas de l’écran. S’ils disparaissent, **touchez l’écran une fois** : ils reviennent.

1. **Le micro.** Touchez-le pour couper votre voix. Le micro apparaît alors **barré**. Votre proche ne vous entend plus. Touchez-le de nouveau pour reparler.
2. **La caméra.** Touchez-la pour couper l’image. La caméra apparaît barrée. Votre proche vous entend, mais ne vous voit plus.
3. **Le bouton avec deux flèches en rond.** Il fait passer de la caméra de devant à celle de derrière. Pratique pour montrer votre jardin ou un bouquet !
4. **Le bouton rouge : raccrocher.** Il termine l’appel.

Si votre proche vous dit « je ne t’entends pas », regardez si le micro est barré. C’est la cause la plus fréquente.`,
            },
            {
              key: 'raccrocher',
              type: 'text',
              title: 'Raccrocher',
              markdown: `Quand vous avez fini de parler, dites au revoir, comme au téléphone.

1. Touchez l’écran si les boutons ont disparu.
2. Touchez le **bouton rouge**.
3. L’appel s’arrête. Vous revenez à la conversation.
4. Touchez **Accueil** pour revenir à vos icônes.

Pensez à bien raccrocher. Sinon, l’appel peut continuer sans que vous le sachiez.

Si l’image se fige ou si le son coupe, ce n’est pas de votre faute. Internet est parfois lent. Raccrochez et rappelez : c’est souvent la meilleure solution.`,
            },
            {
              key: 'appel-de-groupe',
              type: 'text',
              title: 'Voir plusieurs proches en même temps',
              markdown: `Avec WhatsApp, plusieurs personnes peuvent participer au même appel vidéo. C’est un **appel de groupe**. Pratique pour un anniversaire, ou pour voir vos enfants et vos petits-enfants en même temps.

Le plus simple : laissez un proche **lancer** l’appel de groupe. Vous n’aurez qu’à décrocher avec le bouton vert, comme d’habitude.

L’écran se partage alors en plusieurs cadres, un par personne. Les cadres sont plus petits : tournez la tablette à l’horizontale si c’est plus confortable.

À plusieurs, il faut parler chacun son tour. Si vous n’entendez pas bien, dites-le simplement : vos proches parleront plus lentement.`,
            },
            {
              key: 'pratique-micro',
              type: 'practice',
              title: 'Couper le micro puis raccrocher',
              instruction: `Pendant un appel d’essai avec le bénévole ou un proche :

1. Touchez le **micro** : il devient barré. Parlez : l’autre ne vous entend plus.
2. Touchez de nouveau le micro pour rétablir le son.
3. Touchez la **caméra** pour couper l’image, puis rallumez-la.
4. Dites au revoir et touchez le **bouton rouge**.`,
              helpText: `Si vous ne voyez plus les boutons, touchez une fois le milieu de l’écran.

Si vous avez raccroché par erreur, ce n’est pas grave : rappelez en touchant la caméra dans la conversation.`,
            },
            {
              key: 'quiz-appel-video',
              type: 'quiz',
              title: 'Vérifions ensemble',
              passThreshold: 70,
              questions: [
                {
                  key: 'q-decrocher',
                  prompt: 'La tablette sonne : votre fille vous appelle en vidéo. Que faites-vous ?',
                  multiple: false,
                  choices: [
                    {
                      key: 'bouton-vert',
                      text: 'Je touche le bouton vert, ou je le fais glisser vers le haut.',
                      correct: true,
                      feedback: 'Exactement. Le bouton vert sert à accepter l’appel.',
                    },
                    {
                      key: 'bouton-rouge',
                      text: 'Je touche le bouton rouge.',
                      correct: false,
                      feedback: 'Le bouton rouge refuse l’appel. Pour répondre, c’est le bouton vert.',
                    },
                    {
                      key: 'eteindre',
                      text: 'J’appuie sur le bouton Marche / Arrêt.',
                      correct: false,
                      feedback:
                        'Cela couperait la sonnerie, ou refuserait l’appel. Pour répondre, touchez le bouton vert.',
                    },
                  ],
                },
                {
                  key: 'q-micro-barre',
                  prompt:
                    'Votre proche vous dit : « Je te vois, mais je ne t’entends pas ». Que vérifiez-vous ?',
                  multiple: false,
                  choices: [
                    {
                      key: 'micro',
                      text: 'Si le micro est barré.',
                      correct: true,
                      feedback: 'Oui. Un micro barré est coupé. Touchez-le pour reparler.',
                    },
                    {
                      key: 'camera',
                      text: 'Si la caméra est barrée.',
                      correct: false,
                      feedback:
                        'La caméra concerne l’image. Ici, c’est le son qui manque : regardez le micro.',
                    },
                    {
                      key: 'luminosite',
                      text: 'Si l’écran est assez lumineux.',
                      correct: false,
                      feedback:
                        'La lumière de l’écran ne change rien au son. Regardez plutôt si le micro est barré.',
                    },
                  ],
                },
                {
                  key: 'q-bien-place',
                  prompt: 'Pour que votre proche vous voie bien, que faut-il faire ? (plusieurs réponses)',
                  multiple: true,
                  choices: [
                    {
                      key: 'lumiere-face',
                      text: 'Avoir la lumière face à soi.',
                      correct: true,
                      feedback: 'Oui, votre visage sera bien éclairé.',
                    },
                    {
                      key: 'hauteur-yeux',
                      text: 'Mettre la caméra à hauteur des yeux.',
                      correct: true,
                      feedback: 'Oui, on vous voit alors de face, pas par en dessous.',
                    },
                    {
                      key: 'fenetre-dos',
                      text: 'S’asseoir dos à une fenêtre.',
                      correct: false,
                      feedback:
                        'La fenêtre dans le dos met votre visage dans l’ombre. Mieux vaut l’avoir en face.',
                    },
                    {
                      key: 'tenir-a-bout-de-bras',
                      text: 'Tenir la tablette à bout de bras tout l’appel.',
                      correct: false,
                      feedback:
                        'C’est fatigant et l’image bouge. Un support ou une pile de livres fait très bien l’affaire.',
                    },
                  ],
                },
                {
                  key: 'q-appeler',
                  prompt: 'Dans une conversation WhatsApp, quel dessin touchez-vous pour un appel vidéo ?',
                  multiple: false,
                  choices: [
                    {
                      key: 'camera',
                      text: 'La petite caméra, en haut à droite.',
                      correct: true,
                      feedback: 'Bravo. La caméra lance un appel avec l’image.',
                    },
                    {
                      key: 'telephone',
                      text: 'Le petit téléphone.',
                      correct: false,
                      feedback:
                        'Le téléphone lance un appel sans image. Pour la vidéo, choisissez la caméra.',
                    },
                    {
                      key: 'trombone',
                      text: 'Le trombone.',
                      correct: false,
                      feedback:
                        'Le trombone sert à envoyer une photo ou un document. Pour la vidéo, c’est la caméra.',
                    },
                  ],
                },
                {
                  key: 'q-inconnu',
                  prompt: 'Un numéro inconnu vous appelle en vidéo. Que pouvez-vous faire ?',
                  multiple: false,
                  choices: [
                    {
                      key: 'ne-pas-repondre',
                      text: 'Ne pas répondre, ou toucher le bouton rouge.',
                      correct: true,
                      feedback:
                        'C’est prudent. Un proche vous laissera un message. Vous pourrez en parler au bénévole.',
                    },
                    {
                      key: 'repondre-et-donner-infos',
                      text: 'Répondre et donner son adresse si on la demande.',
                      correct: false,
                      feedback:
                        'Mieux vaut ne jamais donner d’informations personnelles à un inconnu. Dans le doute, ne répondez pas.',
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
      key: 'autres-applications',
      title: 'Les autres applications',
      lessons: [
        {
          key: 'skype-et-les-autres',
          title: 'Pour aller plus loin : Skype et les autres applications',
          required: false,
          steps: [
            {
              key: 'skype-histoire',
              type: 'text',
              title: 'Et Skype ?',
              markdown: `Vous avez peut-être entendu parler de **Skype**. Pendant le confinement de 2020, beaucoup de centres sociaux ont appris à leurs habitants à s’en servir. C’était l’outil des appels vidéo en famille.

**Skype n’existe plus.** Microsoft l’a fermé en mai 2025. Les personnes qui l’utilisaient ont été invitées à passer à **Microsoft Teams**, dans sa version gratuite.

Si un proche vous parle encore de Skype, proposez-lui WhatsApp, ou l’une des applications ci-dessous.`,
            },
            {
              key: 'autres-applis',
              type: 'text',
              title: 'D’autres applications pour se voir',
              markdown: `Toutes ces applications marchent de la même façon : un bouton vert ou une caméra pour appeler, un bouton rouge pour raccrocher, un micro et une caméra que l’on peut couper.

1. **WhatsApp** : la plus utilisée en famille. C’est celle de ce parcours.
2. **Microsoft Teams** : la suite de Skype. Elle sert aussi pour des réunions.
3. **Google Meet** : souvent déjà installée sur les tablettes Android.
4. **FaceTime** : seulement entre appareils Apple, comme l’iPhone et l’iPad.
5. **Messenger** : l’application de messages de Facebook.

Inutile de tout installer. Choisissez avec votre famille **une seule** application, celle que vos proches utilisent déjà. C’est plus simple pour tout le monde.

Pour installer une nouvelle application, demandez l’aide du bénévole ou du centre social. Et méfiez-vous des applications qui demandent de payer : les appels vidéo en famille sont gratuits.`,
            },
            {
              key: 'messages-ecrits-vocaux',
              type: 'text',
              title: 'Entre deux appels : les messages écrits et vocaux',
              markdown: `WhatsApp ne sert pas qu’à se voir. Il sert aussi à envoyer des **messages**, comme des SMS, gratuitement.

**Écrire un message :**

1. Ouvrez la conversation de votre proche.
2. Touchez la zone blanche en bas, où il est écrit **Message**.
3. Tapez votre texte.
4. Touchez la flèche verte pour l’envoyer.

**Envoyer un message vocal**, si écrire vous fatigue :

1. Dans la conversation, **gardez le doigt appuyé** sur le petit micro vert, en bas à droite.
2. Parlez, sans lever le doigt.
3. Relevez le doigt : le message part tout seul.

Si vous vous trompez en enregistrant, faites glisser le doigt vers la gauche avant de le lever : le message est annulé.

Vos proches peuvent aussi vous envoyer des **photos** et des **vidéos**. Touchez-les pour les agrandir. C’est une belle façon de garder le lien entre deux appels.`,
            },
            {
              key: 'observation-appel-complet',
              type: 'observation',
              skill: 'Mener un appel vidéo du début à la fin',
              description: `Lors d’une visite, le bénévole observe un appel complet avec un proche, prévu à l’avance.

Il regarde si la personne :

- répond ou appelle sans aide ;
- se place pour être vue et entendue ;
- coupe ou rétablit le micro si besoin ;
- raccroche avec le bouton rouge.

Le bénévole se tient un peu à l’écart pendant l’appel, par discrétion. Il ne note rien du contenu de la conversation.`,
            },
          ],
        },
      ],
    },
  ],
};
