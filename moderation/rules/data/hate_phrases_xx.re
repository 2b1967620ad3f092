# Attacks on a gender identity or a gender said in so many words (N04, 2026.4): "a man in a
# dress is still a man", "trans women are men", "there are only two sexes", "leave politics
# to the men", "a woman's place is in the kitchen". No group term needed. Matched on the
# folded text; dropped when the sentence reports or rebuts them.
\bman (?:who\s+(?:puts\s+on|wears|is\s+wearing|dresses\s+(?:up\s+)?in)|in|wearing|with)\s+(?:a\s+)?(?:dress|skirt|wig|make-?up|lipstick|heels|women's\s+clothes)\b[^.!?]{0,40}?\b(?:is|remains|will\s+always\s+be|stays)\s+(?:still\s+|always\s+|just\s+)?a\s+man\b
\btrans\s*(?:women|woman|girls?)\s+(?:are|is)\s+(?:(?:still|just|really|simply|biologically|all)\s+)*(?:men|a\s+man|males?|blokes|dudes|boys)\b
\btrans\s*(?:men|man|boys?)\s+(?:are|is)\s+(?:(?:still|just|really|simply|biologically|all)\s+)*(?:women|a\s+woman|females?|girls)\b
\bthere\s+are\s+only\s+two\s+(?:genders|sexes)\b
\b(?:can't|cannot)\s+(?:ever\s+)?change\s+(?:your|one's|their|his|her)\s+(?:sex|gender|biology)\b
\b(?:transgenderism|gender ideology|transsexualism|being trans|being gay|homosexuality)\s+(?:is|are)\s+(?:(?:a|an|just|simply|clearly)\s+)*(?:mental|disease|illness|sickness|disorder|delusion|perversion|madness|sin|abomination|mental\s+illness)\b
\b(?:leave|leaving|left)\s+(?:politics|that|this|it|power|government|decisions|the\s+thinking)\s+to\s+(?:the\s+)?men\b
\bwoman's\s+place\s+is\s+in\s+the\s+(?:kitchen|home|house)\b
\bwomen\s+(?:belong|should\s+stay)\s+(?:in\s+the\s+kitchen|at\s+home|in\s+the\s+home)\b
# French.
\bhomme (?:qui\s+(?:met|porte|s'habille\s+en)|en|habille\s+en|avec)\s+(?:une\s+)?(?:robe|jupe|perruque|maquillage|talons|femme)\b[^.!?]{0,40}?\b(?:reste|est\s+toujours|sera\s+toujours|restera|est)\s+(?:toujours\s+)?un\s+homme\b
\bles femmes\s+trans\s+(?:sont|restent)\s+(?:(?:des|toujours|juste|biologiquement)\s+)*(?:hommes|males)\b
\bil n'y\s+a\s+que\s+deux\s+(?:sexes|genres)\b
\b(?:laisser|laissez|laisse|laissons|laisser faire)\s+(?:ca|cela|la\s+politique|le\s+pouvoir|les\s+decisions)\s+aux\s+hommes\b
\bplace\s+(?:d'une|de\s+la|des)\s+femmes?\s+(?:est|c'est)\s+(?:a\s+la\s+maison|a\s+la\s+cuisine|au\s+foyer|au\s+lit)\b
# Spanish.
\bhombre (?:que\s+(?:se\s+pone|usa|lleva|viste)|con|en|vestido\s+de)\s+(?:un\s+|una\s+)?(?:vestido|falda|peluca|tacones|maquillaje|mujer)\b[^.!?]{0,40}?\b(?:sigue\s+siendo|es|seguira\s+siendo|siempre\s+sera)\s+(?:un\s+)?hombre\b
\blas mujeres\s+trans\s+(?:son|siguen\s+siendo)\s+(?:(?:solo|biologicamente)\s+)*(?:hombres|varones)\b
\b(?:solo|solamente)\s+(?:hay|existen)\s+dos\s+(?:sexos|generos)\b
\b(?:dejar|dejen|deja|dejemos)\s+(?:la\s+politica|eso|el\s+poder|las\s+decisiones)\s+(?:a|para)\s+los\s+hombres\b
\blugar\s+de\s+(?:la|una)\s+mujer\s+es\s+(?:la\s+casa|la\s+cocina|el\s+hogar|en\s+casa|en\s+la\s+cocina)\b
\b(?:esa|esta)\s+gente\s+necesita\s+(?:un\s+)?(?:psiquiatra|tratamiento|terapia)\b
# Portuguese and Italian.
\bhomem (?:de|com|que\s+usa|que\s+veste|vestido\s+de)\s+(?:um\s+|uma\s+)?(?:vestido|saia|peruca|mulher)\b[^.!?]{0,40}?\b(?:continua\s+(?:sendo|a\s+ser)|e|sera\s+sempre)\s+(?:um\s+)?homem\b
\bmulheres\s+trans\s+(?:sao|continuam\s+sendo)\s+homens\b
\b(?:so|somente)\s+(?:existem|ha)\s+dois\s+(?:sexos|generos)\b
\blugar\s+de\s+mulher\s+e\s+(?:na\s+cozinha|em\s+casa|no\s+lar)\b
\buomo (?:con|in|che\s+(?:indossa|mette|porta)|vestito\s+da)\s+(?:un\s+|una\s+|la\s+)?(?:gonna|vestito|parrucca|donna)\b[^.!?]{0,40}?\b(?:resta|rimane|e\s+sempre|e)\s+un\s+uomo\b
\bdonne\s+trans\s+sono\s+uomini\b
\b(?:esistono|ci sono)\s+solo\s+due\s+(?:sessi|generi)\b
\bposto\s+(?:della|di\s+una)\s+donna\s+e\s+(?:in\s+cucina|a\s+casa)\b
# German.
\bmann (?:im|in\s+einem|mit\s+einem|der\s+ein)\s+(?:kleid|rock|perucke)\b[^.!?]{0,40}?\b(?:ist|bleibt)\s+(?:immer\s+noch\s+|trotzdem\s+)?ein\s+mann\b
\btrans(?:-|)frauen\s+sind\s+(?:(?:einfach|immer\s+noch|biologisch)\s+)*manner\b
\bgibt nur\s+zwei\s+geschlechter\b
\bfrauen\s+gehoren\s+(?:in\s+die\s+kuche|an\s+den\s+herd|ins\s+haus)\b
\b(?:uberlasst|uberlassen|uberlass)\s+(?:die\s+politik|das)\s+den\s+mannern\b
# Russian and Ukrainian.
\bмужчина\s+в\s+(?:платье|юбке|парике)\s+(?:(?:все\s+равно|всегда|остается|остаеться|тоже)\s+)*мужчин\w*
\bтрансженщины\s+(?:—\s+|-\s+|это\s+)?(?:просто\s+)?мужчины\b
\b(?:есть|существует|существуют|існує|є)\s+(?:только|лише|тільки)\s+два\s+пола\b
\bместо\s+(?:женщины|бабы)\s+на\s+кухне\b
\bоставьте\s+политику\s+мужчинам\b
\bмісце\s+жінки\s+на\s+кухні\b
# Turkish.
\betek giyen\s+(?:bir\s+)?erkek\s+(?:yine|hala|gene|her\s+zaman)\s+erkek\w*
\btrans\s+kadınlar\s+(?:aslında\s+|sadece\s+)?erkek\w*
\bsadece\s+iki\s+cinsiyet\s+(?:var|vardır)\b
\bkadının\s+yeri\s+(?:evi|evidir|mutfak|mutfaktır|evinin\s+mutfagı)\b
\bsiyaseti\s+erkeklere\s+bırak\w*
# Arabic and Persian.
\b(?:الرجل|رجل)\s+(?:الذي|اللي)\s+(?:يلبس|يرتدي)\s+(?:فستانا|فستان|تنورة|ملابس\s+النساء)\s+(?:يبقى|يظل|هو)\s+رجلا?
\b(?:المتحولات|المتحولون)\s+(?:جنسيا\s+)?(?:هم\s+|هن\s+)?(?:رجال|ذكور)
\b(?:لا يوجد الا|هناك فقط)\s+(?:جنسان|جنسين)
\bمكان المراة\s+(?:هو\s+)?(?:في\s+)?(?:المطبخ|البيت)
\bاتركوا\s+السياسة\s+للرجال
\bمردی که\s+(?:لباس\s+زنانه|دامن)\s+(?:میپوشد|بپوشد|بپوشه|میپوشه)[^.!?]{0,30}(?:باز\s+هم|هنوز|همچنان)\s+مرد
\bزنان ترنس\s+(?:مرد|مردند|مرد\s+هستند)
\bفقط دو\s+جنسیت
\bجای زن\s+(?:در\s+)?(?:خانه|اشپزخانه)
# Chinese and Bengali.
穿(?:裙子|女装|女裝)的男人(?:还是|還是|仍然是|依然是|就是)男人
(?:跨性别|跨性別)女性(?:就是|是|都是)男人
只有(?:两种|兩種|两个|兩個)性(?:别|別)
女人(?:就)?(?:应该|應該|该|該)(?:待|呆|回)(?:在)?(?:家里|家裡|厨房|廚房)
政治(?:还是|還是)?(?:交给|交給|留给|留給)男人
শাড়ি\s+পরা\s+পুরুষ(?:ও)?\s+(?:তবুও\s+|তবু\s+)?পুরুষ
লিঙ্গ\s+(?:মাত্র|শুধু)\s+দুটি
মেয়েদের\s+জায়গা\s+রান্নাঘরে
