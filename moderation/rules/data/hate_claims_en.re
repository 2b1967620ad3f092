# Claims that attack a group when said of it (N04, 2026.4): the group comes first, as the
# claim's subject, in the same sentence ("the Jews are behind every injustice") or in the
# sentence before, taken up by a pronoun ("... They control the media"). hate.py checks that
# the group is not held off (a preposition, an institution, a victim's verb between them) and
# that the sentence neither reports, rebuts nor negates the claim. Matched on the folded text.
# Lines start with a distinctive word where they can: each line is tried where its first word
# occurs, so a copula first ("are ...") would be tried in nearly every letter.
#
# Conspiracy and blame: behind everything, controlling, pulling strings, plotting.
\bbehind\s+(?:this(?=\s*(?:[.,;:!?]|$|and\b|too\b|again\b))|that(?=\s*[.,;:!?])|it\s+all|all\s+this|all\s+of\s+this|everything|every\s+\w+|all\s+(?:the|our|of\s+our)\s+\w+|(?:the|our|this)\s+(?:war|wars|crisis|problems?|misery|troubles|corruption|injustice|persecution|chaos|violence|decline|crimes?|attacks?|virus|pandemic))
\bresponsible\s+for\s+(?:all\s+(?:this|our|the)|everything|every\s+\w+|all\s+of\s+(?:this|our))\b
\b(?:control|controls|controlled|controlling|dominate|dominates|manipulate|manipulates|infiltrated|infiltrate|own|secretly run|secretly rule)\s+(?:(?:all|the|our|this|every|most\s+of\s+the|whole)\s+)*(?:media|press|banks|banking|money|finance|world|governments?|politicians|hollywood|economy|courts|west|everything|news)\b
\b(?:run|runs|own|owns)\s+(?:all\s+)?(?:the\s+)?(?:banks|media|press|hollywood|finance|money|economy)\b
\b(?:pull|pulls|pulling)\s+(?:all\s+)?(?:the|their|its)\s+strings\b
\b(?:plan|plans|plot|plots|plotting|scheme|scheming|conspire|conspiring|intend|want|wants)\s+to\s+(?:destroy|replace|take\s+over|rule|dominate|control|enslave|islami[sz]e|conquer|wipe\s+out|poison|corrupt)\b
\b(?:root|source|cause)\s+of\s+(?:all|every|our)\b
\bblame\s+for\s+(?:everything|all|every|our|this)\b
\benem(?:y|ies)\s+of\s+(?:\w+\s+){0,2}?(?:freedom|women|humanity|civili[sz]ation|democracy|progress|the\s+people|our\s+people|everyone|us\s+all|peace|the\s+nation|our\s+nation|mankind)\b
\b(?:always|hate|hates)\s+(?:(?:hated|hate|despised)\s+)?(?:us|everyone|everybody|all\s+of\s+us|our\s+(?:people|country|religion|way|\w+)|the\s+rest)\b
\b(?:poison|poisons|poisoning|destroying|ruin|ruins|ruining|infest|infests|infesting|flooding|swarming|overrunning)\s+(?:(?:our|this|the|every)\s+)(?:country|nation|society|culture|race|blood|youth|neighbou?rhoods?|streets|values|way\s+of\s+life|continent)\b
# Moral essentialism: no conscience, a nation of slaves, born liars, deserve their rulers.
\bno (?:longer\s+(?:think|reason)\s+(?:for\s+themselves|with\s+their\s+own\s+heads?|straight|clearly)|conscience|morals?|morality|shame|honou?r|soul|souls|decency|dignity|brains?|humanity|loyalty|(?:place|business)\s+(?:here|among\s+us|being\s+here|in\s+(?:this|our)\s+(?:country|society|city|town|nation|continent|world)|in\s+(?:politics|europe|america|government|power)))\b
\b(?:nation|people|race|country|bunch|herd|breed)\s+of\s+(?:slaves|thieves|liars|cowards|savages|criminals|traitors|sheep|barbarians|animals|drunks|drunkards|idiots|beggars|parasites|bandits|murderers|terrorists|fanatics)\b
\b(?:slave|slavish|servile|sheep|herd)\s+(?:nation|people|race|mentality|mindset|souls?)\b
\bborn (?:liars|thieves|criminals|slaves|killers|terrorists|cheats|traitors|murderers)\b
\b(?:lie|lies|steal|steals|cheat|cheats|kill|kills)\s+by\s+nature\b
\b(?:lying|stealing|crime|violence|treachery|cruelty|savagery|slavery|servility|hatred|terror|terrorism|cheating|betrayal)\s+(?:is\s+)?in\s+their\s+(?:blood|genes|dna|nature)\b
\bby nature\s+(?:violent|criminal|lazy|dishonest|treacherous|inferior|stupid|evil|liars|thieves|slaves)\b
\b(?:report|sell|betray|denounce|inform on|sell out)\s+(?:\w+\s+)?(?:own\s+)?(?:parents|mothers?|fathers?|brothers?|sisters?|families|family|children|neighbou?rs|friends)\b
\b(?:deserve|deserved|deserves)\s+(?:(?:the|their|this|that|such\s+a|such|every)\s+)?(?:government|governments|regime|rulers?|dictators?|dictatorship|prisons?|fate|tyrants?|tsar|misery|suffering|what\s+they\s+get|what\s+they\s+got|everything\s+they\s+get|to\s+suffer|to\s+die|to\s+be\s+slaves|to\s+be\s+ruled|it\s+all|their\s+chains|their\s+tyrant)\b
\bwhat (?:they|it)\s+deserved?\b
\b(?:can't|cannot|don't|never)\s+(?:be\s+trusted|think\s+for\s+themselves|think\s+with\s+their\s+own\s+heads?|think\s+straight)\b
\blook (?:all\s+)?the\s+same\b
# A copula first: one line for all of them.
\b(?:are|is|were|was)\s+(?:(?:just|simply|all|only|still|really|clearly|obviously|basically|always|mentally|naturally|inherently|far|even|fully)\s+)*(?:not\s+(?:even\s+)?(?:fully\s+)?(?:human|humans|human\s+beings|real\s+people|real\s+women|real\s+men|normal\s+people|normal)\b(?!\s+(?:too|either|like|to|for|in|enough))|(?:too|so)\s+(?:emotional|hysterical|weak|irrational|stupid|dumb|sensitive|fragile|unstable|hormonal|naive|childish|primitive|backward|lazy|senile|gullible)\s+(?:for|to)\b|(?:a\s+|an\s+)?(?:disease|illness|sickness|mental\s+illness|mental\s+disorder|psychiatric\s+disorder|perversion|deviation|deviancy|aberration|abnormality|sin\s+against\s+nature|delusion)\b|(?:deranged|delusional|perverted|deviants?|perverts?|mentally\s+ill)\b(?!\s+(?:of|and|with|from|after|because|in|for))|(?:just\s+)?like\s+(?:(?:the|a|an|wild|filthy|dirty)\s+)?(?:animals|rats|vermin|cockroaches|insects|dogs|pigs|monkeys|apes|beasts|savages|parasites|rabbits|locusts|virus|plague|cancer|disease|cattle|sheep|lice|termites|roaches)\b|(?:nothing\s+(?:but|more\s+than)|no\s+better\s+than)\s+(?:animals|rats|vermin|beasts|savages|parasites|dogs|pigs|slaves|cattle|sheep)\b)
# Capacity: too emotional for politics, unfit to vote, should stay in the kitchen.
\b(?:shouldn't|mustn't|should not|must not|ought not)\s+(?:to\s+)?(?:be\s+allowed\s+to\s+|have\s+the\s+right\s+to\s+)?(?:vote|lead|rule|govern|hold\s+office|be\s+in\s+politics|be\s+judges|be\s+leaders|be\s+in\s+charge|have\s+rights|have\s+the\s+vote|be\s+citizens|teach|marry|adopt|exist)\b
\b(?:belong|belongs)\s+(?:only\s+)?in\s+the\s+(?:kitchen|home|house|bedroom|zoo|jungle|trees|gutter|trash|cage|stone\s+age)\b
\b(?:not|never)\s+(?:fit|made|meant|built|smart\s+enough|capable\s+enough)\s+(?:for|to)\s+(?:politics|power|leadership|lead|rule|govern|vote|think|democracy|freedom)\b
\b(?:unfit|incapable)\s+(?:for|of|to)\s+(?:politics|power|leadership|leading|ruling|governing|voting|vote|thinking|think|democracy|freedom|self-government)\b
# Modals: exclusion, staying home, losing the vote (one line).
\b(?:should|must|ought|need|needs|deserve|deserves)\s+(?:to\s+)?(?:all\s+)?(?:just\s+)?(?:(?:be\s+)?(?:deported|expelled|kicked\s+out|thrown\s+out|sent\s+back|sent\s+home|banned|removed|locked\s+up|sterili[sz]ed|castrated|segregated|exterminated|eliminated|wiped\s+out|gassed|purged|stripped\s+of|deprived\s+of|disenfranchised|put\s+out\s+to\s+pasture|put\s+down|denied\s+the\s+vote|denied\s+(?:their\s+)?rights)\b|(?:lose|give\s+up)\s+(?:the|their)\s+(?:vote|votes|right\s+to\s+vote|voting\s+rights|citizenship|rights)\b|(?:leave\s+(?:this|our|the)\s+country|leave\s+(?:here|europe|now)|go\s+back|get\s+out|go\s+home|disappear|die\s+out|die\s+off|be\s+gone|just\s+die|not\s+exist)\b|(?:stay\s+(?:at\s+home|home|in\s+the\s+kitchen|in\s+their\s+place|silent|quiet|out\s+of\s+politics)|keep\s+quiet|shut\s+up|obey\s+(?:men|their\s+husbands)|know\s+their\s+place|submit\s+to\s+men)\b|(?:a\s+|to\s+see\s+a\s+)?(?:psychiatrist|shrink|conversion\s+therapy|mental\s+hospital|to\s+be\s+cured|curing|to\s+be\s+fixed)\b)
\b(?:take|strip)\s+(?:away\s+)?their\s+(?:vote|votes|right\s+to\s+vote|voting\s+rights|citizenship|passports?)\b
\bput (?:them\s+)?out\s+to\s+pasture\b
\bdon't\s+deserve\s+(?:to\s+(?:vote|live|exist|be\s+here)|rights|the\s+vote|citizenship|respect|freedom)\b
# Dehumanising comparisons.
\b(?:act|acts|behave|behaves|live|lives|breed|breeds|multiply|multiplies)\s+(?:just\s+)?like\s+(?:(?:the|a|an|wild|filthy|dirty)\s+)?(?:animals|rats|vermin|cockroaches|insects|dogs|pigs|monkeys|apes|beasts|savages|parasites|rabbits|locusts|a\s+virus|a\s+plague|cattle|sheep|lice|termites|roaches)\b
