"""What a question says is not known: the citizenship, the destination, the storage region ...

A fact that the asker says they do not know is itself a fact: it turns the answer into a follow-up
question (`depends`) instead of a decision on a guess. Kept apart from the extractor so the wording
can be read and extended in one place.
"""

from __future__ import annotations

from assistant.lexicon import Pattern, compiled, sentences

UNKNOWN: dict[str, Pattern] = {
    "nationality_unknown": compiled(
        r"(?i)\b(?:no idea|don'?t know|do not know|not sure|unsure|unknown|haven'?t asked|have not asked|not (?:yet )?(?:told|known))\b[^.?]{0,30}\b(?:citizenship|nationality|nationalities|passport|status)\b|\b(?:citizenship|nationality) (?:is |are )?(?:unknown|not known|unclear)"
        r"|\b(?:no idea|don'?t know|do not know|not sure) who (?:those|these|the|their) (?:\w+ )?(?:people|guests|users|attendees|participants|members|visitors) are"
        r"|\b(?:no idea|don'?t know|do not know|not sure) who(?:'s| is| are)? (?:on|in) (?:that|the|their|this|our) (?:\w+ )?(?:team|group|lab|department|crew)"
        r"|\bdid(?:n't| not) (?:say|tell us) (?:from )?which countr"
        r"|\b(?:citizenship|nationality) (?:field|box|line|entry) (?:is |was |left )?(?:blank|empty)\b"
    ),
    # "the vendor's sales deck only says the data is 'encrypted at rest and in transit'": who holds the keys is open
    "encryption_open": compiled(
        r"(?i)\b(?:deck|brochure|website|marketing|datasheet|data sheet|contract|vendor|provider|FAQ|terms)\b[^.?]{0,30}"
        r"\b(?:only|just|merely) (?:says?|states?|mentions?|claims?|promises?)\b[^.?]{0,40}\bencrypt"
    ),
    # "HR hasn't told us whether she is on their own payroll on a permanent contract or on a placement through an
    # agency": whether the recipient is a permanent and regular employee (15 CFR 734.20(d)(2))
    "employment_unknown": compiled(
        r"(?i)\b(?:whether|if) (?:she|he|they|the (?:\w+ )?(?:engineer|employee|hire)) (?:is|are) (?:\w+ ){0,6}?(?:permanent|payroll|employee|staff|contract)"
        r"[^.?]{0,80}\bor\b[^.?]{0,60}\b(?:agency|contractor|placement|temp|secondment|seconded|consultant|freelance)"
    ),
    "status_unknown": compiled(
        r"(?i)\b(?:might|may|could) be (?:asylum|an? asylee|TPS|refugee|a green card|permanent residen)|\b(?:not sure|unsure|don'?t know|do not know) (?:if|whether) (?:he|she|they) (?:is|are|has|have|holds?) (?:a |an )?(?:green card|permanent|asylee|asylum|refugee|U\.?S\.? (?:citizen|person)|citizen)",
    ),
    "mode_unknown": compiled(
        r"(?i)\b(?:nobody|no one) has (?:yet )?decided how\b|\basked (?:\w+ ){0,3}how\b[^.?]{0,15}:|\bmaybe\b[^.?]{0,120}\bmaybe\b|\b(?:whether|if) (?:that|it|this) means\b|\b(?:not sure|unsure|don'?t know|do not know|unclear|nobody can tell me|not (?:yet )?decided)\b[^.?]{0,30}\b(?:how|whether)\b[^.?]{0,40}\b(?:sen[dt]|e-?mail|present|show|hand|take|upload|shar)",
    ),
    "influence_unknown": compiled(
        r"(?i)\b(?:not|haven'?t|have not|never|didn'?t|did not) (?:yet )?(?:asked|checked|verified|confirmed|looked into)\b[^.?]{0,50}\b(?:outside|side|foreign|contracts?|funding|influence|ties|obligations)"
        # "I don't know yet how his study is funded: maybe his government's scholarship"
        r"|\b(?:don'?t|do not|doesn'?t|does not) (?:yet )?know (?:yet )?(?:how|who|whether|if)\b[^.?]{0,30}\b(?:funded|funds|funding|scholarship|stipend|paid|pays)\b",
    ),
    "destination_undecided": compiled(
        # "We have two sister labs, one in Leuven and one in Bangalore" (and "send it to the sister lab")
        r"(?i)\b(?:we have|we've got|there are) (?:two|three) (?:[\w-]+ ){0,2}(?:labs|sites|offices|subsidiaries|plants|branches|entities)\b,? (?:one|the first) in (?-i:[A-Z])[\w-]+,? and (?:one|the other|another|the second) in (?-i:[A-Z])(?![^.?]{0,60}\b(?:both|each|all)\b)"
        r"|\bnot sure (?:yet )?(?:which|what) countr|\bitinerary (?:isn't|is not|not yet|hasn't been) (?:yet )?(?:fixed|final|set|decided)|\b(?:don'?t|do not) (?:yet )?know (?:yet )?(?:which|what|where) (?:countr|destination)|\b(?:don'?t|do not) know where (?:he|she|they) (?:connects?|logs? in|works?) from|\bwhere (?:he|she|they) connects? from"
        r"|\b(?:no idea|don'?t know|not sure)\b[^.?]{0,40}\bwhere (?:they|those people|these people|the guests) (?:sit|are|work|are based)"
        # "the partner is registered in Malaysia but has engineers in several countries"
        r"|\b(?:engineers?|staff|people|teams?|offices?|employees|users)\b[^.?]{0,20}\bin (?:several|many|various|multiple|different|other) countries\b"
        # "I don't know whether he is with the Singapore team or sits in our Shenzhen office"
        r"|\b(?:don'?t|do not|doesn'?t|does not) (?:yet )?know (?:yet )?(?:whether|if) (?:he|she|they) (?:is|are|sits?|works?|is based|are based)\b[^.?]{0,50}\bor (?:sits?|works?|is|are|based)?\b[^.?]{0,20}\b(?:in|at) (?:our |the |their )?(?-i:[A-Z])"
        r"|\bdid(?:n't| not) tell us (?:who|where|from where)"
        # "I asked who and where; all I got is that he covers Canada and the Gulf"
        r"|\basked (?:who|where|which countr)[^.?]{0,30}[.;:,]\s*(?:but )?(?:all (?:I|we) (?:got|heard)|no (?:answer|reply)|(?:they|he|she) (?:wouldn'?t|won'?t|didn'?t|did not) say)"
        r"|\blogistics (?:aren't|are not|isn't|is not|not) (?:yet )?(?:settled|decided|fixed)"
        r"|\b(?:will|to) (?:pick|choose|decide) between\b"
        r"|\beither (?:the )?[\w-]+ or (?:the )?[\w-]+ (?:partner|customer|office|site|plant|subsidiary)"
        r"|\b(?:board|management|leadership|the client|we) (?:picks?|decides?|chooses?) (?:on )?(?:\w+day|next week|later|soon|tomorrow)\b"
        # two papers of the same party naming different places: "PO says Limassol, the signature says Jebel Ali",
        # "his business card shows a branch in Frankfurt and a head office in Dubai"
        r"|\b(?:PO|purchase order|invoice|(?:delivery |shipping )?address|signature|business card|letterhead)\b[^.?]{0,30}\b(?:says|shows|lists|gives)\b[^.?]{0,60}\b(?:says|shows|lists|gives)\b"
        r"|\b(?:business card|signature|letterhead|website)\b[^.?]{0,20}\bshows? (?:a |an |the )?[\w-]+ (?:in|at) [A-Z][\w-]+ and (?:a |an |the )?(?:[\w-]+ ){0,2}(?:in|at) [A-Z]",
    ),
    "storage_undecided": compiled(
        # "the contract just says hosted in vendor data centres, nothing more"
        r"(?i)\b(?:contract|terms|agreement|vendor|provider|deck|website)\b[^.?]{0,20}\b(?:just|only|merely) (?:says?|states?|mentions?)\b[^.?]{0,30}\b(?:data ?cent(?:er|re)s?|hosted|hosting|regions?|cloud)\b|\b(?:nothing(?:'s| has been| is)|not yet|haven'?t|have not|hasn'?t|has not)\b[^.?]{0,25}\b(?:decided|chosen|picked|told us where)\b|\bglobal infrastructure\b|\b(?:don'?t|do not) know where (?:the )?(?:data|servers?|files|backups?) (?:are|is|will be|sit)|\bshortlist\b|\b(?:is|are) (?:picking|choosing) (?:a|an|the) (?:\w+ )?region|\bwhich region\b|\bcompar\w+ (?:an? |the )?(?:\w+ )?region"
        # "copies the blobs to regions it chooses, and the contract does not list them"
        r"|\b(?:regions?|locations?|data ?cent(?:er|re)s?|countries) (?:it|they|the (?:vendor|provider|platform|service)) (?:chooses?|picks?|selects?|decides?)\b"
        # "may be replicated across any of our global regions", "they won't give us the region list"
        r"|\b(?:any|all) of (?:our|their|its) (?:global |worldwide |international )?(?:regions|data ?cent(?:er|re)s|locations)\b"
        # "the vendor won't commit to which regions the geo-redundant replicas land in"
        r"|\b(?:won'?t|will not|doesn'?t|does not|can'?t|cannot) (?:commit to|guarantee|promise|confirm) (?:which|what|where)\b[^.?]{0,40}\b(?:regions?|data ?cent(?:er|re)s?|replicas?|stored|lives?|lands?)\b"
        r"|\b(?:won'?t|will not|don'?t|do not|refuse\w* to)\b[^.?]{0,10}\b(?:give|tell|share|disclose|provide|name)\b[^.?]{0,10}\b(?:the )?(?:region|location|data ?cent(?:er|re)|country) (?:list|names?)\b"
        r"|\b(?:contract|agreement|terms|vendor|provider)\b[^.?]{0,20}\b(?:doesn'?t|does not|don'?t|do not|won'?t|will not)\b[^.?]{0,10}\b(?:list|name|say|specify|disclose)\b[^.?]{0,20}\b(?:them|regions?|locations?|where|countries)\b"
        # "replicated to 'regional data centers worldwide' and doesn't list which ones"
        r"|\b(?:data ?cent(?:er|re)s?|regions?|locations?)['’\"]? (?:worldwide|around the world|across the globe)\b"
        r"|\b(?:doesn'?t|does not|don'?t|do not|won'?t|will not) (?:list|name|say|specify|disclose) which (?:ones|regions?|countries|locations|data ?cent(?:er|re)s)\b",
    ),
}


