# Claims that attack a group said of it (N04, 2026.4), German. See hate_claims_en.re.
\b(?:stecken|steckt|stehen|steht)\s+(?:(?:immer|alle|wirklich|doch)\s+)*hinter\s+(?:allem|all\s+dem|dem\s+ganzen|diesem|dieser|jedem|jeder|unseren?\s+\w+)\b
\b(?:kontrollieren|kontrolliert|beherrschen|beherrscht|manipulieren|manipuliert|steuern|steuert)\s+(?:(?:die|den|das|alle|unsere?)\s+)*(?:medien|presse|banken|finanzen|welt|regierung|regierungen|politik|politiker|wirtschaft|gerichte|land)\b
\bziehen\s+(?:die|alle)\s+faden\b
\b(?:wollen|planen)\s+(?:uns\s+)?(?:zerstoren|ersetzen|beherrschen|kontrollieren|islamisieren|erobern|unterwerfen|ausrotten)\b
\b(?:sind|ist)\s+(?:die\s+)?(?:wurzel|ursache|quelle)\s+(?:allen|aller|unserer|dieses)\b
\b(?:sind|ist)\s+(?:(?:der|die|das|ein|eine)\s+)?(?:wahre\s+|schlimmste\s+)?feind(?:e)?\s+(?:der|des|von|aller)\s+(?:freiheit|frauen|frau|menschheit|zivilisation|demokratie|fortschritts?|volkes|nation|friedens)\b
\b(?:haben|hat)\s+(?:kein|keine|keinen)\s+(?:gewissen|anstand|ehre|moral|scham|seele|wurde|kultur|hirn|verstand)\b
\b(?:sind|ist)\s+(?:(?:nur|alle|einfach)\s+)*(?:ein|eine)\s+(?:volk|nation|rasse|bande|herde|haufen)\s+(?:von|der)\s+(?:sklaven|dieben|lugnern|feiglingen|wilden|verbrechern|verratern|schafen|barbaren|tieren|saufern|schmarotzern|parasiten|banditen|mordern|terroristen)\b
\b(?:sklavenvolk|sklavenseelen|sklavenmentalitat|herdenvolk)\b
\b(?:verdienen|verdient)\s+(?:(?:ihre|ihren|diese|diesen|dieses|das|den|die)\s+)+(?:regierung|regime|herrscher|diktator|diktatur|gefangnisse|schicksal|elend|tyrannen|zaren)\b
\bverdienen\s+es\s+nicht\s+anders\b
\bdenken\s+nicht\s+(?:mehr\s+)?(?:selbst|selber|fur\s+sich|mit\s+dem\s+eigenen\s+kopf)\b
\b(?:sind|ist)\s+(?:(?:alle|einfach|nur|viel)\s+)?zu\s+(?:emotional|hysterisch|schwach|irrational|dumm|sensibel|labil|naiv|kindisch|primitiv|ruckstandig|faul|senil)\s+fur\b
\b(?:sollten|sollen|durfen)\s+nicht\s+(?:mehr\s+)?(?:wahlen|regieren|existieren|heiraten|adoptieren|mitreden|in\s+die\s+politik)\b
\b(?:gehoren|gehort)\s+(?:in\s+die\s+kuche|an\s+den\s+herd|abgeschoben|ausgewiesen|eingesperrt|weggesperrt|nicht\s+hierher|nicht\s+zu\s+uns|nicht\s+nach\s+\w+)\b
\b(?:sollten|sollen|mussen|musste man)\s+(?:alle\s+)?(?:abgeschoben|ausgewiesen|rausgeworfen|eingesperrt|weggesperrt|sterilisiert|ausgerottet|vernichtet|verboten|entrechtet|verschwinden|abhauen|zuruck|das\s+wahlrecht\s+verlieren)\b
\b(?:das wahlrecht)\s+(?:entziehen|entzogen|wegnehmen|weggenommen|aberkennen|aberkannt|nehmen)\b
\bhaben\s+(?:hier|bei\s+uns|in\s+\w+)\s+nichts\s+(?:zu\s+suchen|verloren)\b
\b(?:brauchen|braucht)\s+(?:einen\s+)?(?:psychiater|therapie|behandlung|heilung)\b
\b(?:mussen|sollten)\s+geheilt\s+werden\b
\b(?:sind|leben|benehmen sich|vermehren sich)\s+wie\s+(?:die\s+)?(?:tiere|ratten|ungeziefer|kakerlaken|insekten|hunde|schweine|affen|bestien|wilde|karnickel|kaninchen|lause|ein\s+virus|eine\s+seuche|ein\s+krebsgeschwur)\b
\b(?:an allem|an all dem|an unserem \w+)\s+schuld\b
\bschuld\s+an\s+(?:allem|all\s+dem|unserem\s+\w+)\b(?!\s+(?:gibt|geben|gab|gaben|gegeben|zuschieb\w*|zuschob\w*|zuweis\w*|in\s+die\s+schuhe))
