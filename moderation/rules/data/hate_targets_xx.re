# Blaming and excluding phrases that name a group right after them (N04, 2026.4), in the other
# languages. See hate_targets_en.re.
# French.
\bprobleme(?:\s+de\s+ce\s+pays)?\s*,?\s*(?:c'est|ce\s+sont|est|sont)\b
\bc'est\s+(?:(?:toujours|encore)\s+)?(?:la\s+faute|de\s+la\s+faute)\s+(?:des|aux|a\s+ces)\b
\b(?:racine|source|cause)\s+de\s+(?:tous\s+nos|tous\s+les|nos)\s+(?:maux|problemes|malheurs),?\s*(?:c'est|ce\s+sont)?
\bderriere\s+(?:chaque|tout|toute|toutes\s+les|tous\s+les)\s+(?:\w+\s+){0,2}?(?:il\s+y\s+a|se\s+cachent|on\s+trouve)\b
\b(?:faut|faudrait|doit|devrait)\s+(?:les\s+)?(?:expulser|virer|chasser|renvoyer|deporter|interdire|enfermer|exterminer|se\s+debarrasser\s+des)\b
\b(?:dehors|mort aux)\b
\b(?:je deteste|je hais|j'execre)\b
\b(?:retirer|enlever)\s+le\s+droit\s+de\s+vote\s+(?:a|aux)\b
# Spanish.
\bculpa\s+(?:es\s+de|la\s+tienen|de)\b
\b(?:raiz|causa|fuente)\s+de\s+(?:todos\s+(?:los|nuestros)|nuestros)\s+(?:males|problemas|desgracias)\s*(?:son|es)?
\bdetras\s+de\s+(?:cada|todo|toda|todas\s+las|todos\s+los)\s+(?:\w+\s+){0,2}?(?:estan|esta|hay)\b
\b(?:hay que|habria que|deberiamos|tenemos que)\s+(?:expulsar|echar|deportar|encerrar|prohibir|exterminar|eliminar|quitarle\s+el\s+voto|quitarles\s+el\s+voto|deshacernos\s+de)\b
\b(?:quitarles|quitarle|retirarles)\s+el\s+(?:derecho\s+al\s+)?voto\b
\b(?:fuera|muerte a|abajo)\b
\b(?:odio a|no soporto a|detesto a)\b
# Portuguese and Italian.
\bproblema\s+(?:de\s+este\s+pais\s+|deste\s+pais\s+|di\s+questo\s+paese\s+)?(?:es|son|sao|e|sono)\b
\bculpa\s+e\s+(?:dos|das)\b
\b(?:fora com|morte aos|expulsem|deportem)\b
\b(?:odeio|detesto)\s+(?:os|as)\b
\bcolpa\s+e\s+(?:dei|delle|degli)\b
\b(?:fuori|via|morte agli|morte ai)\b
\b(?:odio|detesto)\s+(?:i|gli|le)\b
# German.
\bdas (?:eigentliche\s+|wahre\s+|einzige\s+)?problem\s+(?:sind|ist)\b
\bschuld\s+(?:sind|daran\s+sind|haben)\b
\ballem\s+schuld\s+sind\b
\b(?:raus mit|weg mit|tod den|nieder mit)\b
\bich hasse\b
\bhinter\s+(?:allem|all\s+dem|jedem|jeder)\s+(?:\w+\s+)?(?:stecken|stehen|steckt|steht)\b
\b(?:man sollte|wir mussen|wir sollten)\s+(?:alle\s+)?(?:abschieben|ausweisen|rauswerfen|einsperren|verbieten)\b
# Russian and Ukrainian.
\b(?:проблема|беда)\s*(?:—|-|это|:)
\b(?:во всем|в усьому)\s+(?:виноваты|винні)\b
\b(?:корень|корінь)\s+(?:всех|всіх)\s+(?:бед|проблем|зол|бід)\s*(?:—|-|это|це)?
\bза (?:всем\s+этим|всім\s+цим|каждым|каждой)\s+(?:стоят|стоять)\b
\b(?:долой|геть)\b
\b(?:ненавижу|ненавиджу)\b
\b(?:надо|нужно|треба)\s+(?:выгнать|выслать|депортировать|вигнати|депортувати)\b
\b(?:лишить|позбавити)\s+(?:права\s+голоса|права\s+голосу)\b
# Arabic.
\b(?:المشكلة|المشکلة|المشكله)\s+(?:الحقيقية\s+|الاساسية\s+)?(?:هي|هم|في)\b
\b(?:السبب|الذنب)\s+(?:هو|هم|في\s+كل\s+شيء)\b
\bوراء كل\s+(?:\S+\s+){0,2}?(?:هم|يقف|يقفون)\b
\b(?:الموت لل|اطردوا|ارحلوا|يسقط)
\b(?:يجب|ينبغي|لازم)\s+(?:طرد|ترحيل|منع|نفي|سجن|حرمان)\b
\b(?:اكره|نكره)\b
# Persian.
\bمشکل(?:\s+اصلی)?(?:\s+ما|\s+این\s+کشور)?\s+خود\b
\b(?:زیر سر|تقصیر)\b
\b(?:ریشه|ریشهی|منشا|منشأ)\s+(?:همه|همهی|تمام)\s+(?:مشکلات|بدبختیها|بدبختی\s+ها|مصیبتها)\b
\bمرگ بر\b
\b(?:بیرون|اخراج)\s+(?:باید\s+)?(?:کرد|کنید|کنیم)\b
# Turkish.
\b(?:asıl|tek)\s+(?:sorun|mesele)\b
\b(?:suclu|suçlu|kabahat|kabahatli)\s+(?:hep|her\s+zaman|yine)\b
\b(?:her seyin|tum sorunların)\s+(?:sebebi|kaynagı|nedeni)\b
\b(?:kahrolsun|defolsun)\b
# Chinese.
(?:问题|問題)(?:就|全)?(?:在于|在於|出在)
(?:都怪|全怪|都是因为|都是因為)
(?:一切|所有)(?:问题|問題|罪恶|罪惡)的根源(?:是|就是|在于|在於)?
(?:赶走|趕走|驱逐|驅逐|消灭|消滅|打倒)(?:所有|全部|这些|這些)?
# Bengali.
(?:সব সমস্যার মূলে|সব নষ্টের মূলে|সব সমস্যার জন্য দায়ী|সব কিছুর মূলে|সমস্যার মূলে){E}
(?:দোষ|সমস্যা)\s+(?:হল|হলো|হচ্ছে){E}
(?:তাড়াও|খেদাও|বের করে দাও){E}
