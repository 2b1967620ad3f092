# Risk to the recipient (N08), German (folded: ß is ss, no umlauts). Most German cues are
# concepts of risk_cue_*.txt (risk.py); these phrases are risky on their own.
\b(?:zu\s+den\s+waffen\s+greifen|greift\s+zu\s+den\s+waffen|die\s+waffen\s+ergreifen|ergreift\s+die\s+waffen)\b
\b(?:deine|ihre|eure)\s+flucht\s+(?:aus\s+dem\s+gefangnis|ist\s+vorbereitet|planen|vorbereiten)\b
\bdich\s+(?:da\s+)?(?:rausholen|herausholen|befreien)\b[^.!?\n]{0,60}?\b(?:nachts|heute\s+nacht|mit\s+gewalt|mit\s+waffen|auto|wagen|wachter|warter|hintertur)\b
