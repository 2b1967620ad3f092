# Risk to the recipient (N08), English: calls to overthrow or attack the authorities, escape,
# smuggling, weapons. Letters are read by jailers first. Matched on the folded text; a negated
# clause ("there is no escape from our love") does not count.
\b(?:overthrow|topple|bring down|take down|tear down|destroy|crush|remove)\s+(?:the|this|that|their|your|our)?\s*(?:\w+\s+)?(?:regime|government|dictatorship|dictator|junta|kremlin|mullahs|ayatollahs?|ccp|communist party|party|state|tyrants?|tyranny|leadership)\b
\boverthrow\w*
\b(?:armed|violent)\s+(?:struggle|uprising|revolt|rebellion|resistance|revolution|insurrection)\b
\b(?:take|pick)\s+up\s+(?:arms|guns|weapons|rifles)\b
\b(?:attack|storm|raid|ambush|bomb|blow up|burn down|torch|set fire to)\s+(?:the|their|a|that|this)?\s*(?:\w+\s+)?(?:prison|jail|police|guards?|station|barracks|soldiers|regime|government|embassy|courthouse|court|officials|kremlin|headquarters|ministry)\b(?![^.!?\n]{0,40}?\bwith\s+(?:letters|emails|e-mails|messages|postcards|cards|petitions|calls|phone calls|tweets|love|prayers|flowers|candles)\b)
\b(?:help|helping|get|getting|break|breaking|bust|busting|sneak|sneaking|spring|springing)\s+you\s+out\s+(?:of\s+(?:there|prison|jail|your cell)\s+)?(?:at night|tonight|secretly|through(?!\s+(?:the\s+)?(?:courts?|law|legal|appeals?|lawyers?|petitions?|pressure|campaign\w*|diplomac\w*))|when|before the)\b
\b(?:help|helping)\s+you\s+(?:to\s+)?(?:escape|flee|break out)\b
# Not letters or books as "an escape" from the everyday ("reading is your escape").
\b(?:your|an?|the)\s+escape\b(?<!is your escape)(?<!are your escape)(?<!be your escape)(?<!as your escape)(?<!is an escape)(?<!are an escape)(?<!be an escape)(?<!as an escape)(?<!is a escape)(?!\s+(?:from\s+(?:reality|routine|boredom|everyday|the\s+(?:routine|boredom|grey|gray|everyday|daily|walls))|for\s+(?:you|your\s+mind)|into\b))
\bescap(?:e|ing)\s+(?:from\s+)?(?:prison|jail|the prison|the jail|your cell|the camp|custody)\b
\byou\s+(?:can|could|should|must|will|need to|have to)\s+escape\b(?!\s+(?:into|in\s+(?:books|music|dreams|your\s+mind)|this\s+nightmare|the\s+nightmare|reality|boredom|the\s+boredom))
\bbreak(?:ing)?\s+out\s+of\s+(?:prison|jail|there|your cell)\b
\b(?:plan|plans|planning|working on a plan|way|route|tunnel)\s+(?:to\s+)?(?:get you out|escape|break you out|break out|flee)\b
\bbe\s+ready\s+(?:when|at|for|tonight)\b[^.!?\n]{0,40}\b(?:guards?|night|signal|midnight|dark|shift)\b
\bwhen\s+the\s+guards?\s+(?:change|switch|are asleep|sleep|leave|look away|aren't looking|are not looking)\b
\b(?:smuggl|sneak|slip|hide|hid|hidden|conceal)\w*\s+(?:\w+\s+){0,4}?(?:phone|phones|sim|sim card|knife|knives|blade|razor|gun|pistol|weapon|weapons|drugs|cash|key|keys|usb|camera|radio|explosives?|file|saw)\b
\b(?:send|get|bring|give|pass|slip|smuggle|sneak)\s+(?:you\s+|one\s+to\s+you\s+|it\s+to\s+you\s+)?(?:a|an|some)\s+(?:phone|mobile|sim card|knife|blade|razor|gun|pistol|weapon|saw|rope|key|drugs)\b
\b(?:knife|knives|gun|guns|pistol|weapon|weapons|blade|razor|explosives?|grenade|bomb)\b[^.!?\n]{0,60}?\b(?:to you|for you|protect yourself|defend yourself|get one to you|in your cell)\b
\bbribe\s+(?:the\s+)?(?:guards?|officials?|warden|judge|jailers?)\b
\b(?:kill|attack|hurt|stab|fight|overpower)\s+(?:the\s+|your\s+)?(?:guards?|jailers?|wardens?|warders?|interrogators?)\b
\b(?:phone|mobile|sim card|sim|knife|blade|razor|gun|pistol|weapon|key|drugs)\s+(?:\w+\s+){0,2}?(?:hidden|concealed|smuggled|stashed|baked|sewn)\s+(?:in|inside|into|under)\b
# Escape talk, more broadly: "break out of that prison", "a car waiting outside", "getaway",
# forged papers, tunnels and walls. Metaphors ("no escape from our love", "break the silence",
# "the walls cannot hold your spirit") do not match.
\bbreak(?:s|ing)?\s+(?:you\s+|her\s+|him\s+|them\s+)?out\s+of\s+(?:(?:that|this|the|your|their|his|her)\s+)?(?:\w+\s+)?(?:prison|jail|gaol|cell|camp|detention centre|detention center|penitentiary|place|hellhole)\b
\b(?:jailbreak|prison break|breakout|getaway car|getaway driver|escape route|escape plan)\b
\b(?:a|the|our)\s+(?:car|van|truck|driver|boat|motorbike)\s+(?:will be\s+|is\s+|'ll be\s+)?waiting\s+(?:for you\s+)?(?:outside|near|by|at|behind|round the corner|around the corner)\b
\b(?:arrange|organi[sz]e|prepare)\s+(?:a|the|some)\s+(?:car|van|driver|boat|fake passport|false passport|forged passport|fake papers|false papers|forged papers|fake documents|forged documents|fake id|safe house)\b
\b(?:dig|digging|dug)\s+(?:a\s+)?tunnel\b
\btunnel\s+(?:out|under)\b
\b(?:climb|jump|scale|go)\s+over\s+the\s+(?:wall|fence)\b
\b(?:cut|saw|file)\s+(?:through\s+)?the\s+bars\b
\b(?:get|getting|bust|busting|spring|springing)\s+(?:you|her|him|them)\s+out\s+(?:of\s+(?:there|that place|that prison|prison|jail)\s+)?(?:by force|with force|with guns|by any means|ourselves)\b
\b(?:we|i|our people|our friends|our comrades|our brothers)\s*(?:will|'ll|are going to|'re going to|am going to|'m going to|can|could|should|must|gonna)\s+(?:\w+\s+){0,4}?(?:armed|with guns|with weapons|with rifles|with explosives)\b
# Escape plans without the word "escape" (2026.3): getting the recipient out, with timing,
# vehicles, transfers, guards or bribes. Campaigning "to get you out" through the courts is not.
\b(?:work\w*|figur\w*|find\w*|plan\w*)\s+(?:out\s+)?(?:a\s+way\s+|how\s+)to\s+(?:get|break|sneak)\s+you\s+out\b
\bget(?:ting)?\s+you\s+out\b[^.!?\n]{0,60}?\b(?:car|van|truck|boat|driver|guards?|transfer\w*|move you|moves you|hospital|tonight|at night|midnight|be ready|signal|bribe\w*|border|waiting outside|gate)\b
\bwhen\s+they\s+(?:move|transfer|take|drive)\s+you\b[^.!?\n]{0,80}?\bbe\s+ready\b
\bbe\s+ready\b[^.!?\n]{0,60}?\bwhen\s+they\s+(?:move|transfer|take|drive)\s+you\b
# "The only language that regime understands is force": the idiom calls for force (its
# unbroken wordings in other languages are in risk_cue_forcelang.txt).
\bonly\s+(?:language|thing)\s+(?:that\s+|which\s+)?(?:\w+\s+){0,3}?(?:understands?|respects?|listens?\s+to|hears?)\s+is\s+(?:force|violence|bullets|guns|the gun|fire|blood|the language of force)\b
\b(?:understands?|respects?)\s+only\s+(?:force|violence|bullets|the gun|the language of (?:force|violence|the gun))\b
# Knowing where an official lives, said as a threat ("we know where the prosecutor lives").
\bknow\s+where\s+(?:the|that|this|your)\s+(?:\w+\s+)?(?:judge|prosecutor|investigator|interrogator|warden|guard|officer|jailer)s?\s+(?:lives?|sleeps?)\b
