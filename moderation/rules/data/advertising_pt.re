# Advertising and calls to action (N13), Portuguese (2026.4): own accounts, pages, channels and
# shops; other causes, petitions and crowdfunding (vaquinha, pix); easy money; contact.
\b(?:sigam|siga|me sigam|visitem|visite|acessem|acesse|conhecam|apoiem|apoie|compartilhem|curtam|escutem|assistam|inscrevam[- ]se no|inscreva[- ]se no)\s+(?:tambem\s+)?(?:meu|minha|meus|minhas|nosso|nossa|nossos|nossas)\s+(?:\S+\s+){0,3}?(?:pagina|canal|conta|perfil|blog|site|loja|podcast|grupo|vaquinha|peticao|abaixo-assinado|campanha|causa|videos?|instagram|insta|facebook|tiktok|youtube|telegram)s?\b
\b(?:convido|convidamos|peco a|pecam a)\s+(?:\S+\s+){0,3}?a\s+(?:\S+\s+)?(?:seguir|apoiar|assinar|visitar|se inscrever|comprar|investir|doar|contribuir)\b[^.!?\n]{0,80}?\b(?:pagina|canal|conta|grupo|loja|site|vaquinha|peticao|abaixo-assinado|campanha|causa|cripto|bitcoin)\b
\b(?:assinem|assine|apoiem|apoie|compartilhem|divulguem)\s+(?:tambem\s+)?(?:nossa|nosso|minha|meu|esta outra|outra|este outro|outro)\s+(?:\S+\s+){0,2}?(?:peticao|abaixo-assinado|vaquinha|campanha|causa)\b
\b(?:outra|outro)\s+(?:peticao|abaixo-assinado)\b
\b(?:vaquinha|vakinha|chave pix|meu pix|nosso pix|via pix|facam uma doacao|doem para|doem a)\b
\b(?:invistam|invista comigo|lucro garantido|lucros garantidos|rendimento garantido|renda extra|trabalhe de casa|trabalho em casa|dinheiro facil|criptomoedas?)\b
\b(?:me chama|me chamem|chama|chamem)\s+(?:no|na|pelo|pela)\s+(?:zap|whats|whatsapp|direct|dm|privado|inbox|telegram)\b
\b(?:entre em contato|entrem em contato|manda mensagem|mandem mensagem|me mande uma mensagem)\b
\b(?:frete gratis|entregamos para todo)\b
