# Claims that attack a group said of it (N04, 2026.4), Portuguese and Italian. See
# hate_claims_en.re.
\b(?:estao|esta|sao|e)\s+(?:(?:sempre|todos|todas|realmente)\s+)*por\s+tras\s+de\s+(?:tudo|todo|toda|cada|isso|isto|nossos?\s+\w+)\b
\b(?:controlam|controla|dominam|domina|manipulam|manipula)\s+(?:(?:toda|todo|os|a|o|as|nossa|nosso)\s+)*(?:midia|imprensa|bancos|dinheiro|mundo|governo|politicos|economia|tribunais|pais)\b
\b(?:nao tem)\s+(?:nenhuma?\s+)?(?:consciencia|vergonha|moral|carater|alma|dignidade|cultura|honra)\b
\b(?:sao|e)\s+(?:(?:so|todos|apenas)\s+)*(?:um|uma)\s+(?:povo|nacao|raca|bando|rebanho)\s+de\s+(?:escravos|ladroes|mentirosos|covardes|selvagens|criminosos|traidores|ovelhas|barbaros|animais|bandidos|assassinos|terroristas|vagabundos)\b
\b(?:merecem|mereceram)\s+(?:(?:o|a|esse|essa|este|esta|seu|sua)\s+)+(?:governo|regime|ditador|ditadura|prisoes|destino|miseria|tirano)\b
\b(?:nao pensam)\s+(?:com\s+a\s+(?:propria\s+)?cabeca|por\s+si\s+(?:mesmos|proprios))\b
\b(?:sao|e)\s+(?:(?:todas|todos|muito)\s+)?(?:emotivas|emocionais|histericas|fracas|irracionais|burras|sensiveis|frageis)\s+demais\s+para\b
\b(?:sao|e)\s+(?:(?:todas|todos)\s+)?(?:demasiado|muito)\s+(?:emotivas|emocionais|histericas|fracas|irracionais|burras|sensiveis)\s+para\b
\b(?:nao deviam|nao deveriam|nao devem)\s+(?:ter\s+(?:o\s+)?direito\s+(?:a|de)\s+|poder\s+)?(?:votar|governar|existir|casar|adotar|ter\s+direitos)\b
\b(?:deviam|deveriam|devem|tem que)\s+(?:todos\s+)?(?:ser\s+)?(?:expulsos|deportados|presos|esterilizados|exterminados|eliminados|proibidos|perder\s+o\s+(?:direito\s+de\s+|direito\s+ao\s+)?voto|voltar\s+para\s+(?:a\s+)?(?:sua\s+)?terra|ficar\s+em\s+casa|ficar\s+na\s+cozinha)\b
\b(?:tirar|tirem|retirar)(?:-lhes)?\s+o\s+(?:direito\s+(?:de|ao)\s+)?voto\b
\b(?:sao|e)\s+(?:(?:uma|so|apenas)\s+)*(?:doenca|doenca\s+mental|transtorno|perversao|desvio|aberracao)\b
\bprecisam\s+de\s+(?:um\s+)?(?:psiquiatra|tratamento|terapia|cura)\b
\b(?:sao|vivem|se comportam|se reproduzem)\s+como\s+(?:(?:os|as|uns)\s+)?(?:animais|ratos|baratas|insetos|caes|porcos|macacos|bestas|selvagens|coelhos|piolhos|um\s+virus|uma\s+praga|um\s+cancer)\b
# Italian.
\b(?:sono|e|stanno)\s+(?:(?:sempre|tutti|tutte|davvero)\s+)*dietro\s+(?:a\s+)?(?:tutto|ogni|questo|ai\s+nostri|alle\s+nostre)\b
\b(?:controllano|controlla|dominano|domina|manipolano|manipola)\s+(?:(?:tutti|tutto|i|il|la|le|gli|nostro|nostra)\s+)*(?:media|stampa|banche|soldi|mondo|governo|politici|economia|tribunali|paese)\b
\b(?:tirano|muovono)\s+i\s+fili\b
\bnon hanno\s+(?:nessuna?\s+)?(?:coscienza|vergogna|morale|dignita|onore|anima|cultura|cervello)\b
\b(?:sono|e)\s+(?:(?:solo|tutti|soltanto)\s+)*(?:un|una)\s+(?:popolo|nazione|razza|branco|gregge|banda)\s+di\s+(?:schiavi|ladri|bugiardi|codardi|selvaggi|criminali|traditori|pecore|barbari|animali|ubriaconi|parassiti|banditi|assassini|terroristi)\b
\b(?:si meritano|meritano)\s+(?:(?:il|la|questo|questa|quel|quella|loro)\s+)+(?:governo|regime|dittatore|dittatura|prigioni|destino|miseria|tiranno)\b
\bnon (?:pensano|ragionano)\s+(?:con\s+la\s+(?:propria|loro)\s+testa|da\s+soli)\b
\b(?:sono|e)\s+(?:(?:tutte|tutti|solo)\s+)?troppo\s+(?:emotive|emotivi|isteriche|deboli|irrazionali|stupide|sensibili|fragili|ingenue|infantili|primitivi|arretrati|pigri|rimbambiti)\s+per\b
\b(?:non dovrebbero|non devono|non meritano di)\s+(?:avere\s+(?:il\s+)?diritto\s+di\s+|poter\s+)?(?:votare|governare|esistere|sposarsi|adottare|avere\s+diritti)\b
\b(?:vanno|andrebbero|dovrebbero essere|devono essere)\s+(?:tutti\s+)?(?:espulsi|rimpatriati|cacciati|deportati|rinchiusi|sterilizzati|sterminati|eliminati|vietati|privati\s+del\s+voto)\b
\b(?:togliere|toglietegli|togliamogli|togliergli)\s+(?:il\s+)?(?:diritto\s+di\s+)?voto\b
\b(?:sono|e)\s+(?:(?:una|solo|soltanto)\s+)*(?:malattia|malattia\s+mentale|disturbo|perversione|deviazione|aberrazione)\b
\bhanno\s+bisogno\s+di\s+(?:uno\s+)?(?:psichiatra|cure|terapia)\b
\b(?:sono|vivono|si comportano|si riproducono)\s+come\s+(?:(?:gli|i|le|degli|dei)\s+)?(?:animali|ratti|topi|scarafaggi|insetti|cani|maiali|scimmie|bestie|selvaggi|conigli|pidocchi|un\s+virus|una\s+piaga|un\s+cancro)\b
\b(?:inimig[oa]s?|nemic[oi]|nemiche)\s+(?:da\s+|das\s+|do\s+|dos\s+|della\s+|delle\s+|del\s+|dell')?(?:liberdade|liberta|mulheres?|donne|humanidade|umanita|civilizacao|civilta|democracia|democrazia|povo|popolo|paz|pace)\b
