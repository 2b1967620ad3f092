# Threats and wishes of violence (N07), German and Italian (folded: no umlauts).
\b(?:ich|wir)\s+(?:werde|werden)\s+(?:dich|euch|sie|ihn)\s+(?:umbringen|toten|erschiessen|aufhangen)\b
\bsollen\s+(?:alle\s+)?(?:sterben|verrecken|verrotten|brennen)\b
\bverreck\w*
\b(?:spero|speriamo)\b[^.!?\n]{0,60}?\b(?:muoiano|muoia|crepino|crepi|marciscano|soffrano)\b
\bmeritano\s+(?:di\s+)?(?:morire|la morte)\b
