# Claims that attack a group said of it (N04, 2026.4), French. See hate_claims_en.re.
\b(?:sont|est|etaient|etait)\s+(?:(?:toujours|tous|toutes|bien|vraiment|en\s+realite)\s+)*(?:derriere|responsables?\s+de)\s+(?:tout|tous|toutes|chaque|cela|ca|ce\s+(?:malheur|probleme|chaos|regime|gouvernement)|nos\s+\w+|(?:la|les)\s+(?:guerre|crise|corruption|injustices?|malheurs|problemes|violences?|crimes?|misere))\b
\b(?:controlent|controle|dominent|domine|manipulent|manipule|tiennent|possedent|infiltrent|infiltre)\s+(?:(?:tout|toute|tous|toutes|les|la|le|nos|notre)\s+|l')*(?:medias|presse|banques|finance|argent|monde|gouvernement|gouvernements|politiques|politiciens|economie|tribunaux|pays|occident)\b
\b(?:tirent|tire|tirant)\s+les\s+ficelles\b
\b(?:veulent|voulaient|veut|cherchent a|complotent pour|prevoient de)\s+(?:nous\s+)?(?:detruire|remplacer|dominer|controler|islamiser|conquerir|envahir|asservir|prendre\s+le\s+pouvoir)\b
\b(?:sont|est)\s+(?:la\s+)?(?:vraie\s+)?(?:source|cause|racine)\s+de\s+(?:tous|toutes|tout|nos|ce|cette)\b
\b(?:sont|est)\s+(?:les?|la|des|une?)?\s*(?:vrais?\s+|pires\s+)?ennemi(?:e|s|es)?\s+de\s+(?:la\s+|l'|des\s+|nos\s+|notre\s+)?(?:liberte|femmes?|humanite|civilisation|democratie|progres|peuple|nation|paix)\b
\b(?:ont toujours hai|haissent|detestent)\s+(?:tout\s+le\s+monde|les\s+autres|notre\s+\w+|nos\s+\w+|nous)\b
\b(?:n'ont|n'a)\s+(?:aucune?|pas\s+de|ni)\s+(?:conscience|morale|honte|honneur|ame|dignite|culture|valeurs|cerveau)\b
\b(?:sont|est)\s+(?:(?:juste|tous|toutes|seulement|qu')\s+)*(?:un|une)\s+(?:peuple|nation|race|bande|troupeau)\s+(?:d'|de\s+)(?:esclaves|voleurs|menteurs|laches|sauvages|criminels|traitres|moutons|barbares|animaux|ivrognes|parasites|bandits|assassins|terroristes|fanatiques)\b
\b(?:peuple|nation|race|mentalite|ame)\s+(?:d'esclaves|de\s+serfs|servile|d'esclave)\b
\bne (?:(?:pensent|reflechissent)\s+(?:plus|pas)\s+par\s+eux-memes|sont\s+pas\s+(?:vraiment\s+)?(?:humains|des\s+humains|de\s+vraies\s+femmes|de\s+vrais\s+hommes|normaux|normales)|(?:devraient|doivent)\s+(?:pas|plus)\s+(?:avoir\s+le\s+droit\s+de\s+)?(?:voter|diriger|gouverner|faire\s+de\s+la\s+politique|exister|se\s+marier|adopter|enseigner)|meritent\s+pas\s+de\s+(?:voter|vivre|exister|diriger))\b
\bnes (?:menteurs|voleurs|criminels|esclaves|traitres)\b
\b(?:vol|mensonge|crime|violence|trahison)\s+dans\s+le\s+sang\b
\b(?:denonceraient|vendraient|trahiraient)\s+(?:\w+\s+)?(?:propres\s+)?(?:parents|meres?|peres?|freres?|familles?|enfants|voisins)\b
\b(?:meritent|merite|meritaient)\s+(?:bien\s+)?(?:leur|leurs|ce|cette|ces|le|la|son|sa)\s+(?:gouvernement|regime|dirigeants?|dictateur|dictature|tsar|prisons?|sort|misere|tyran|chaines)\b
\bont ce\s+qu'ils\s+meritent\b
\b(?:sont|est)\s+(?:(?:toutes|tous|juste|simplement|naturellement|beaucoup)\s+)?trop\s+(?:emotives?|emotifs|hysteriques|faibles|irrationnel(?:le)?s|betes|stupides|sensibles|fragiles|instables|naives?|puerils|puériles|primitifs|arrieres|paresseux|seniles)\s+(?:pour|pour\s+la)\b
\b(?:doivent|devraient|faudrait qu'ils|faudrait qu'elles)\s+(?:rester\s+(?:a\s+la\s+maison|a\s+la\s+cuisine|chez\s+elles|chez\s+eux|a\s+leur\s+place)|se\s+taire|obeir)\b
\b(?:doivent|devraient)\s+(?:tous\s+|toutes\s+)?(?:etre\s+)?(?:expulses|expulsees|renvoyes|chasses|deportes|bannis|interdits|enfermes|steriliseS|exterminees?|extermines|elimines|prives\s+du\s+droit\s+de\s+vote|prives\s+de\s+leurs\s+droits|partir|rentrer\s+chez\s+eux|degager|disparaitre)\b
\bn'ont\s+rien\s+a\s+faire\s+(?:ici|en|dans|chez)\b
\b(?:leur retirer|leur enlever|retirer|enlever)\s+(?:le\s+droit\s+de\s+vote|la\s+nationalite|leurs\s+droits)\b
\b(?:sont|est)\s+(?:(?:une?|juste|simplement|clairement)\s+)*(?:maladie|maladie\s+mentale|trouble\s+mental|perversion|deviance|anomalie|aberration)\b
\bont besoin\s+d'(?:un\s+psychiatre|une\s+therapie|etre\s+soignes)\b
\b(?:sont|vivent|se comportent|se reproduisent|pullulent)\s+comme\s+(?:des\s+)?(?:animaux|rats|vermine|cafards|insectes|chiens|porcs|singes|betes|sauvages|lapins|sauterelles|poux|un\s+virus|une\s+peste|un\s+cancer)\b
\bennemi(?:e|s|es)?\s+(?:jure\s+|jures\s+)?(?:de\s+la\s+|de\s+l'|des\s+|de\s+nos\s+|de\s+notre\s+|du\s+|de\s+)(?:liberte|femmes?|humanite|civilisation|democratie|progres|peuple|nation|paix)\b
