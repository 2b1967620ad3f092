# Insults said of people (N07), English: animal and dirt words used predicatively ("they are
# animals", "the judge is a brainless pig"), "<insult> like you" and vocatives ("you rats").
# Describing mistreatment ("treated like animals", "cells full of rats") does not match: no
# preposition may stand between the copula and the insult. A negated clause does not count.
\b(?:is|are|was|were|be|being|remain|remains)\s+(?:(?:just|only|nothing but|all|such|a|an|the|bunch of|pack of|herd of|load of|nest of)\s+|(?!(?:of|with|like|as|for|to|in|into|by|from|about|than|not|no|never|treated|kept|caged|held|fed|called|labell?ed|branded)\b)[a-z'-]+\s+){0,3}?(?:animals|beasts|rats|rat|pigs|pig|swine|dogs|dog|curs|mongrels|hyenas|jackals|vultures|snakes|snake|vipers|cockroaches|roaches|maggots|worms|leeches|vermin|lice|monkeys|apes|filth|scum|trash|garbage|rubbish|dirt|excrement|sewage|slime|cattle|sheep|insects|parasites|brutes|savages|demons|devils)\b(?![-'])
\b(?:animals|beasts|rats|pigs|swine|dogs|curs|hyenas|jackals|snakes|vipers|cockroaches|maggots|worms|vermin|scum|trash|garbage|filth)\s+like\s+(?:you|them|him|her|these|those)\b
\byou\s+(?:(?:dirty|filthy|stinking|stupid|pathetic|little|miserable|disgusting|brainless|cowardly|lying|corrupt|vile|worthless|bloody|fat|ugly|sick|evil)\s+){0,3}(?:animals|beasts|rats|rat|pigs|pig|swine|dogs|dog|curs|hyenas|snakes|snake|cockroaches|maggots|worms|vermin|scum|trash|garbage|filth|savages|brutes)\b(?![-'])
\b(?:sons?|daughters?|children)\s+of\s+(?:a\s+)?(?:dogs?|pigs?|whores?|snakes?)\b
# "Pigs" for the police or guards; the animals on a farm are no insult.
\b(?:those|these|the|you|fucking|filthy|dirty)\s+(?:fucking\s+|filthy\s+|dirty\s+)?pigs\s+(?:who|that|in uniform|beat|beating|arrested|tortured|hurt)\b
\b(?:you|they|we|he|she)'(?:re|s)\s+(?:(?:just|only|nothing but|all|such|a|an|bunch of|pack of)\s+|(?!(?:of|with|like|as|for|to|in|by|from|not|no|never|treated|kept|caged|held|fed|called)\b)[a-z'-]+\s+){0,3}?(?:animals|beasts|rats|rat|pigs|pig|swine|dogs|dog|hyenas|snakes|snake|cockroaches|maggots|worms|vermin|monkeys|apes|filth|scum|trash|garbage|savages|brutes)\b(?![-'])
