# Advertising and calls to action (N13), English: promotion of products, services, accounts,
# channels, other causes or petitions. Matched on the folded text. Naming the campaign itself
# ("I signed Amnesty's petition", "#WriteForRights") is no advertising.
\bfollow\s+(?:me|us|my|our)\b
\b(?:visit|check out|check|see|watch|subscribe to|join|like|support|sign|share|download|listen to|read)\s+(?:my|our)\s+(?:\w+\s+){0,2}?(?:page|site|website|blog|channel|shop|store|account|profile|instagram|insta|twitter|tiktok|youtube|facebook|telegram|podcast|music|album|stream|petition|fundraiser|gofundme|patreon|onlyfans|newsletter|server|business|company|product|products|service|services|app|course|webinar|book|novel)\b
\bvisit\s+my\b
\bsubscrib(?:e|ing)\s+(?:to|now|for)\b
\b(?:like and subscribe|link in (?:my )?bio|dm me|message me|text me|contact me|whatsapp me|email me|e-mail me|write to me at|hit me up|inbox me|call me (?:on|at|now))\b
\b(?:buy|order|shop|purchase)\s+(?:now|today|online|my|our|from us|at)\b
\b(?:discount|discounts|promo|promo code|coupon|voucher|free shipping|free delivery|special offer|limited offer|best prices?|for sale|cheap prices|wholesale)\b
\b\d{1,3}\s*%\s*(?:off|discount|guaranteed|returns?|profit)\b
\b(?:passive income|earn money|make money|earn \$?\d+|work from home|get rich|investment opportunity|guaranteed returns?|forex|crypto|cryptocurrency|bitcoin|btc|ethereum|nft|nfts|casino|betting|viagra|weight loss)\b
\b(?:sign|signing)\s+(?:my|this other|another|our other)\s+petition\b
\bmy\s+petition\b
\bcollect(?:ing)?\s+signatures\s+(?:for|against)\b
\bmy\s+(?:instagram|insta|twitter|tiktok|youtube|facebook page|telegram|snapchat|onlyfans|patreon|podcast|youtube channel|etsy|website|blog|newsletter|online shop|online store|startup)\b
\b(?:gofundme|patreon|onlyfans|kickstarter|indiegogo|ko-fi|cashapp|venmo|paypal\.me)\b
\b(?:vote|voting)\s+for\s+(?:me|my|our)\b
\bjoin\s+(?:our|my)\s+(?:\w+\s+)?(?:channel|server|mlm|business|network marketing|telegram|whatsapp group)\b
# Other petitions and own groups (2026.3). The campaign's own petition is no advertising.
\b(?:sign|signing)\s+(?:this|that)\s+(?:other\s+)?petition\s*:
\b(?:another|other|a different|my other|this other)\s+petition\b
\b(?:follow|join)\s+(?:my|our)\s+(?:\w+\s+)?(?:group|community|page|movement|party)\b
