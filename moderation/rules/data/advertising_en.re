# Advertising and calls to action (N13), English: promotion of products, services, accounts,
# channels, other causes or petitions. Matched on the folded text. Naming the campaign itself
# ("I signed Amnesty's petition", "#WriteForRights") is no advertising; a petition, campaign or
# fundraiser "for Ana" or "for your release" is the recipient's own cause (advertising.py).
# Not here: "visit my (family)", "I subscribe to", "buy my (bread)", "I work from home",
# "weight loss", "betting", "I saw your story on Instagram", "my students follow your case".
#
# Promotion of the writer's own accounts, pages, channels, shops, work: follow, subscribe,
# visit, join, like, watch, listen, support, share... my/our <thing>.
\bfollow\s+(?:me|us)\b
\bfollow\s+(?:my|our)\s+(?:[\w'-]+\s+){0,3}?(?:page|site|website|blog|vlog|channel|account|profile|feed|podcast|show|group|community|art|work|posts?|videos?|journey|story|stories|handle|instagram|insta|twitter|tiktok|youtube|facebook|telegram|substack|newsletter|movement)s?\b
\b(?:visit|check out|check|see|watch|subscribe to|join|like|support|sign|share|download|listen to|read|find|look up|go to|head to|head over to|tune in to|stream|try|back|fund|donate to)\s+(?:my|our)\s+(?:[\w'-]+\s+){0,3}?(?:page|site|website|blog|vlog|channel|shop|store|account|profile|feed|instagram|insta|twitter|tiktok|youtube|facebook|telegram|podcast|show|music|album|single|stream|petition|fundraiser|fundraising|crowdfunder|crowdfunding|gofundme|patreon|onlyfans|newsletter|substack|server|business|company|product|products|service|services|app|course|webinar|book|novel|ebook|art|artwork|prints|etsy|merch|brand|campaign|charity|project|startup|videos?)\b
\bsubscrib(?:e|ing)\s+(?:to|for)\s+(?:my|our)\b
\b(?:subscribe now|please subscribe|like and subscribe|smash that like|hit subscribe|link in bio|link in my bio|links in my bio|link in my profile|link in our bio)\b
\b(?:i|we)\s+(?:invite|urge|encourage|ask|beg|challenge)\s+(?:you all|all of you|everyone|everybody|all|anyone|all readers|readers|people|you)\s+(?:reading (?:this )?)?to\s+(?:also\s+)?(?:follow|subscribe|join|visit|like|check out|watch|listen to|support|donate|sign|buy|order|invest|contact|message|find)\b[^.!?\n]{0,80}?\b(?:page|channel|account|profile|group|podcast|shop|store|website|site|blog|fundraiser|fundraising|petition|campaign|cause|charity|shelter|crypto|bitcoin)\b
\bmy(?<!\bon my)(?<!\bin my)(?<!\bto my)(?<!\bvia my)(?<!\bfrom my)(?<!\bthrough my)\s+(?:instagram|insta|twitter|tiktok|youtube|facebook page|telegram|snapchat|onlyfans|patreon|podcast|youtube channel|telegram channel|etsy|website|blog|newsletter|online shop|online store|startup|substack|twitch)\b
\b(?:join|follow)\s+(?:our|my)\s+(?:[\w'-]+\s+)?(?:channel|server|mlm|business|network marketing|telegram|whatsapp group|group|community|page|movement|party)\b
\b(?:vote|voting)\s+for\s+(?:me|my|our)\b
# Contact details and "DM me".
\b(?:dm me|pm me|inbox me|message me|text me|contact me|whatsapp me|email me|mail me|write to me at|hit me up|call me on|call me at|call me now|reach me on|reach me at|reach me via|find me on|add me on)\b
\b(?:write|message|text|contact|reach|ping|call)\s+(?:me|us)\s+(?:on|via|through|at)\s+(?:whatsapp|telegram|signal|viber|wechat|instagram|insta|facebook|messenger|tiktok|snapchat|discord|twitter|email|e-mail)\b
\bmy\s+(?:whatsapp|telegram|signal|viber|wechat)\s+(?:number|is|id|handle)\b
\bmy\s+(?:phone|cell|mobile)\s+number\s+is\b
\b(?:whatsapp|telegram|signal|wechat)\s+me\b
# Products, shops and services.
\b(?:buy|order|shop|purchase)\s+(?:now|today|online)\b
\b(?:buy|order|purchase)\s+(?:my|our)\s+(?:[\w'-]+\s+){0,2}?(?:book|ebook|album|art|artwork|prints?|products?|t-shirts?|shirts?|merch|soaps?|jewel\w*|course|crafts?)\b
\b(?:discount code|discount codes|promo|promo code|coupon|voucher|free shipping|free delivery|special offer|limited offer|best prices?|for sale|cheap prices|wholesale|half[- ]price|best deals?|great deals?|cheap deals?|exclusive deals?)\b
\bfree\s+(?:initial\s+|first\s+)?(?:consultation|consult|quote)\b
\b(?:we|i)\s+(?:ship|deliver)\s+(?:worldwide|anywhere|internationally|all over the world)\b
\b(?:worldwide shipping|ships worldwide|shipping worldwide)\b
# Money-making, investment and crypto.
\b(?:passive income|earn money|make money|earn \$?\d+|get rich|investment opportunity|guaranteed returns?|guaranteed profits?|guaranteed income|forex|crypto|cryptocurrency|bitcoin|btc|ethereum|usdt|binance|nft|nfts|casino|sports betting|betting tips|viagra|trading signals?|double your money)\b
\b(?:invest|trade|earn)\s+(?:with|alongside)\s+(?:me|us)\b
\b(?:i|we)\s+(?:make|earn)\s+(?:over\s+|up to\s+)?[$€£]?\d[\d,.]*\s*(?:[$€£]|dollars|euros|pounds|usd|k)?\s*(?:a|per|every|each)\s+(?:day|week|month|hour)\b
\bwork(?:ing)? from home\s+(?:and\s+)?(?:earn|make|opportunity|jobs?)\b
\b(?:jobs?|opportunit\w+|earn\w*|income)\b[^.!?\n]{0,40}\bwork(?:ing)? from home\b
# Other petitions, fundraisers and causes (2026.3, 2026.4). A petition or fundraiser for the
# recipient is their own cause: advertising.py drops those.
\b(?:sign|signing)\s+(?:my|this other|another|our other)\s+petition\b
\bmy\s+petition\b
\bcollect(?:ing)?\s+signatures\s+(?:for|against)\b
\b(?:sign|signing)\s+(?:this|that)\s+(?:other\s+)?petition\s*:
\b(?:another|other|a different|my other|this other)\s+petition\b
\b(?:gofundme|patreon|onlyfans|kickstarter|indiegogo|ko[- ]?fi|cashapp|venmo|paypal\.me|justgiving|crowdfunder)\b
\b(?:sign|support|back|share|donate to|give to|contribute to|chip in to|chip in for)\s+(?:also\s+)?(?:our|my|this other|another)\s+(?:[\w'-]+\s+){0,2}?(?:petition|fundraiser|fundraising|crowdfunder|crowdfunding|appeal|collection|charity|campaign|cause)\b
\b(?:sign|support|donate to|give to|contribute to|chip in to|chip in for|help fund)\s+(?:also\s+)?(?:the|a)\s+(?:[\w'-]+\s+){0,3}?(?:fundraiser|fundraising|crowdfunder|crowdfunding|collection|shelter|food bank|animal rescue)\b
\balso\s+(?:sign|support|back|share|donate to|give to|contribute to)\s+(?:the|this|a)\s+(?:[\w'-]+\s+){0,3}?(?:petition|fundraiser|fundraising|crowdfunder|campaign|collection|appeal)\s+(?:for|against|to)\b
\bpetition\s+(?:against|to save|to stop|to protect|to ban|to block|to keep)\b
\b(?:card|account|bank account|iban|sort code)\s+(?:number|details)?\s*(?:is\s+)?(?:in|on)\s+my\s+(?:profile|bio|page)\b
\b(?:iban|bank details|sort code|bank transfer to)\b
