# Blaming and excluding phrases that name a group right after them (N04, 2026.4): "the
# problem is Islam itself", "behind every injustice are the Jews", "deport the X", "the root
# of all our problems: the X". hate.py requires a group within a few linking words after the
# phrase, and drops reported or rebutted speech and negation. Matched on the folded text.
\bproblem\s+(?:here\s+|with\s+this\s+country\s+|in\s+this\s+country\s+)?(?:is|are|has\s+always\s+been)\b
\bfault\s+of\b
\b(?:root|source|cause)\s+of\s+(?:all|every|our|this\s+country's)\s+(?:\w+\s+)?(?:problems?|evils?|troubles?|misery|ills|woes|crime|injustice)\s*(?:is|are|lies\s+with|lie\s+with)?
\bbehind\s+(?:every|all|each|all\s+the)\s+(?:\w+\s+){0,2}?(?:is|are|you'll\s+find|you\s+find|you\s+will\s+find|stand|stands|there\s+are)\b
\b(?:should|must|let's)\s+(?:just\s+)?(?:all\s+)?(?:deport|expel|ban|kick\s+out|throw\s+out|get\s+rid\s+of|exterminate|eradicate|sterili[sz]e|lock\s+up|round\s+up|send\s+back|purge|wipe\s+out|disenfranchise)\b
\b(?:out with|down with|death to|no more)\b
\b(?:take|strip|remove)\s+(?:away\s+)?the\s+(?:vote|right\s+to\s+vote|voting\s+rights)\s+(?:away\s+)?from\b
\b(?:don't|do not|never)\s+trust\s+(?:a|an|any)?\b
\b(?:hate|despise|detest|loathe)\b(?:(?<=i hate)|(?<=we hate)|(?<=i despise)|(?<=i detest)|(?<=i loathe)|(?<=i really hate)|(?<=i just hate)|(?<=i honestly hate))