# A sentence that says something is open: not known, not decided, not checked, still to be confirmed.
OPEN_CUE = compiled(
    r"(?i)\b(?:not sure|unsure|(?:isn'?t|is not|aren'?t|are not|wasn'?t|was not|am not) (?:\w+ )?sure|no idea|unclear|undecided"
    r"|(?:don'?t|do not|doesn'?t|does not|didn'?t|did not) (?:yet |really |actually )?(?:know|remember|recall)|(?:nobody|no one)(?: \w+){0,2}? (?:really )?(?:knows|remembers|recalls)"
    r"|(?:can'?t|cannot|couldn'?t|unable to) (?:yet )?(?:tell|confirm|verify|find|rule out|say|remember|recall)"
    r"|(?:nobody|no one)(?: \w+){0,3}? (?:can|could|has|will|would)(?: \w+){0,6} (?:tell|confirm\w*|say|decided|compared|checked|assessed|classified|looked|asked|run|ran|tested|measured|reviewed)"
    r"|(?:hasn'?t|has not|haven'?t|have not|not|didn'?t|did not|never) (?:yet )?(?:decided|checked|verified|compared|assessed|screened|determined|established|worked out|asked|enquired|inquired)"
    r"|(?:didn'?t|did not|don'?t|do not) (?:yet )?(?:check|verify|screen|ask)\b"
    r"|(?:hasn'?t|has not|haven'?t|have not|didn'?t|did not) (?:yet )?(?:told|said|informed) (?:me|us)\b"
    # a measurement or a document nobody has in hand yet: "the lab hasn't finished the measurements",
    # "I haven't seen this version"
    r"|(?:hasn'?t|has not|haven'?t|have not|not) (?:yet )?(?:finished|completed|seen|measured|tested|run)"
    r"|(?:don'?t|do not) have (?:a |the |any )?(?:breakdown|list|details|information)"
    # a record that leaves the deciding fact out: "our file doesn't show which design those hulls carry"
    r"|(?:doesn'?t|does not|don'?t|do not|didn'?t|did not) (?:show|say|state|record|specify) (?:which|what|whether)"
    r"|(?:won'?t|will not|wouldn'?t|didn'?t|did not|doesn'?t|does not|haven'?t|have not|hasn'?t|has not|refus\w+ to) (?:yet )?"
    r"(?:say|said|tell|told|confirm\w*|disclose|name)"
    r"|(?:won'?t|don'?t|can'?t|do not|cannot|could not|couldn'?t) agree|disagree"
    r"|(?:may|might) (?:never|not) have|still (?:discussing|deciding|negotiating|working (?:it )?out|waiting|open|pending|to be (?:decided|confirmed))"
    r"|(?:they|we|she|he|it)(?:'ll| will) (?:only )?(?:confirm|know|decide|tell us)|(?:decides?|will decide|to decide) (?:on |it )?(?:next|later|by|once|after|when)"
    r"|(?:we|they|you)(?:'ll| will) hear back|hear back (?:on|by|next|from)|still sitting (?:with|at|on)|(?:is|are) still pending|still chasing"
    r"|to be (?:decided|confirmed)|\bTB[CD]\b|not (?:yet )?(?:known|confirmed|settled|fixed|final)|could be [A-Z][\w-]+, could be"
    r"|(?:only )?(?:know|decide) once\b|waiting (?:for|on) (?:the |their |an? )?(?:answer|confirmation|decision|end-user statement|reply)"
    r"|maybe not|may or may not|or perhaps not|possibly not|\bdepends on the (?:week|day|month|project|shift|customer)\b"
    # what was (not) asked or sent: "before anyone asked about citizenship", "nothing about his status" (a licence
    # that "says nothing about Indian nationals" names them: what it covers is a fact, not a doubt)
    r"|before (?:anyone|anybody|we|they|somebody|someone) (?:\w+ )?(?:asked|checked)|\bnothing (?:about|regarding)\b(?! (?-i:[A-Z])[a-z]+ (?:nationals?|citizens|staff|employees|engineers)\b)"
    # two possibilities named: "could be a UK passport or an Irish one"
    r"|(?:might|may|could) be (?:a |an )?[\w-]+(?: [\w-]+)? or (?:a |an )?[\w-]+"
    # a claim the other side contests: "the buyer denies it"
    r"|denies|denied (?:it|this|that|any|the (?:claim|report|allegation|story))|disputes|disputed"
    # "Some say he's a naturalized citizen, others think he's still here on a work visa"
    r"|some (?:say|think|believe|claim)\b[^.?]{0,80}\bothers (?:say|think|believe|claim)"
    r"|(?:can'?t|cannot|couldn'?t) get a straight answer|\bconflicting (?:answers|information|accounts|reports)\b"
    # a choice still to be made: "it might be Singapore", "the rota isn't fixed", "only tells us on the day",
    # "two options are on the table", "he'll either berth in Cowes or cross to Cherbourg"
    r"|(?:but |or )?(?:it |they |he |she )?(?:might|may|could) (?:also |well )?be (?:in )?(?-i:[A-Z])\w*"
    r"|(?:isn'?t|aren'?t|is not|are not) (?:yet )?(?:fixed|settled|final|set|decided|confirmed)"
    r"|only (?:tells?|decides?|confirms?|knows?) (?:us )?(?:on the day|later|at the last minute|the day before)"
    r"|(?:two|three|several) options|options? (?:are|is) on the table|\bPlan [AB]\b"
    r"|(?:he|she|they|we|it)(?:'ll| will| would| may| might)? either\b[^.?]{0,120}\bor\b|(?:it'?s|it is) either\b)\b"
)
# What an open sentence is about, in the order tried: the first topic found names the open fact.
OPEN_TOPICS: list[tuple[str, Pattern]] = [
    ("encryption_open", compiled(r"(?i)\bencrypt|\bkeys?\b|\bFIPS\b")),
    (
        "screening_open",
        compiled(
            r"(?i)\bscreen(?:ing|ed)\b|\bscreen (?:them|him|her|it|the)\b|\bentity list|\bpartial hit|\brestricted end[- ]user|\bdenied part"
            # "I have not checked the institute against anything"
            r"|\bcheck(?:ed)? (?:\w+ ){0,3}against (?:anything|any (?:\w+ )?lists?|the (?:\w+ )?lists?)\b"
            # "we did not yet check which university exactly": who the party is, for screening
            r"|\b(?:check|checked|verify|verified|screen) which (?:university|company|institute|entity|customer|buyer|organi[sz]ation)\b"
            # "some Chinese universities are on some list": a party list, not the control list
            r"|\b(?:universit\w+|compan\w+|institutes?|customers?|buyers?|partners?|entit\w+|parties|end[- ]users?)\b[^.?]{0,30}"
            r"\bon (?:some|a|an|any|that|this|the) (?!(?:\w+ )?(?:control|CCL|strategic|munitions|commerce)\b)(?:[\w.-]+ )?(?:list|blacklist)\b"
        ),
    ),
    (
        "publication_unknown",
        compiled(
            r"(?i)\bpublish|\bpublication|\bjournal\b|\bput (?:it )?online\b|\bproceedings\b|\bcleared for\b|\bclearance\b"
            r"|\bpublic release\b|\bwrite (?:it )?up\b|\bpublic domain\b|\bon general sale\b|\bpublic (?:[\w-]+ )?(?:website|download|site|portal)"
            r"|\bdownload (?:page|centre|center)|\bconference paper|\b(?:was|is|ever|already|really) public\b|\b(?:is|was|are|were) (?:it|this|that|they|(?:the|our|their|his|her) (?:[\w-]+ ){0,2}?[\w-]+) (?:already |really |actually )?public\b|\bopen registration|\b(?:our|the|his|her) papers\b(?<!registration papers)|\bveto\b"
            # who can reach it decides whether it is published: open to all, or behind a login or a registration
            # "not sure how the workshop is run - whether anybody can register and whether the slides get posted"
            r"|\bany(?:one|body) can (?:register|attend|sign up)\b|\bslides? (?:get |are |will be )?(?:posted|published|shared|put online)\b"
            r"|\bopen to (?:everyone|anyone|all|the public)\b|\bbehind (?:a |the |our |their )?(?:[\w-]+ )?(?:login|log-in|paywall|password|registration)"
            r"|\bregistration\b(?! (?:papers|documents?|certificates?|numbers?|details))"
        ),
    ),
    (
        "status_unknown",
        compiled(
            r"(?i)\bgreen card|\bpermanent residen|\basyl|\brefugee|\bimmigration status|\bEAD\b|\bvisa status|\b出向|\bseconded\b|\bresiden(?:t|cy|ce)\b"
            # what kind of employment he has decides residency (Japan) or who employs him: "what kind of contract"
            r"|\b(?:kind|type|sort) of (?:employment )?contract\b|\bcontract type\b|\bemployment (?:status|contract|terms)\b"
            r"|\bnaturali[sz]ed\b|\bwork visa\b|^(?![^.?]*\bpassports?\b)[^.?]*\bI-9\b"
        ),
    ),
    ("nationality_unknown", compiled(r"(?i)\bcitizenships?\b|\bnationalit(?:y|ies)\b|\bpassports?\b|\bwhich countr(?:y|ies) (?:he|she|they) (?:is|are) from|\bfrom which countr")),
    (
        "end_use_unknown",
        compiled(
            r"(?i)\bend[- ]?us(?:e|er)\b|\b(?:who|which|whether) (?:the |their |its )?end[- ]customers? (?:\w+ ){0,3}(?:is|are|will be)\b|\b(?:used|use it|them) for\b|\bwhich (?:line|program|programme|project|application|subsidiary|customer)\b"
            r"|\bwhat (?:(?:the|their|its|this|that) (?:[\w-]+ ){1,3}|it |they )?(?:are|is|will be) (?:really )?(?:for|used for)\b|\bend-user statement\b|\bend up (?:on|in)\b|\bwhom to believe\b|\bmissile|\bweapons?\b|\barmou?red\b"
            r"|\bdefen[cs]e[- ]related\b|\bmilitary[- ]related\b"
            # "we don't know what the plant makes", "what they'll grow in them we have no idea"
            r"|\bwhat (?:the |their |its )?(?:[\w-]+ )?(?:plant|factory|facility|customer|buyer|they|it)(?:'ll| will| would)? (?:really |actually )?(?:makes?|produces?|grows?|builds?|does)\b"
        ),
    ),
    (
        "classification_unknown",
        compiled(
            r"(?i)\bclassif|\bECCN\b|\bspecially designed\b|\bcounts? as\b|\bcontrol list|\bAnnex I\b|\bcategory\b|\bUSML\b|\bITAR or\b"
            r"|\bjurisdiction\b|\bentries\b|\bnational list|\bCCATS\b|\bassessed\b|\bCLC\b|\bCJ\b|\brating\b|\bmunitions list\b|\bmilitary list\b"
            # "not sure this thing is in the Strategic Items Order or not"
            r"|\bstrategic (?:items?|goods)\b|\b(?:is|are) (?:in|on) (?:the|any) (?:[\w-]+ ){0,3}(?:list|order|schedule)\b"
            # what decides whether an entry's threshold is met: a rating, a measured figure, which variant or version
            r"|\bwhich (?:design|model|variant|version|type|grade)\b"
            r"|\brated\b|\btemperature\b|\baccuracy\b|\brepeatability\b|\bmeasurements?\b|\bvariant\b|\bversion\b|\border of review\b|\bthresholds?\b|\bfigures?\b|\bTg\b"
        ),
    ),
    (
        "mode_unknown",
        compiled(
            r"(?i)\bhow (?:exactly|he|she|they|we)\b[^.?]{0,30}\b(?:send|share|present|show|do it|take)"
            r"|\b(?:e-?mail|laptops?|teams|zoom|in person|fly in|come to|visit)\b[^.?]{0,140}\bor\b[^.?]{0,80}\b(?:e-?mail|laptops?|teams|zoom|screen|in person|fly in|fl(?:y|ies|ying) (?:to|out)|travel\w*|visit\w*|come to)"
        ),
    ),
    ("storage_undecided", compiled(r"(?i)\b(?:data ?cent(?:re|er)s?|regions?|zones?|replica|tenant|(?<!-)hosted|hosting|backups?)\b")),
    (
        "destination_undecided",
        compiled(
            r"(?i)\bwhere (?:(?:he|she|they|it) |the (?:\w+ ){1,3}?)(?:will|would|is|are|sits?|works?|goes|connects?)|\bwhich (?:country|countries|site|plant|office|city|base|destination|team|centre|center|lab|branch|location)\b"
            r"|\bwhere (?:will|would|does|is) (?:he|she|they|it)\b|\b(?:two|three|both) options\b|\brelocat\w+\b"
            r"|\b(?:in|at|either) [A-Z][\w-]+(?: [A-Z][\w-]+)? or (?:in |at )?(?:the one in |their \w+ in )?[A-Z][\w-]+|\bposting\b|\bitinerary\b|\bbased\b"
            # "third-country nationals", "country-of-origin rules" name no open destination
            r"|(?<!-)\bcountry\b(?!-)|\bcould be [A-Z][\w-]+, could be|\beither\b[^.?]{0,120}\bor\b|(?-i:\b[A-Z][\w-]+,? or (?:in |at |to )?[A-Z][\w-]+)"
            r"|(?-i:\bin [A-Z][\w-]+(?: [A-Z][\w-]+)? and (?:in )?[A-Z][\w-]+)"
        ),
    ),
]


