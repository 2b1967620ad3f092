# Risk to the recipient (N08), Persian (folded: zero-width non-joiners dropped).
سرنگون\w*
\bبراندازی\b
# A weapon or "armed" alone is no call ("the regime shot at people with weapons"): the
# concepts of risk_cue_item.txt and risk_cue_armed.txt take them with a call or a way in.
\bفرار\s+(?:از\s+)?(?:زندان|بند)\b
# Smuggling to the recipient, not the charge of smuggling ("به اتهام قاچاق").
\bقاچاقی\s+(?:\S+\s+){0,3}?(?:میفرستیم|میفرستم|بفرستیم|میاریم|میارم|بیاریم|میرسونیم|برسونیم|میرسانیم|برسانیم|میدیم)\b
\bقاچاق\s+(?:کنیم|میکنیم|میکنم|کنم)\b
\b(?:حمله|اتش زدن|منفجر)\s+(?:به\s+)?(?:زندان|پاسگاه|کلانتری|سپاه|بسیج|نگهبان)\w*
\b(?:با|به)\s+(?:زور|اسلحه)\s+(?:\S+\s+){0,2}?(?:بیرون|ازاد)\b
\bماشین\s+(?:\S+\s+){0,2}?(?:منتظرت|منتظر تو)\b
