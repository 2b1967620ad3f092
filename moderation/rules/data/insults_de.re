# Insults said of people (N07), German (folded: no umlauts, ß as ss).
# 2026.4. Lines that start with the same set of words are written as one line, the word set
# once and the rest as alternatives: the phrase index then tries one line where such a word
# occurs. The comments name the kinds; a merged line may hold several of them.
# Beschimpfungen von Personen (N07), Deutsch (gefaltet: ohne Umlaute): »du bist so dumm«, »der Richter ist
# ein Clown«, »selbst schuld«. Nicht über ein Urteil oder ein Gesetz.
\b(?:aufseher|beamten|bullen|diktator|du|er|ermittler|folterer|ihr|minister|polizist|polizisten|prasident|richter|richterin|sie|soldaten|staatsanwalt|staatsanwaltin|verhorer|wachter|warter)\b(?:[^.!?;:\n,]){0,60}?\b(?:bist|ist|sind|seid|warst|war|waren)\s+(?:(?:ein|eine|einer|nur|doch|nichts\s+als|so|total|volllig|vollig|echt|wirklich|ganz|richtig|einfach|ein\s+richtiger|eine\s+richtige|ein\s+elender|eine\s+elende|ein\s+dummer|eine\s+dumme|ein\s+blöder)\s+){0,3}(?:(?:idiot|idioten|idiotin|vollidiot|trottel|depp|deppen|dummkopf|dummkopfe|schwachkopf|esel|schwein|schweine|ratte|ratten|hund|hunde|clown|clowns|witzfigur|marionette|marionetten|hampelmann|schosshund|schosshunde|lakai|lakaien|versager|versagerin|abschaum|dreck|mistkerl|dreckskerl|miststuck|kuh|dumme\s+kuh|ungeziefer|parasit|parasiten|made|maden|wurm|wurmer|null|niete|niemand)|(?:dumm|dummer|blod|blode|bescheuert|hirnlos|strohdumm|erbarmlich|armselig|wertlos|nutzlos|lacherlich|bekloppt|beschrankt|minderbemittelt))\b
\b(?:du|sie)\s+(?:dumme|blode|hirnlose|erbarmliche|dummer|bloder|hirnloser)\s+(?:kuh|gans|ziege|idiotin|idiot|gore|trottel|sau|schlampe|ding)\b
\b(?:selber|selbst)\s+schuld\b
\b(?:geschieht)\s+(?:dir|ihr|ihm|euch)\s+(?:ganz\s+)?recht\b
\b(?:das|es)\s+(?:hast|hattest)\s+du\s+(?:dir\s+)?(?:verdient|selbst\s+eingebrockt)\b
\b(?:du)\s+hast\s+es\s+(?:dir\s+)?(?:verdient|selbst\s+eingebrockt)\b
\b(?:du)\s+verdienst\s+(?:das\s+gefangnis|den\s+knast|die\s+haft|es\s+nicht\s+besser|deine\s+strafe)\b
\b(?:gefangnis|haft|knast)\s+(?:wird|soll)\s+dir\s+(?:gut\s+tun|eine\s+lehre\s+sein|beibringen)\b
\bgeniess\w*\s+(?:deine|die)\s+(?:zelle|haft|zeit\s+im\s+knast)\b