# A doubt about "which one" of the things the sentence before named: classifications named there are the doubt.
_NAMED_ENTRY = compiled(r"\b\d[A-E]\d{3}\b|\bEAR ?99\b")


def _topic(sentence: str) -> str | None:
    return next((name for name, topic in OPEN_TOPICS if topic.search(sentence)), None)


_COMPARES = compiled(r"(?i)\b(?:compared|compare|checked) (?:the two|both|them|the (?:two )?(?:documents|versions|texts|files))\b")
_WHICH_ONE = compiled(r"(?i)\bwhich (?:one|kind|sort|type|of (?:the|them|these|those))\b|\bwho(?:'s| is) right\b|\bagree\b")


def _topic_before(doubt: str, sentence: str) -> str | None:
    if _WHICH_ONE.search(doubt) and _NAMED_ENTRY.search(sentence):
        return "classification_unknown"
    return _topic(sentence)


def open_facts(text: str) -> set[str]:
    """Facts that a sentence says are open, named by what the sentence is about ("Which one is correct I
    don't know" is about what the sentence before it says)."""
    found: set[str] = set()
    said = sentences(text)
    for n, sentence in enumerate(said):
        if not OPEN_CUE.search(sentence):
            continue
        name = _topic(sentence) or (_topic_before(sentence, said[n - 1]) if n else None)
        if name is None and n > 1 and _COMPARES.search(sentence):
            name = _topic(said[n - 2])  # "I haven't compared the two documents": the ones named before
        if name is None and _WHICH_ONE.search(sentence) and n + 1 < len(said):
            name = _topic(said[n + 1])  # "... hasn't said which one yet. Their resorts are in X and in Y."
        if name:
            found.add(name)
    return found


def unknown_facts(text: str) -> set[str]:
    """Names of the facts the text says are not known or not decided."""
    return {name for name, pattern in UNKNOWN.items() if pattern.search(text)} | open_facts(text)
