# Advertising and calls to action (N13), Italian (2026.4): own accounts, pages, channels and
# shops; other causes, petitions and fundraisers; easy money; contact.
\b(?:seguitemi|seguiteci|seguimi)\b
\b(?:seguite|segui|visitate|visita|iscrivetevi a|iscriviti a|sostenete|sostieni|condividete|ascoltate|guardate|mettete mi piace a)\s+(?:anche\s+)?(?:la mia|il mio|i miei|le mie|la nostra|il nostro|i nostri|le nostre|mia|mio|nostra|nostro)\s+(?:\S+\s+){0,3}?(?:pagina|canale|account|profilo|blog|sito|negozio|podcast|gruppo|raccolta fondi|petizione|campagna|causa|video|instagram|facebook|tiktok|youtube|telegram)\b
\b(?:firmate|firma|sostenete|sostieni|condividete)\s+(?:anche\s+)?(?:la nostra|la mia|quest'altra|un'altra|l'altra|anche questa)\s+(?:\S+\s+){0,2}?(?:petizione|raccolta|campagna|causa)\b
\b(?:un'altra|altra)\s+petizione\b
\b(?:raccolta fondi|fate una donazione|gofundme|produzioni dal basso)\b
\b(?:investite|investi con me|guadagno garantito|guadagni garantiti|rendimento garantito|reddito passivo|lavoro da casa|soldi facili|criptovalut\w+)\b
\b(?:scrivetemi|contattatemi|chiamatemi|mandatemi un messaggio|scrivimi|contattami)\s+(?:su|a|al|in|via|per)\b
\b(?:il mio|il nostro)\s+(?:negozio|negozio online|shop|canale youtube|canale telegram|studio)\s+(?:\S+\s+){0,3}?(?:offre|vende|spedisce)\b
\b(?:codice sconto|buono sconto|sconto del|sconto fino|spedizione gratuita|spediamo in tutto)\b
\b(?:trovatemi|trovateci|cercatemi|cercateci)\s+(?:su|sul|sulla|in)\b
