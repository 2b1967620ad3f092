# Threats and wishes of violence (N07), English. One regular expression a line, matched against
# the folded text (lower case, no accents, typographic apostrophes made plain). A match whose
# clause is negated ("no one should be shot") does not count.
\b(?:i|we|they|someone|somebody|people|you)\s*(?:'ll|'d|will|would|shall|am going to|'m going to|are going to|'re going to|gonna|want to|wanna|should|must|ought to|need to|have to|should just|will personally)\s+(?:\w+\s+){0,2}?(?:kill|murder|shoot|stab|hang|lynch|strangle|behead|slaughter|butcher|execute|rape|torture|hurt|maim|beat up|punch|string up|burn alive|gut|knife)\s+(?:you|him|her|them|it|those|these|that|the|every|all|each|his|their|your)\b
\b(?:i|we)\s*(?:'ll|will|are going to|'re going to|am going to|'m going to|gonna)\s+(?:find|hunt|track)\s+(?:you|him|her|them)\s*(?:down|and|,)
\b(?:i|we)\s+know\s+where\s+(?:you|he|she|they)\s+(?:live|lives|sleep|sleeps)\b
\b(?:hope|hoping|wish)\b[^.!?\n]{0,80}?(?<!you )(?<!you to )(?<!has to )(?<!have to )\b(?:die|dies|rot|rots|rotting|suffer|suffers|burn|burns|perish|perishes|croak|croaks|drop dead|be killed|get killed|gets killed|are killed|be shot|get shot|be hanged|get hanged|be lynched|be executed|be tortured|be raped|get raped|be beaten|get beaten|choke to death|pay with (?:their|his|her) li(?:fe|ves))\b
\bhope\s+you\s+(?:die|rot|suffer|burn)\b
\b(?:wish|hope)\s+(?:they|he|she|you|the \w+|those \w+|all of them)\s+(?:were|was|are|is)\s+dead\b
\bdeserves?d?\s+(?:to\s+)?(?:die|rot|suffer|burn|hang|death|a bullet|the death penalty|a slow death|a painful death)\b
\bdeserves?d?\s+to\s+be\s+(?:shot|killed|hanged|hung|executed|tortured|beaten|raped|lynched|burned|burnt|murdered)\b
\b(?:should|must|ought to|need to|needs to)\s+(?:all\s+)?(?:be\s+)?(?:\w+\s+)?(?:shot|killed|hanged|hung|executed|lynched|beheaded|strung up|burned alive|burnt alive|tortured|beaten up|raped|hunted down|put down|exterminated|gassed|butchered|slaughtered|put against a wall)\b
\b(?:should|must|ought to|needs? to)\s+(?:die|rot|suffer|burn in hell|rot in hell)\b
\b(?:go|burn|rot)\s+(?:to|in)\s+hell\b
\bdeath\s+to\s+(?:the|all|every|those|these|him|her|them|\w+s)\b
(?:^|[.!?,;:\n]\s*|\bjust\s+|\blet'?s\s+)(?:kill|shoot|hang|lynch|behead|stab)\s+(?:them|him|her|those|these|the|all|every)\b
\bput\s+a\s+bullet\s+(?:in|through)\b
\b(?:i|we)\s*(?:'ll|will|are going to|'re going to|'m going to|am going to|gonna)\s+make\s+(?:you|them|him|her)\s+(?:pay|suffer|regret)\b
\b(?:someone|somebody|people)\s+should\s+(?:kill|shoot|hang|beat|hurt|punch|stab)\b
\b(?:beat|kick|knock)\w*\s+(?:the\s+)?(?:shit|hell|crap|living daylights)\s+out\s+of\b
\b(?:watch|mind)\s+your\s+back\b
\byou(?:'re| are)\s+(?:dead|a dead (?:man|woman))\b
\bmay\s+(?:they|he|she|the \w+|those \w+|all of them)\s+(?:\w+\s+)?(?:rot|die|burn|suffer|perish)\b
\b(?:i|we)\s*(?:'ll|will|am going to|'m going to|are going to|'re going to|gonna)\b[^.!?\n]{0,60}?\b(?:and|then)\s+(?:kill|murder|shoot|stab|hang|lynch|strangle|behead|hurt|beat up)\s+(?:them|him|her|you|all)\b
# Veiled threats and idioms: "they will pay for this", "I know where some of them live",
# "your days are numbered", "we are coming for you".
\b(?:they|he|she|you|ye|y'all|them all|all of them|every one of them|each of them|those \w+|these \w+|the \w+ who \w+ \w+)\s*(?:will|'ll|are going to|'re going to|is going to|'s going to|gonna|shall)\s+(?:all\s+)?pay(?:\s+(?:for (?:this|that|it|what (?:they|he|she|you) (?:did|have done|'ve done|'s done|has done))|dearly|with (?:their|his|her|your) (?:lives?|blood|heads?)))?\s*(?:[.!,;:\n]|$|\band\b)
\b(?:i|we)\s+(?:know|found out|have found out|know exactly|found)\s+where\s+(?:\w+\s+){0,4}?(?:lives?|sleeps?|works?|their (?:kids|children|families)|his (?:kids|children|family)|her (?:kids|children|family))\b
\b(?:your|their|his|her)\s+days\s+are\s+numbered\b
\b(?:we|i)\s*(?:are|'re|am|'m|will be|'ll be)\s+coming\s+for\s+(?:you|them|him|her|the)\b
\b(?:you|they|he|she)\s*(?:will|'ll|are going to|'re going to|is going to|'s going to|gonna)\s+(?:regret|be sorry for)\s+(?:this|it|that|what|the day)\b
\bsleep\s+with\s+one\s+eye\s+open\b
\b(?:should|must|ought to|needs? to|deserves? to)\s+(?:all\s+)?be\s+(?:nuked|carpet[- ]bombed|bombed into|wiped off the (?:map|face of the earth)|razed|annihilated|gassed)\b
\b(?:nuke|carpet[- ]bomb|wipe out|exterminate|annihilate)\s+(?:the whole|that whole|this whole|the entire|that entire|their whole|their entire|them all|all of them|every last one)\b
\b(?:nuke|nuked|bomb)\s+(?:them|it|that country|the country|the place)\b(?:\s+(?:all|to hell|into the stone age|off the map))?
# Wishes of harm phrased as hopes (2026.3): "I hope the judge gets what's coming to him".
\b(?:hope|hoping|wish)\b[^.!?\n]{0,60}?\b(?:gets?|getting)\s+what(?:'s| is)\s+coming\b
\b(?:hope|hoping|wish)\b[^.!?\n]{0,60}?\b(?:burns?|burned|burnt|roasts?)\s+(?:alive|to death|in hell)\b
