# Risk to the recipient (N08), French (folded: no accents). Concept co-occurrence in
# risk_cue_*.txt (risk.py) covers what these phrases do not.
\b(?:renverser|faire tomber|abattre|detruire)\s+(?:le|ce|la|cette|les)\s+(?:\w+\s+)?(?:regime|gouvernement|pouvoir|dictature|dictateur|junte|mollahs|makhzen|tyran|tyrannie)\b
\brenversement\s+du\s+(?:regime|gouvernement|pouvoir)\b
\bprendre\s+les\s+armes\b
\b(?:lutte|insurrection|revolte)\s+armee\b
\b(?:attaquer|prendre d'assaut|bruler|incendier|faire sauter)\s+(?:la|le|les|cette|ce)\s+(?:prison|commissariat|gardiens|policiers|police|caserne|tribunal|soldats|palais)\b
\b(?:vous|te|t')\s*(?:faire\s+)?evader\b
\b(?:evasion|s'evader)\b
\b(?:faire passer|faire entrer|introduire|cacher|glisser)\s+(?:\w+\s+){0,3}?(?:telephone|portable|puce|couteau|arme|lame|pistolet|cle|drogue)\b
\b(?:couteau|arme|pistolet|lame)\b[^.!?\n]{0,60}?\b(?:vous defendre|te defendre|vous proteger|te proteger)\b
\bsoyez\s+prete?s?\b[^.!?\n]{0,40}\b(?:gardiens|nuit|signal)\b
\bquand\s+les\s+gardiens\s+(?:changent|dorment|partent)\b
\bsoudoyer\s+les\s+(?:gardiens|juges)\b
# Évasion et assaut, plus largement.
\bprendre\s+(?:la|le|cette|ce|les)\s+(?:\w+\s+)?(?:prison|commissariat|caserne|tribunal|palais|prefecture|gendarmerie)\s+d'assaut\b
\b(?:on|nous)\s+(?:va|vais|allons|viendra|viendrons|peut|pourrait|pourrions|devrait|devons|doit)\s+(?:\w+\s+){0,2}?(?:vous|te|t')\s*(?:faire\s+)?(?:sortir|liberer|evader|chercher)\b[^.!?\n]{0,80}?\b(?:d'assaut|par la force|avec des armes|armes|de nuit|cette nuit|en secret|une voiture|un tunnel|par le mur|les barreaux)\b
\b(?:on|nous)\s+(?:va|vais|allons|viendra|viendrons|reviendra|reviendrons|ira|irons|peut|pourrait|pourra|pourrons|devrait|devons|doit|faut)\b[^.!?\n]{0,60}?\bavec\s+(?:des|nos|les)\s+(?:armes|fusils|kalachnikovs|pistolets|explosifs)\b
\b(?:une voiture|un chauffeur|un bateau)\s+(?:vous\s+|t'\s*)?(?:attendra|attend|attendra dehors|sera la)\b
\b(?:faux|fausse|faux papiers|faux passeport)\s+(?:papiers|passeport|identite)\b
# Plans d'évasion sans le mot (2026.3).
\b(?:te|vous)\s+(?:faire\s+)?sortir\b[^.!?\n]{0,60}?\b(?:voiture|camionnette|gardiens?|transfert|transfere\w*|hopital|cette nuit|la nuit|minuit|sois pret\w*|soyez pret\w*|signal|soudoy\w*|frontiere)\b
\bquand\s+(?:ils|on)\s+(?:te|vous)\s+(?:transfere\w*|emmene\w*|deplace\w*)\b[^.!?\n]{0,60}?\b(?:sois|soyez)\s+pret\w*
\b(?:sois|soyez)\s+pret\w*\b[^.!?\n]{0,60}?\bquand\s+(?:ils|on)\s+(?:te|vous)\s+(?:transfere\w*|emmene\w*|deplace\w*)\b
# "Le seul langage que ce régime comprend, c'est la force" (unbroken wordings in
# risk_cue_forcelang.txt).
\bseul\s+langage\s+qu(?:e\s+|')(?:\w+\s+){0,3}?comprenn?e?n?t?\s*,?\s*(?:c'est|est)\s+(?:la\s+force|la\s+violence|celui de la force)\b
\b(?:sait|savons|connait|connaissons)\s+(?:ou\s+(?:habite|vit)\s+(?:le|la|ce|cette|ton|votre)\s+(?:\w+\s+)?(?:juge|procureur|procureure|gardien|enqueteur|policier)|l'adresse\s+d[ue]\s+(?:\w+\s+)?(?:juge|procureur|procureure|gardien|enqueteur|policier))\b
