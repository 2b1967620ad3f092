# Threats and wishes of violence (N07), French (folded: no accents).
\b(?:je|j'|on|nous)\s*(?:vais|va|allons|veux|voudrais|devrait|devrais|devrions|doit|faudrait)?\s*(?:vous|te|t'|les|le|la|l')\s*(?:tuer|buter|flinguer|egorger|pendre|fusiller|massacrer|cramer|bruler vifs?|frapper|tabasser|defoncer)\b
\b(?:casser|peter|eclater|defoncer|refaire)\s+la\s+(?:gueule|figure|tete|face)\b
\bfaire\s+la\s+peau\b
\b(?:j'espere|espere|esperons|souhaite|souhaitons)\b[^.!?\n]{0,80}?\b(?:crevent|creve|meurent|meure|mourir|crever|pourrissent|pourrisse|pourrir|brulent|brule|souffrent|souffre|soient tues|soit tue|soient pendus|soient fusilles|payent de leur vie)\b
\bqu'(?:ils|elles|il|elle)\s+(?:crevent|creve|meurent|meure|pourrissent|pourrisse|brulent en enfer|soient tues|soient pendus|soient fusilles)\b
\bmerit(?:e|ent|eraient|erait)\s+(?:de\s+)?(?:mourir|crever|pourrir|la mort|la peine de mort|d'etre (?:tues?|pendus?|fusilles?|abattus?|battus?|tortures?)|qu'on (?:les|le|la|leur|lui)\s+\w+)
\ba mort les\b
\bmort aux\s+\w+
\b(?:devraient|devrait|doivent|doit|faut)\s+(?:les\s+|le\s+|la\s+)?(?:etre\s+)?(?:tous\s+)?(?:etre\s+)?(?:tues|tue|tuer|pendus|pendu|pendre|fusilles|fusille|fusiller|abattus|abattre|egorges|egorger|lynches|lyncher|bruler|executes|executer)\b
\b(?:pourrir|pourrissez|pourrissent|brulez|brulent|bruler)\s+en\s+enfer\b
\b(?:va|allez)\s+(?:en enfer|crever|mourir)\b
\bcrevez\b
# Menaces voilées et souhaits de violence de masse.
\b(?:ils|elles|il|elle|vous|tu|tous)\s+(?:vont|va|allez|vas)\s+(?:le\s+)?(?:payer|regretter|le payer)\b
\b(?:ils|elles|il|elle|vous|tu)\s+(?:le\s+)?(?:paieront|payeront|paiera|payera|paierez|payerez|paieras|payeras|regretteront|regretterez|regretteras)\b
\b(?:on|nous|je)\s+(?:sait|savons|sais|connait|connaissons|connais)\s+ou\s+(?:\w+\s+){0,3}?(?:habitent|habite|habitez|habites|vivent|vit|vivez|vis|dorment|dort|travaillent|travaille)\b
\b(?:vos|leurs|ses|tes)\s+jours\s+sont\s+comptes\b
\b(?:fais|faites|faudra faire|qu'ils fassent)\s+(?:gaffe|attention)\s+a\s+(?:toi|vous|eux|leurs? fesses|vos fesses)\b
\b(?:raser|rayer|effacer|bombarder|atomiser|vitrifier|nucleariser)\s+(?:\w+\s+){0,2}?(?:pays|ville|peuple)\b
\b(?:devrait|devraient|faudrait|faut)\s+(?:le\s+|la\s+|les\s+)?(?:etre\s+)?(?:raye|rayes|rayer|efface|effaces|effacer|bombarde|bombardes|bombarder|atomise|atomises|atomiser|vitrifie|vitrifier)\b
# Souhaits de mal exprimés comme espoirs (2026.3).
\bqu'(?:ils|elles|il|elle)\s+(?:brulent|brule)\s+vif\w*
\b(?:j'espere|espere|esperons|souhaite|souhaitons|vivement)\b[^.!?\n]{0,60}?\b(?:brulent vifs?|brule vif|creve|crevent|y passe|y passent|se fasse tuer|se fassent tuer)\b
