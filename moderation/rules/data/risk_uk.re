# Risk to the recipient (N08), Ukrainian (folded: й loses its breve). Most Ukrainian cues are
# concepts of risk_cue_*.txt (risk.py); these phrases are risky on their own.
\b(?:взяти|візьміть|беріть|берімо)\s+(?:до\s+рук\s+)?збро(?:ю|ї)\b
\bзбро(?:йн|ін)\w+\s+(?:повстанн|боротьб|опір)\w*
\bповал(?:ити|іть|імо)\s+(?:\w+\s+)?(?:режим|владу|уряд|диктатуру)\w*
\bвтеч(?:а|у|і)\s+(?:з\s+)?(?:в'язниці|тюрми|колонії|сізо)\b
\bвтекти\s+(?:з\s+)?(?:в'язниці|тюрми|колонії|сізо)\b
