import type { SeedCourse } from '../seed-course';

export const course: SeedCourse = {
  key: 'animer-un-premier-appel-video-avec-la-famille',
  title: 'Animer un premier appel vidéo avec la famille',
  summary:
    'Le premier appel vidéo avec un enfant ou un petit-enfant est souvent le moment fort de l’accompagnement. Cette formation vous aide à le préparer avec la famille, à tester l’installation avant, à bien cadrer l’image, et à laisser la personne appuyer elle-même sur le bouton. Elle aborde aussi l’émotion qui accompagne souvent ces retrouvailles, et la façon d’installer un rendez-vous régulier pour la suite.',
  audience: 'volunteer',
  level: 2,
  estimatedMinutes: 40,
  competenceCodes: ['2.1', '2.4'],
  requiredForVisits: false,
  modules: [
    {
      key: 'premier-appel',
      title: 'Le premier appel vidéo',
      lessons: [
        {
          key: 'preparer-avec-la-famille',
          title: 'Préparer avec la famille',
          required: true,
          steps: [
            {
              key: 'enjeu',
              type: 'text',
              title: 'Un moment qui compte',
              markdown: `Pour beaucoup de personnes âgées isolées, voir le visage d’un proche à l’écran est la raison même d’apprendre la tablette. Pendant le confinement de 2020, de nombreux centres sociaux ont prêté des tablettes précisément pour cela.

Un premier appel réussi donne envie de continuer. Un premier appel raté (pas de son, proche injoignable, image figée) peut décourager durablement.

D’où l’importance de le **préparer**, en amont, avec la personne et avec sa famille.`,
            },
            {
              key: 'accord-de-la-personne',
              type: 'text',
              title: 'D’abord, l’accord de la personne',
              markdown: `C’est la personne accompagnée qui décide :

- **qui** elle souhaite appeler ;
- **si** vous pouvez contacter ce proche pour préparer l’appel ;
- **ce que** vous pouvez lui dire de l’accompagnement.

Demandez-lui explicitement. Certaines relations familiales sont compliquées, et ce n’est pas à vous d’en juger.

Le plus simple est souvent que la personne appelle elle-même son proche, au téléphone, en votre présence, pour fixer le rendez-vous. Vous pouvez ensuite échanger quelques mots avec lui, avec son accord.`,
            },
            {
              key: 'proche-injoignable',
              type: 'text',
              title: 'Quand la famille est absente ou loin',
              markdown: `Toutes les personnes accompagnées n’ont pas de famille proche, ou disponible. Le premier appel peut alors se faire avec :

- un ami ou une amie de longue date, un ancien voisin ;
- un membre d’une association ou d’un club que la personne fréquentait ;
- un autre habitant accompagné par le centre, si les deux le souhaitent ;
- l’équipe du centre social, pour un « bonjour » en vidéo lors d’un atelier.

Le but reste le même : un visage familier ou bienveillant, un moment agréable, et l’envie de recommencer.

Ne poussez jamais la personne à reprendre contact avec un proche dont elle s’est éloignée. C’est son histoire, et son choix.`,
            },
            {
              key: 'briefer-la-famille',
              type: 'text',
              title: 'Ce qu’il faut convenir avec le proche',
              markdown: `1. **L’application** : celle que le proche utilise déjà, le plus souvent WhatsApp. Vérifiez qu’il l’a, et qu’il est bien dans les contacts de la tablette.
2. **Le jour et l’heure** : un créneau où il sera disponible et au calme, pendant votre visite.
3. **Qui appelle qui.** Pour un premier appel, il est souvent plus simple que **le proche appelle** : la personne n’a qu’à décrocher. Au deuxième appel, elle appellera elle-même.
4. **La durée** : dix à quinze minutes suffisent. On fera plus long la prochaine fois.
5. **Un plan B** : si la connexion échoue, on se rappelle au téléphone classique.

Donnez aussi quelques conseils au proche :

- se placer face à la lumière, caméra à hauteur du visage ;
- parler lentement et articuler, sans crier ;
- laisser des silences, le son arrive parfois avec un petit décalage ;
- ne pas faire de remarques sur l’apparence ou la lenteur ;
- encourager, sans ton condescendant.

Vous n’avez pas besoin de garder le numéro du proche dans votre propre téléphone : l’échange se fait depuis la tablette ou le téléphone de la personne.`,
            },
            {
              key: 'pratique-message-famille',
              type: 'practice',
              title: 'Mise en situation : préparer le message au proche',
              instruction: `Mme Garcia souhaite voir son petit-fils Lucas, qui vit à Montréal. Elle vous autorise à lui parler.

Rédigez dans votre carnet le message que Mme Garcia pourrait lui envoyer (ou lui dire au téléphone) pour organiser le premier appel : jour, heure, application, qui appelle, durée, plan B. Pensez au décalage horaire.`,
              helpText: `Exemple de message, à adapter avec Mme Garcia :

« Bonjour Lucas, c’est ta grand-mère. J’ai une tablette maintenant ! On peut se voir sur WhatsApp jeudi à 15 heures chez moi, 9 heures chez toi ? C’est toi qui m’appelles en vidéo, je décroche. Mon bénévole sera là. Si ça ne marche pas, appelle-moi sur le fixe. »

Ce sont les mots de Mme Garcia : c’est elle qui choisit comment elle signe. Montréal a généralement six heures de moins que la France.`,
            },
          ],
        },
        {
          key: 'tester-et-cadrer',
          title: 'Tester avant et bien cadrer',
          required: true,
          steps: [
            {
              key: 'tester-avant',
              type: 'text',
              title: 'Tester avant le vrai appel',
              markdown: `Une visite avant le grand jour, ou au moins un quart d’heure avant l’appel, faites un **appel d’essai** entre la tablette et votre téléphone :

1. **La tablette est chargée**, ou branchée.
2. **Le wifi fonctionne** à l’endroit où la personne s’installera. Certaines pièces captent mal.
3. **Le son** : volume assez fort, la personne vous entend bien.
4. **Le micro** : vous l’entendez bien, sans écho.
5. **L’image** : son visage est visible et éclairé.
6. **Les autorisations** : WhatsApp a bien accès à la caméra et au micro (la question n’apparaîtra pas au milieu du vrai appel).
7. **Le mode « Ne pas déranger »** est désactivé, sinon la tablette ne sonnera pas.

C’est aussi l’occasion pour la personne de s’entraîner à décrocher, sans enjeu.`,
            },
            {
              key: 'cadrer',
              type: 'text',
              title: 'Bien cadrer',
              markdown: `- **Un support stable** : un pupitre, un support de tablette, ou une pile de livres. La tablette tenue à la main fatigue et l’image tremble.
- **La caméra à hauteur des yeux**, pas en dessous du menton.
- **La lumière devant**, jamais une fenêtre dans le dos.
- **Le visage et les épaules** dans l’écran, pas seulement le front.
- **Un fond calme** : la personne choisit ce qu’elle montre de son intérieur.
- **Le calme** : télévision et radio éteintes.
- **Ses lunettes, son appareil auditif** si elle en utilise.

Faites régler ces éléments par la personne elle-même, en vous appuyant sur sa propre image dans le petit cadre de l’écran.`,
            },
            {
              key: 'pratique-test',
              type: 'practice',
              title: 'Mise en situation : l’appel d’essai',
              instruction: `Avec un collègue bénévole qui joue la personne accompagnée (ou avec votre propre tablette) :

1. Déroulez la liste de contrôle : charge, wifi, son, micro, image, autorisations, « Ne pas déranger ».
2. Appelez-le en vidéo depuis votre téléphone.
3. Guidez-le **uniquement par la parole** pour qu’il décroche et ajuste son cadrage.
4. Échangez ensuite vos impressions : quelles consignes étaient claires, lesquelles ne l’étaient pas ?`,
              helpText: `Si la tablette ne sonne pas, vérifiez le mode « Ne pas déranger » (souvent dans le volet qui descend du haut de l’écran) et les notifications de WhatsApp.

Si votre collègue n’entend rien, vérifiez le volume pendant l’appel : il se règle avec les boutons latéraux, et peut être différent du volume de la sonnerie.`,
            },
          ],
        },
        {
          key: 'le-jour-de-l-appel',
          title: 'Le jour de l’appel',
          required: true,
          steps: [
            {
              key: 'c-est-elle-qui-appuie',
              type: 'text',
              title: 'C’est la personne qui appuie',
              markdown: `Le jour venu, l’envie de « bien faire » pousse à tout gérer soi-même. Résistez.

- **La personne décroche elle-même.** Au besoin, rappelez la consigne : « Quand ça sonne, le bouton vert. » Puis laissez faire.
- **Si elle hésite**, attendez quelques secondes. Si l’appel est manqué, ce n’est pas grave : le proche rappelle.
- **Ne vous placez pas dans l’image.** Présentez-vous brièvement si la personne le souhaite, puis reculez.
- **Restez disponible, mais en retrait** : dans la pièce si elle le veut, ou dans la pièce voisine par discrétion.

La fierté d’avoir décroché seule vaut bien un appel manqué.`,
            },
            {
              key: 'gerer-l-emotion',
              type: 'text',
              title: 'Gérer l’émotion',
              markdown: `Revoir un visage aimé, parfois après des mois, provoque souvent une émotion forte : rires, larmes, silence. C’est normal, et c’est souvent un beau moment.

- **Ne coupez pas l’émotion.** Des larmes ne veulent pas dire que ça se passe mal.
- **Ne commentez pas** et ne filmez pas la scène.
- **Proposez un mouchoir, un verre d’eau**, discrètement.
- **Si la personne est submergée**, proposez doucement de raccourcir l’appel et de se rappeler bientôt.
- **Après l’appel**, laissez-lui un temps pour en parler si elle le souhaite.

Parfois aussi, l’appel réveille une tristesse : un proche distant, une nouvelle difficile. Écoutez sans juger. Si cela vous inquiète, parlez-en au coordinateur.`,
            },
            {
              key: 'incidents',
              type: 'text',
              title: 'Si la technique flanche',
              markdown: `- **Pas de son** : vérifiez le micro barré, puis le volume.
- **Image figée** : proposez de raccrocher et de rappeler. Si cela persiste, coupez la caméra d’un des côtés, le son passera mieux.
- **Le proche ne répond pas** : attendez dix minutes, puis passez au plan B (téléphone classique).
- **Rien ne marche** : pas de panique. Dites-le avec légèreté et fixez un nouveau rendez-vous. Le but reste le lien, pas la technique.

Évitez de reprendre la tablette pour « réparer ». Guidez par la parole, comme toujours.`,
            },
            {
              key: 'situations-particulieres',
              type: 'text',
              title: 'Quelques situations particulières',
              markdown: `**La personne entend mal.** Montez le volume au maximum avant l’appel. Un casque ou des écouteurs peuvent aider, si elle a l’habitude d’en porter. Demandez au proche de parler face à la caméra, lentement : la lecture sur les lèvres aide beaucoup. Certaines applications proposent des sous-titres automatiques, mais leur qualité varie.

**La personne voit mal.** Mettez l’appel en plein écran, tablette à l’horizontale. Le visage du proche sera plus grand. Un bon éclairage de la pièce aide aussi à voir l’écran.

**Le proche vit à l’étranger.** Vérifiez le décalage horaire en fixant le rendez-vous. L’appel par internet ne coûte rien de plus, même à l’autre bout du monde.

**Le proche est un jeune enfant.** Prévoyez un appel court, avec un parent à côté de l’enfant. Une chanson, un dessin montré à la caméra, un doudou : les enfants aiment montrer.

**Plusieurs proches veulent être là.** Commencez par un appel à deux. L’appel de groupe viendra plus tard, quand les gestes seront acquis.`,
            },
            {
              key: 'quiz-appel-famille',
              type: 'quiz',
              title: 'Le premier appel',
              passThreshold: 75,
              questions: [
                {
                  key: 'q-qui-appelle',
                  prompt: 'Pour un tout premier appel, quelle organisation est souvent la plus simple ?',
                  multiple: false,
                  choices: [
                    {
                      key: 'proche-appelle',
                      text: 'Le proche appelle, la personne n’a qu’à décrocher.',
                      correct: true,
                      feedback:
                        'Oui. Un seul geste à faire : le bouton vert. Elle appellera elle-même la fois suivante.',
                    },
                    {
                      key: 'benevole-appelle',
                      text: 'Le bénévole lance l’appel depuis la tablette.',
                      correct: false,
                      feedback:
                        'Non : c’est à la personne d’agir. Le plus simple est qu’elle décroche un appel du proche.',
                    },
                  ],
                },
                {
                  key: 'q-test',
                  prompt: 'Que vérifier lors de l’appel d’essai ? (plusieurs réponses)',
                  multiple: true,
                  choices: [
                    {
                      key: 'wifi-piece',
                      text: 'Le wifi dans la pièce où aura lieu l’appel.',
                      correct: true,
                      feedback: 'Oui, certaines pièces captent mal.',
                    },
                    {
                      key: 'ne-pas-deranger',
                      text: 'Que le mode « Ne pas déranger » est désactivé.',
                      correct: true,
                      feedback: 'Oui, sinon la tablette ne sonnera pas.',
                    },
                    {
                      key: 'autorisations',
                      text: 'Que l’application a accès à la caméra et au micro.',
                      correct: true,
                      feedback: 'Oui, pour éviter une question surprise au milieu du vrai appel.',
                    },
                    {
                      key: 'mot-de-passe',
                      text: 'Le mot de passe du compte de la personne.',
                      correct: false,
                      feedback: 'Ce n’est pas nécessaire, et vous n’avez pas à le connaître.',
                    },
                  ],
                },
                {
                  key: 'q-larmes',
                  prompt: 'Pendant l’appel, la personne pleure en voyant son petit-fils. Que faites-vous ?',
                  multiple: false,
                  choices: [
                    {
                      key: 'laisser',
                      text: 'Je la laisse vivre ce moment, je propose discrètement un mouchoir.',
                      correct: true,
                      feedback:
                        'Oui. L’émotion est normale et souvent heureuse. Restez discret et disponible.',
                    },
                    {
                      key: 'raccrocher',
                      text: 'Je raccroche pour la protéger.',
                      correct: false,
                      feedback:
                        'Ce n’est pas à vous de décider. Si elle semble submergée, proposez-lui de raccourcir, mais laissez-la choisir.',
                    },
                    {
                      key: 'filmer',
                      text: 'Je filme la scène pour la famille.',
                      correct: false,
                      feedback:
                        'Non. C’est un moment intime ; on ne filme pas, même avec de bonnes intentions.',
                    },
                  ],
                },
                {
                  key: 'q-echec',
                  prompt: 'L’appel n’a pas fonctionné malgré tout. Que faire ?',
                  multiple: false,
                  choices: [
                    {
                      key: 'plan-b',
                      text: 'Passer au plan B (téléphone) et fixer un nouveau rendez-vous, avec légèreté.',
                      correct: true,
                      feedback: 'Oui. Le but est le lien. Un essai manqué n’est pas un échec de la personne.',
                    },
                    {
                      key: 'abandonner',
                      text: 'Conclure que la vidéo n’est pas faite pour elle.',
                      correct: false,
                      feedback:
                        'Trop tôt pour conclure. La plupart des échecs viennent de la connexion, pas de la personne.',
                    },
                  ],
                },
              ],
            },
          ],
        },
        {
          key: 'prevoir-la-suite',
          title: 'Après l’appel : prévoir la suite',
          required: true,
          steps: [
            {
              key: 'debriefer',
              type: 'text',
              title: 'Faire le point avec la personne',
              markdown: `Après l’appel, prenez quelques minutes :

- « Comment vous êtes-vous senti ? »
- « Qu’est-ce qui a été facile ? Qu’est-ce qui a été difficile ? »
- « Vous aimeriez l’appeler vous-même la prochaine fois ? »

Valorisez ce qu’elle a fait elle-même : décrocher, se placer, raccrocher.

Notez ensuite dans Passerelle les observations correspondantes, par exemple « Décrocher un appel vidéo seul ». Ne notez rien du contenu de la conversation ni de la vie familiale.`,
            },
            {
              key: 'rituel',
              type: 'text',
              title: 'Installer un rendez-vous régulier',
              markdown: `L’autonomie vient de la régularité. Aidez la personne à installer un **rituel** :

1. **Un jour et une heure fixes**, convenus avec le proche : « tous les dimanches à 11 heures ».
2. **Un mémo papier** près de la tablette, écrit par elle : comment décrocher, comment appeler, comment raccrocher.
3. **Progressivement, plus de proches** : un autre enfant, une amie, une sœur. Avec son accord, et en ajoutant leurs contacts avec elle.
4. **Le passage de relais à la famille** : le proche sait maintenant l’encourager et la dépanner par téléphone.

Votre objectif : que les appels continuent **sans vous**. C’est le signe d’un accompagnement réussi.`,
            },
            {
              key: 'pratique-plan-suite',
              type: 'practice',
              title: 'Mise en situation : planifier les trois prochaines semaines',
              instruction: `Le premier appel de M. Nguyen avec sa fille s’est bien passé. Il a décroché seul, mais n’a jamais appelé lui-même.

Dans votre carnet, proposez un plan pour les trois prochaines visites : l’objectif de chacune, ce que vous convenez avec sa fille, et le signe qui vous dira qu’il est autonome.`,
              helpText: `Exemple :

- Visite 1 : appeler sa fille lui-même (WhatsApp, son nom, la caméra). La fille est prévenue et attend l’appel.
- Visite 2 : appeler seul, sans consigne, puis ajouter le contact de sa sœur avec lui.
- Visite 3 : le bénévole observe un appel complet sans intervenir.
- Signe d’autonomie : il appelle entre deux visites, de sa propre initiative. La famille peut vous le confirmer, s’il est d’accord.`,
            },
          ],
        },
      ],
    },
  ],
};
