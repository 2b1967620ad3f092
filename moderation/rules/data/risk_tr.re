# Risk to the recipient (N08), Turkish (folded: no cedillas or breves; ı stays). Most Turkish
# cues are concepts of risk_cue_*.txt (risk.py); these phrases are risky on their own.
\bsilaha\s+sar(?:ıl|il)(?:ın|in|alım|alim|malı|mali|mak)\b
\bsilahl(?:ı|i)\s+(?:mucadele|ayaklanma|direni(?:s|ş))\b
\b(?:firar|kacis|kaçis|kaçış)\s+(?:plan(?:ı|i)?|hazırl(?:ı|i)g(?:ı|i))\w*
\bcezaevinden\s+(?:kac|kaç)\w*
