"""Word lists the fact extractor matches: transfer modes, recipient statuses, information status,
red flags, evasion and injected instructions. Kept as data, apart from the logic, so a reviewer can
read and extend them."""

from __future__ import annotations

import re
from functools import lru_cache

Pattern = re.Pattern[str]


@lru_cache(maxsize=8192)
def compiled(pattern: str) -> Pattern:
    """Compiled patterns, kept: the extractor uses more than the `re` module's cache of 512."""
    return re.compile(pattern)


def search(pattern: str, text: str) -> re.Match[str] | None:
    return compiled(pattern).search(text)


def match(pattern: str, text: str) -> re.Match[str] | None:
    return compiled(pattern).match(text)


def split(pattern: str, text: str) -> list[str]:
    return compiled(pattern).split(text)


def _p(*alternatives: str) -> Pattern:
    return re.compile(r"(?i)(?:" + "|".join(alternatives) + r")")


MODES: list[tuple[Pattern, str]] = [
    (
        _p(
            r"\be-?mail",
            r"\battach(?:ed|ment|ing)?\b",
            r"\bsend(?:ing)? (?:it|them|the \w+) (?:over|by)\b",
            r"\bmail(?:ing)? (?:the|our) \w+",
        ),
        "email",
    ),
    (
        _p(
            r"\bcloud\b",
            r"\bs3\b",
            r"\bbucket",
            r"\bazure\b",
            r"\baws\b",
            r"google drive",
            r"onedrive",
            r"dropbox",
            r"\bupload",
            r"\bsaas\b",
            r"\bdata ?cent(?:er|re)",
            r"\bservers?\b.{0,30}\b(?:in|located)\b",
            r"\bhosted\b",
            r"\bbackup",
        ),
        "cloud",
    ),
    (
        _p(
            r"\bvpn\b",
            r"remote(?:ly)? (?:access|log ?in|desktop|connect)",
            r"\blog ?in (?:to|from)\b",
            r"\bremote access",
            r"\bdial(?:s|ing)? (?:in|into)\b",
            r"\blog (?:in|on) (?:to|into)\b",
            r"\bportal\b",
            r"\bcitrix\b",
            r"\bssh\b",
            r"access (?:our|the) (?:server|network|system|repository|repo|database|plm|pdm)",
        ),
        "remote_access",
    ),
    (
        _p(
            r"sharepoint",
            r"shared drive",
            r"\bplm\b",
            r"\bpdm\b",
            r"teamcenter",
            r"windchill",
            r"\bconfluence\b",
            r"\bwiki\b",
            r"file share",
            r"\bintranet\b",
            r"shared folder",
        ),
        "shared_drive",
    ),
    (
        _p(
            r"\bvisit",
            r"\btour\b",
            r"plant tour",
            r"walk(?:ing)? through (?:the|our) (?:plant|factory|lab|facility|shop floor)",
            r"\bdelegation\b",
            r"\bsite visit",
            r"come to (?:our|the) (?:plant|site|factory|lab)",
            r"\bon-?site\b",
        ),
        "visit",
    ),
    (
        _p(
            r"\bemploy",
            r"\bhire",
            r"\bhiring\b",
            r"\bnew hire",
            r"\bintern\b",
            r"\binterns\b",
            r"\bengineer (?:joins|joining|started)",
            r"\bon our (?:team|staff)\b",
            r"\b(?:has |have )?work(?:s|ed|ing)? (?:in|at|for) our\b",
            r"\bco-?worker",
            r"\bstaff member",
            r"\bH-?1B\b",
            r"\bpostdoc",
            r"\bgraduate student",
            r"\bgrad students?\b",
            r"\bphd student",
            r"\bvisiting (?:scholar|researcher|scientist)",
        ),
        "employment",
    ),
    (
        _p(
            r"\bconference",
            r"\bsymposium",
            r"\bworkshop\b",
            r"\bseminar\b",
            r"\btrade show",
            r"\bpresent(?:ation|ing)? (?:at|to)\b",
            r"\bposter\b",
            r"\bkeynote\b",
            r"\bwebinar",
        ),
        "conference",
    ),
    (
        _p(
            r"\bpublish",
            r"\bjournal\b",
            r"\barxiv\b",
            r"\bpaper\b",
            r"\barticle\b",
            r"\bpreprint\b",
            r"\bopen[- ]source",
            r"\bgithub\b",
            r"\bblog\b",
            r"\bpublic website",
            r"\bthesis\b",
            r"\bdissertation",
        ),
        "publication",
    ),
    (
        _p(
            r"\bphone\b",
            r"\bcall\b",
            r"\bvideo ?call",
            r"\bteams (?:call|meeting)",
            r"\bzoom\b",
            r"\bwebex\b",
            r"\bteleconference",
            r"\btalk (?:to|with)\b",
            r"\bverbal(?:ly)?\b",
            r"\borally\b",
            r"\bdiscuss",
        ),
        "call",
    ),
    (
        _p(
            r"hand-?carr",
            r"\blaptop\b",
            r"\bbusiness trip",
            r"\btravel(?:l?ing)? (?:to|abroad)",
            r"\bcarry(?:ing)? (?:a|my|our|the) \w+ (?:to|abroad)",
            r"\bon my (?:laptop|phone|tablet)",
            r"\busb (?:stick|drive)",
            r"\bthumb ?drive",
        ),
        "hand_carry",
    ),
    (
        _p(
            r"\bdownload",
            r"\brepositor(?:y|ies)\b",
            r"\brepo\b",
            r"\bgit\b",
            r"\bsource code\b",
            r"\bsoftware update",
            r"\bpackage registry",
            r"\bapp store",
        ),
        "download",
    ),
    (
        _p(
            r"technical assistance",
            r"\btrain(?:ing)?\b",
            r"\bteach",
            r"\binstruct",
            r"\bsupport (?:their|the) engineers",
            r"\btroubleshoot",
            r"\bhelp (?:them|their \w+) (?:design|build|develop|repair|maintain|integrate)",
            r"\bconsult(?:ing|ancy)?\b",
            r"\bdefen[cs]e service",
        ),
        "assistance",
    ),
]

RECIPIENT_STATUS: list[tuple[Pattern, str]] = [
    (
        _p(
            r"\bU\.?S\.? (?:citizen|person|national)s?\b",
            r"\bAmerican citizen",
            r"\bcitizen of the (?:US|U\.S\.|United States)",
            r"\bUS-born\b",
        ),
        "us_person",
    ),
    (_p(r"green[- ]card", r"(?:lawful )?permanent residen(?:t|cy)", r"\bLPR\b"), "permanent_resident"),
    (_p(r"protected individual", r"\basylee", r"\brefugee status", r"\bgranted asylum"), "protected_individual"),
    (
        _p(
            r"\bforeign (?:[\w-]+ )?(?:national|person|employee|engineer|student|researcher|contractor|worker|visitor|scientist)s?\b",
            r"\bnon-?U\.?S\.? (?:person|citizen|national)",
            r"\bvisa holder",
            r"\bH-?1B\b",
            r"\bF-?1 student",
            r"\bnot (?:a )?U\.?S\.? citizen",
        ),
        "foreign_person",
    ),
    (
        _p(
            r"\bdual (?:national|citizen)",
            r"\bdual citizenship",
            r"\bboth (?:\w+ )?(?:and \w+ )?(?:citizenships|passports|nationalities)",
            r"\btwo passports",
        ),
        "dual_national",
    ),
    (_p(r"\b(?:EU|European Union) (?:resident|citizen|national)s?\b"), "eu_resident"),
    (_p(r"\b(?:UK|British) (?:resident|citizen|national)s?\b"), "uk_resident"),
    (
        _p(
            r"(?:strong|significant|substantial) influence (?:of|from) (?:a )?foreign",
            r"under (?:the )?(?:control|direction|influence) of (?:a )?foreign (?:government|state|entity)",
            r"contract with (?:a )?foreign government",
            r"(?:paid|funded|employed) by (?:a )?foreign government",
        ),
        "foreign_influence",
    ),
]

# A status the person does not (yet) have: "green card pending", "not a permanent resident".
NEGATED_RECIPIENT_STATUS: list[tuple[Pattern, str]] = [
    (
        _p(
            r"\b(?:pending|awaiting|applied for|waiting for|waiting on|in process|processing) (?:(?:a|his|her|their|the) )?(?:green[- ]card|permanent residen)",
            r"\bgreen[- ]card (?:application|petition|process)\b",
            r"\bgreen[- ]card (?:is |was )?(?:still )?(?:pending|not (?:yet )?(?:approved|granted|issued))",
            r"\b(?:no|without a|hasn't got a|doesn't have a|does not have a) green[- ]card",
            r"\bnot (?:yet )?(?:a )?(?:lawful )?permanent residents?",
        ),
        "permanent_resident",
    ),
    (
        _p(
            r"\bnot (?:yet )?(?:a )?U\.?S\.? (?:citizen|person|national)s?",
            r"\bnon-?U\.?S\.? (?:citizen|person|national)s?",
            r"\b(?:pending|applied for|awaiting) (?:U\.?S\.? )?(?:citizenship|naturali[sz]ation)",
        ),
        "us_person",
    ),
]

INFO_KINDS: list[tuple[Pattern, str]] = [
    (
        _p(
            r"\bdevelop(?:ment)?\b",
            r"\bdesign (?:data|files|docs|documents|rationale|review|methodology|information|details|package)",
            r"\bcad\b",
            r"\bsimulation (?:models?|results)",
            r"\bmodels?\b.{0,20}\b(?:design|aerodynamic|thermal)",
        ),
        "development",
    ),
    (
        _p(
            r"\bproduction\b",
            r"\bmanufactur",
            r"\bprocess (?:specs?|specifications?|recipes?|parameters|flow|sheets?|documents?|documentation|know-how)",
            r"\bmanufacturing (?:specs?|specifications?|data|know-how|documents?)",
            r"\brecipes?\b",
            r"\bdrawings?\b",
            r"\btolerances?\b",
            r"\bbuild (?:instructions|to print)",
            r"\bfabricat",
            r"\bassembly (?:instructions|procedures)",
            r"\bwork instructions",
            r"\bbill of materials",
            r"\bBOM\b",
        ),
        "production",
    ),
    (
        _p(
            r"\boperation\b",
            r"\bmaintenance\b",
            r"\brepair\b",
            r"\boverhaul",
            r"\brefurbish",
            r"\binstallation\b",
            r"\btroubleshooting",
            r"\bservice manuals?",
        ),
        "use",
    ),
    (
        _p(
            r"\bsource code\b",
            r"\bsource files?\b",
            r"\bfirmware source",
            r"\bcode base\b",
            r"\bcodebase\b",
            r"\bgit repo",
        ),
        "source_code",
    ),
    (
        _p(
            r"\bmarketing\b",
            r"\bbrochure",
            r"\bdatasheet\b",
            r"\bdata sheet\b",
            r"\bsales (?:presentation|deck|material|literature|pitch)",
            r"\bproduct (?:flyer|overview|catalog(?:ue)?)",
            r"\bpress release",
            r"\badvertis",
        ),
        "marketing",
    ),
    (
        _p(
            r"\bgeneral (?:description|overview|system description|information)",
            r"\bhigh[- ]level (?:overview|description)",
            r"\bform,? fit,? (?:and|&) function",
        ),
        "general_description",
    ),
    (
        _p(
            r"\bbasic (?:\w+ ){0,3}(?:equations|physics|principles|concepts|theory)",
            r"\bin general terms\b",
            r"\bhow (?:a|an|the) (?:\w+ ){1,2}works\b",
            r"\bbasic (?:scientific )?principles?",
            r"\bgeneral scientific",
            r"\btextbook",
            r"\bgeneral(?:ly)? (?:engineering|mathematical|science) principles",
            r"\bcommonly taught",
        ),
        "basic_science",
    ),
    (
        _p(
            r"\btechnical data\b",
            r"\btechnology\b",
            r"\bknow-?how\b",
            r"\bspecs?\b",
            r"\bspecifications?\b",
            r"\bblueprints?\b",
            r"\btest (?:data|reports?|procedures?|results)",
            r"\bschematics?\b",
        ),
        "technical",
    ),
]

INFO_STATUS: list[tuple[Pattern, str]] = [
    (
        _p(
            r"\balready (?:been )?published",
            r"\b(?:was|were|is|are|has been|have been) published",
            r"\bpublicly available",
            r"\bpublished (?:in|on|at|paper|article|standard)",
            r"\bfreely available",
            r"\bon (?:our|the) public website",
            r"\bin the public domain",
            r"\bopen[- ]access",
            r"\bposted (?:publicly|on the internet)",
            r"\bpublic(?:ly)? (?:posted|released)",
            r"\bpublic (?:github|gitlab|repository|repo)",
            r"\bopen[- ]sourc(?:e|ing)\b",
            r"\bpublicly (?:downloadable|accessible)",
            r"\bopenly on the (?:internet|web)",
            r"\bfreely (?:downloadable|accessible)",
            r"\bavailable (?:in|at|from) (?:any|every|public|the) (?:\w+ )?librar",
            r"\bjournal article\b",
            r"\bpublished (?:product )?(?:handbook|manual|catalog(?:ue)?|datasheet)",
        ),
        "published",
    ),
    (
        _p(
            r"\boff[- ]the[- ]shelf\b",
            r"\bany(?:one|body) can (?:buy|purchase|download)",
            r"\bmass[- ]market",
            r"\bretail (?:software|product)",
            r"\bgenerally available to the public",
        ),
        "mass_market",
    ),
    (
        _p(
            r"\bfundamental research",
            r"\buniversity research\b.{0,60}\b(?:publish|no restrictions)",
            r"\bbasic (?:and|&) applied research",
            r"\bresults (?:are )?(?:ordinarily )?published",
            r"\bno (?:publication|dissemination) restrictions",
            r"\bbasic (?:\w+ ){0,2}(?:properties|phenomena)",
            r"\bbasic (?:scientific )?research",
            r"\bresults (?:go|are sent|will go|get published) (?:to|in) (?:\w+ )?journals",
            r"\bbasic (?:scientific )?research",
            r"\bunrestricted (?:academic )?research",
        ),
        "fundamental_research",
    ),
    (
        _p(
            r"\bpatent (?:application|filing)",
            r"\bpatent office",
            r"\bfile (?:a|the) patent",
            r"\bpublished patent",
            r"\bissued patent",
            r"\bpatent (?:publication|documents?)",
        ),
        "patent",
    ),
    (
        _p(
            r"\bcatalog(?:ue)? course",
            r"\buniversity course",
            r"\bcourse (?:listed|in the catalog)",
            r"\bteaching (?:a|the) (?:class|course)",
            r"\blecture (?:in|for) (?:a|the|my) (?:class|course)",
            r"\bclassroom\b",
        ),
        "educational",
    ),
    (
        _p(
            r"\bsubmit(?:ting|ted)? (?:\w+ ){0,3}(?:to|for) (?:a |the )?(?:journal|publication|peer review|editors?|reviewers?|conference organi[sz]ers)",
            r"\bmanuscript (?:to|for) (?:the |a )?(?:journal|editors?|reviewers?)",
            r"\bco-?authors?\b",
        ),
        "submitted_for_publication",
    ),
    (
        _p(
            r"\bwill (?:be )?publish",
            r"\bplan(?:ning)? to publish",
            r"\bintend(?:ed|s)? to publish",
            r"\bto be published",
            r"\bbefore (?:it is |it's )?publish",
            r"\bnot yet published",
            r"\bupcoming (?:paper|publication)",
        ),
        "will_be_published",
    ),
    (
        _p(
            r"\bproprietary\b",
            r"\bconfidential\b",
            r"\binternal[- ]only\b",
            r"\btrade secret",
            r"\bnda\b",
            r"\bunder nda",
        ),
        "proprietary",
    ),
]

NEGATED_STATUS: list[tuple[Pattern, str]] = [
    (
        _p(
            r"\b(?:not|never|isn't|wasn't|aren't|hasn't been|has not been|have not been) (?:\w+ )?(?:been )?published",
            r"\bunpublished\b",
            r"\bnot (?:yet )?public(?:ly available)?\b",
            r"\bnot yet published",
            r"\bno (?:publication|plans to publish)",
        ),
        "published",
    ),
    (
        _p(
            r"\bnot fundamental research",
            r"\bproprietary research",
            r"(?<!no )\b(?:publication|dissemination) restrictions",
            r"\bcan block (?:any )?publication",
            r"\brestrict(?:ions|ed)? on (?:publication|dissemination)",
            r"\bsponsor (?:must )?(?:approve|review)s? (?:any )?publication",
        ),
        "fundamental_research",
    ),
    (_p(r"\bnot in the public domain"), "published"),
]

RED_FLAGS: list[tuple[Pattern, str]] = [
    (
        _p(
            r"\bmilitary (?:end[- ]use|end[- ]user|customer|application|program|use)",
            r"\b(?:PLA|people'?s liberation army|armed forces|ministry of defen[cs]e|defen[cs]e ministry)\b",
            r"\bweapons? (?:program|system)",
            r"\bmissiles?\b",
            r"\brockets?\b",
            r"\bballistic\b",
            r"\bfor (?:the )?(?:army|navy|air force)\b",
        ),
        "military_end_use",
    ),
    (
        _p(
            r"\bnuclear (?:weapon|explosive|program|enrichment)",
            r"\bchemical weapon",
            r"\bbiological weapon",
            r"\bWMD\b",
            r"\bweapons of mass destruction",
            r"\benrichment\b",
            r"\bcentrifuge",
        ),
        "wmd_end_use",
    ),
    (
        _p(
            r"\bentity list",
            r"\blisted (?:party|entity|company)",
            r"\bdenied part(?:y|ies)",
            r"\bSDN\b",
            r"\bspecially designated national",
            r"\bunverified list",
            r"\bmilitary end[- ]user list",
            r"\bsanctioned (?:company|entity|party)",
            r"\bHuawei\b",
        ),
        "listed_party",
    ),
]

EVASION: list[Pattern] = [
    _p(
        r"\b(?:avoid|evade|get around|bypass|circumvent|dodge|skirt|sidestep)\b.{0,40}\b(?:licen[cs]|control|export|BIS|DDTC|customs|detection|ITAR|EAR|rules|regulations|screening|authorities|notice)",
    ),
    _p(
        r"\bwithout (?:the )?(?:government|BIS|DDTC|customs|authorities|anyone|compliance) (?:knowing|noticing|finding out|seeing)"
    ),
    _p(
        r"\b(?:hide|conceal|disguise|obscure|mask)\b.{0,40}\b(?:from|so|destination|end[- ]user|origin|classification|content|customs|it's controlled)"
    ),
    _p(
        r"\bsplit (?:the|it|them)\b.{0,40}\b(?:so|to avoid|under)",
        r"\bmislabel",
        r"\blabel (?:it|them) (?:as )?EAR ?99 (?:so|to)",
        r"\bstrip (?:the )?(?:markings|export (?:control )?markings|legends)",
        r"\bremove (?:the )?(?:itar|export[- ]control(?:led)?|ear) (?:markings|legends|notices)",
    ),
    _p(
        r"\b(?:route|ship|send) (?:it|them) (?:via|through) \w+ (?:so|to avoid)",
        r"\bso (?:that )?(?:nobody|no one|they|the government|customs) (?:will )?(?:know|notice|find out|see)",
        r"\bunder the radar",
        r"\bwithout (?:a|getting a|applying for a) licen[cs]e\b.{0,30}\b(?:trick|way|workaround|loophole)",
    ),
    # Concealment as the purpose of the transfer: "so it isn't flagged", "so customs can't see".
    _p(
        r"\bso (?:that )?(?:\w+ ){0,6}(?:isn't|is not|aren't|are not|doesn't|does not|won't|will not|can't|cannot|don't|do not)\s+(?:be |get |ever )?(?:flagged|seen|see|noticed|notice|detected|detect|caught|catch|show(?:s)? up|spot(?:ted)?|find(?:s)? out|trace(?:d)?)\b",
        r"\blooks? (?:harmless|innocent|innocuous|benign|unrelated|like (?:something else|ordinary|normal))",
        r"\bkeep (?:\w+ ){0,3}from (?:finding out|knowing|noticing|seeing|learning)",
        r"\b(?:delete|remove|strip|drop|take off|cut|hide)\b (?:\w+ ){0,3}(?:ITAR|EAR|export(?:[- ]control(?:led)?)?|ECCN|distribution)\b[^.]{0,15}\b(?:marking|legend|label|notice|statement)s?",
        r"\beven though it(?:'s| is) (?:really|actually)",
        r"\b(?:since|because|as) (?:nobody|no one) (?:ever |really |actually )?(?:checks?|looks?|notices?|knows?)",
        r"\b(?:front|shell) compan(?:y|ies)\b",
        r"\bstraw (?:buyer|purchaser|party)",
        r"\b(?:in pieces|in parts|piece by piece|in small (?:chunks|batches)) so\b",
    ),
    _p(r"\bloophole\b", r"\bworkaround (?:for|to) (?:the )?(?:licen[cs]e|export control)"),
    _p(
        r"\bwithout (?:\w+ ){0,3}(?:noticing|knowing|finding out|checking|seeing)\b",
        r"\bso (?:that )?(?:\w+ ){0,3}(?:never|doesn't|does not|won't|will not|don't|do not) (?:\w+ )?(?:sees?|notices?|knows?|finds? out|checks?|audits?|learns?)\b",
        r"\bno (?:email |e-mail |paper |audit )?trail\b",
        r"\bskips? (?:the )?(?:review|screening|check|licen[cs])",
        r"\blooks? like an? (?:unlisted|uncontrolled|EAR ?99)",
        r"\b(?:laxest|most lenient|weakest|loosest) (?:export )?(?:checks|controls|enforcement|rules)",
        r"\bwill anyone (?:at customs )?(?:actually )?check",
        r"\bdoes (?:that|this) avoid (?:the )?(?:\w+ ){0,2}(?:permit|licen[cs]|authori[sz]ation)",
        r"\bso it goes through\b",
    ),
    _p(
        r"\bso (?:that )?(?:the |our )?(?:dlp|data[- ]loss[- ]prevention|monitoring|screening|filter|scanner|compliance)\b[^.]{0,30}\b(?:doesn't|does not|won't|will not|can't|cannot)\b[^.]{0,15}\b(?:flag|catch|detect|notice|see|block)",
        r"\b(?:won't|will not|doesn't|does not) (?:catch|flag|detect|notice)\b",
        r"\bget (?:\w+ ){0,4}past (?:\w+ ){0,3}(?:monitoring|dlp|screening|customs|compliance|filters?)",
        r"\btrick to (?:get|send|move|slip)",
    ),
]

# Things that can carry technology: a transfer of one of these is an export-control question.
ARTIFACTS = _p(
    r"\bfiles?\b",
    r"\bdocuments?\b",
    r"\bdocumentation\b",
    r"\bdrawings?\b",
    r"\bdata\b",
    r"\battachments?\b",
    r"\bmanuals?\b",
    r"\bsource\b",
    r"\bsoftware\b",
    r"\bcode\b",
    r"\bdesigns?\b",
    r"\bmodels?\b",
    r"\brecipes?\b",
    r"\bknow-?how\b",
    r"\bspecs?\b",
    r"\bblueprints?\b",
    r"\breports?\b",
    r"\bslides?\b",
    r"\bdeck\b",
    r"\bpapers?\b",
    r"\bresults\b",
    r"\bresearch\b",
    r"\bprojects?\b",
    r"\btechnolog",
    r"\btechnical\b",
    r"\bexpertise\b",
    r"\bmethods?\b",
    r"\bprototype",
    r"\bhardware\b",
    r"\bitems?\b",
    r"\bproducts?\b",
    r"\bequipment\b",
    r"\bmachines?\b",
)

# Questions about other regimes that share words with export control (privacy, tax, customs duty).
NOT_EXPORT_CONTROL: list[Pattern] = [
    _p(
        r"\bGDPR\b",
        r"\bpersonal data\b",
        r"\bdata protection\b",
        r"\bprivacy (?:law|rules)",
        r"\bVAT\b",
        r"\bcustoms dut(?:y|ies)",
        r"\btariffs?\b",
        r"\bincome tax",
    ),
]

# Hedges that make a red flag a question rather than a fact ("might supply a missile programme").
# The exporter's own suspicion or awareness is knowledge in law (15 CFR 772.1 "knowledge", UK ECO 2008
# Art. 6 "grounds for suspecting", EU 2021/821 Art. 4(2) "aware"), not a hedge.
OWN_KNOWLEDGE = _p(
    r"\b(?:we|i)(?: now)? (?:strongly )?(?:suspect|believe|know|are aware|am aware|have (?:good )?(?:reason|grounds) to (?:believe|suspect))\b",
    r"\bmakes? (?:us|me) (?:strongly )?(?:suspect|believe)\b",
    r"\bwe(?:'ve| have) (?:been )?(?:told|informed|notified) by (?:BIS|DDTC|the (?:government|authorit\w+|ministry|competent authority))\b",
)
HEDGES = _p(
    r"\bmight\b",
    r"\bmay\b",
    r"\bcould\b",
    r"\bpossibly\b",
    r"\brumou?r",
    r"\bheard\b",
    r"\bsuspect",
    r"\bnot sure\b",
    r"\bunclear\b",
)

INJECTION: list[Pattern] = [
    _p(
        r"\bignore (?:all |any |the |your )?(?:previous |prior |above |earlier )?(?:instructions|rules|guidance|prompts?|constraints)"
    ),
    _p(r"\bdisregard (?:all |any |the |your )?(?:previous |prior |above )?(?:instructions|rules|guidance)"),
    _p(
        r"\b(?:you must|you should|you will|always|just) (?:answer|respond|reply|say|output|classify|conclude|determine)\b"
    ),
    _p(
        r"\b(?:answer|respond|reply|output|say)(?: only| with| that)?[:\s]+[\"'“]?(?:not[ _]controlled|controlled|no licen[cs]e|yes|no)\b[\"'”]?\s*(?:only)?[.!]?$"
    ),
    _p(
        r"^\s*(?:system|assistant|developer)\s*:",
        r"\bnew instructions?\s*:",
        r"\boverride (?:your|the) (?:rules|instructions|policy)",
        r"\bpretend (?:you are|to be)",
        r"\bact as (?:if|an?)\b",
        r"\bjailbreak",
        r"\bdeveloper mode",
    ),
]

REGIME_WORDS: list[tuple[Pattern, str]] = [
    (
        _p(
            r"\bEAR\b",
            r"\bExport Administration Regulations",
            r"\bBIS\b",
            r"\bCommerce Control List",
            r"\bCCL\b",
            r"\bECCN\b",
            r"\bEAR ?99\b",
            r"\b(?:U\.?S\.?|American)[- ]origin\b",
            r"\bde minimis\b",
        ),
        "US-EAR",
    ),
    (
        _p(
            r"\bITAR\b",
            r"\bInternational Traffic in Arms",
            r"\bUSML\b",
            r"\bDDTC\b",
            r"\bdefen[cs]e articles?\b",
            r"\bdefen[cs]e services?\b",
            r"\bTAA\b",
            r"\bDSP-5\b",
        ),
        "US-ITAR",
    ),
    (
        _p(
            r"\b2021/821\b",
            r"\bEU dual[- ]use",
            r"\bdual[- ]use regulation",
            r"\bAnnex I\b",
            r"\bEU (?:export|regulation|rules|law)",
            r"\bEU general export authori[sz]ation",
            r"\bEU00\d\b",
            r"\bBAFA\b",
        ),
        "EU",
    ),
    (_p(r"\bWassenaar\b", r"\bWA list\b", r"\bGeneral Technology Note\b", r"\bGTN\b", r"\bGSN\b"), "WA"),
    (
        _p(
            r"\bExport Control Order\b",
            r"\bECO 2008\b",
            r"\bECJU\b",
            r"\bSPIRE\b",
            r"\bLITE\b",
            r"\bUK (?:export|strategic|dual[- ]use|control list|rules|law)",
            r"\bOGEL\b",
        ),
        "UK",
    ),
    (
        _p(
            r"\bFEFTA\b",
            r"\b(?:does|under) Japan(?:'s)?\b(?! (?:office|plant|subsidiary|team))",
            r"\bnon-?residents?\b",
            r"\bForeign Exchange and Foreign Trade Act",
            r"\bMETI\b",
            r"\bJapan(?:ese)? (?:export|rules|law|control)",
            r"\bgaihi\b",
            r"該非",
            r"\bdeemed export\b.{0,40}\bJapan",
        ),
        "JP",
    ),
    (
        _p(
            r"\bStrategic Goods \(Control\) Act",
            r"\bSGCA\b",
            r"\bSingapore Customs\b",
            r"\bSingapore (?:export|rules|law|control|permit)",
        ),
        "SG",
    ),
    (
        _p(
            r"\bStrategic Trade Act\b",
            r"\bSTA 2010\b",
            r"\bMITI\b",
            r"\bMalaysia(?:n)? (?:export|rules|law|control|permit)",
        ),
        "MY",
    ),
]

DOMAIN_TERMS: list[Pattern] = [
    _p(
        r"\bexport",
        r"\breexport",
        r"\bre-export",
        r"\bdeemed",
        r"\blicen[cs]e",
        r"\bcontrolled\b",
        r"\bcontrol list",
        r"\bdual[- ]use",
        r"\btechnical data\b",
        r"\btechnology transfer",
        r"\bforeign (?:national|person)",
        r"\bembargo",
        r"\bsanction",
        r"\bclassification\b",
        r"\bclassif(?:y|ied) (?:as|under)",
        r"\bitar\b",
        r"\bear\b",
        r"\beccn\b",
        r"\bwassenaar",
        r"\bend[- ]use",
        r"\bintangible transfer",
        r"\brelease of (?:technology|technical data|source code)",
        r"\bcountry group",
        r"\bentity list",
        r"\bpermit\b",
        r"\bauthori[sz]ation",
        r"\blisted (?:\w+ )?technology",
        r"\bmilitary list",
    ),
]

# Nationality adjectives as people write them → the country name in corpus/data/countries.yaml.
DEMONYMS: dict[str, str] = {
    "Chinese": "China",
    "PRC": "China",
    "Russian": "Russia",
    "Iranian": "Iran",
    "North Korean": "North Korea",
    "South Korean": "South Korea",
    "Korean": "South Korea",
    "Syrian": "Syria",
    "Cuban": "Cuba",
    "Belarusian": "Belarus",
    "Venezuelan": "Venezuela",
    "Indian": "India",
    "Pakistani": "Pakistan",
    "French": "France",
    "German": "Germany",
    "Italian": "Italy",
    "Spanish": "Spain",
    "Dutch": "Netherlands",
    "Belgian": "Belgium",
    "Swedish": "Sweden",
    "Finnish": "Finland",
    "Danish": "Denmark",
    "Polish": "Poland",
    "Czech": "Czechia",
    "Austrian": "Austria",
    "Irish": "Ireland",
    "Portuguese": "Portugal",
    "Greek": "Greece",
    "Hungarian": "Hungary",
    "Romanian": "Romania",
    "Bulgarian": "Bulgaria",
    "British": "United Kingdom",
    "English": "United Kingdom",
    "Scottish": "United Kingdom",
    "Canadian": "Canada",
    "Mexican": "Mexico",
    "Brazilian": "Brazil",
    "Argentinian": "Argentina",
    "Japanese": "Japan",
    "Taiwanese": "Taiwan",
    "Vietnamese": "Vietnam",
    "Thai": "Thailand",
    "Malaysian": "Malaysia",
    "Singaporean": "Singapore",
    "Indonesian": "Indonesia",
    "Filipino": "Philippines",
    "Australian": "Australia",
    "New Zealander": "New Zealand",
    "Israeli": "Israel",
    "Turkish": "Türkiye",
    "Saudi": "Saudi Arabia",
    "Emirati": "United Arab Emirates",
    "Egyptian": "Egypt",
    "Nigerian": "Nigeria",
    "South African": "South Africa",
    "Ukrainian": "Ukraine",
    "Norwegian": "Norway",
    "Swiss": "Switzerland",
    "Iraqi": "Iraq",
    "Afghan": "Afghanistan",
    "Burmese": "Myanmar",
    "Lebanese": "Lebanon",
    "Libyan": "Libya",
    "Sudanese": "Sudan",
    "Kazakh": "Kazakhstan",
    "Uzbek": "Uzbekistan",
    "Bangladeshi": "Bangladesh",
    "Sri Lankan": "Sri Lanka",
    "Nepali": "Nepal",
    "Hong Konger": "Hong Kong",
    "Macanese": "Macau",
    "Estonian": "Estonia",
    "Latvian": "Latvia",
    "Lithuanian": "Lithuania",
    "Slovak": "Slovakia",
    "Slovenian": "Slovenia",
    "Croatian": "Croatia",
    "Serbian": "Serbia",
    "Chilean": "Chile",
    "Colombian": "Colombia",
    "Peruvian": "Peru",
    "Moroccan": "Morocco",
    "Algerian": "Algeria",
    "Tunisian": "Tunisia",
    "American": "United States",
    "Jordanian": "Jordan",
    "Qatari": "Qatar",
    "Kuwaiti": "Kuwait",
    "Omani": "Oman",
    "Ethiopian": "Ethiopia",
    "Kenyan": "Kenya",
}

# Cities people name instead of countries ("a contractor in Mumbai", "a bucket in Frankfurt").
CITIES: dict[str, str] = {
    "Mumbai": "India",
    "Bangalore": "India",
    "Bengaluru": "India",
    "Delhi": "India",
    "New Delhi": "India",
    "Hyderabad": "India",
    "Chennai": "India",
    "Pune": "India",
    "Beijing": "China",
    "Shanghai": "China",
    "Shenzhen": "China",
    "Guangzhou": "China",
    "Wuhan": "China",
    "Chengdu": "China",
    "Xi'an": "China",
    "Harbin": "China",
    "Moscow": "Russia",
    "St. Petersburg": "Russia",
    "Minsk": "Belarus",
    "Tehran": "Iran",
    "Havana": "Cuba",
    "Pyongyang": "North Korea",
    "Damascus": "Syria",
    "Caracas": "Venezuela",
    "Paris": "France",
    "Toulouse": "France",
    "Lyon": "France",
    "Frankfurt": "Germany",
    "Munich": "Germany",
    "Berlin": "Germany",
    "Stuttgart": "Germany",
    "Hamburg": "Germany",
    "London": "United Kingdom",
    "Manchester": "United Kingdom",
    "Bristol": "United Kingdom",
    "Edinburgh": "United Kingdom",
    "Dublin": "Ireland",
    "Amsterdam": "Netherlands",
    "Eindhoven": "Netherlands",
    "Brussels": "Belgium",
    "Milan": "Italy",
    "Rome": "Italy",
    "Turin": "Italy",
    "Madrid": "Spain",
    "Barcelona": "Spain",
    "Stockholm": "Sweden",
    "Helsinki": "Finland",
    "Warsaw": "Poland",
    "Prague": "Czechia",
    "Vienna": "Austria",
    "Zurich": "Switzerland",
    "Geneva": "Switzerland",
    "Tokyo": "Japan",
    "Osaka": "Japan",
    "Nagoya": "Japan",
    "Yokohama": "Japan",
    "Seoul": "South Korea",
    "Busan": "South Korea",
    "Taipei": "Taiwan",
    "Hsinchu": "Taiwan",
    "Singapore": "Singapore",
    "Kuala Lumpur": "Malaysia",
    "Penang": "Malaysia",
    "Johor Bahru": "Malaysia",
    "Bangkok": "Thailand",
    "Hanoi": "Vietnam",
    "Ho Chi Minh City": "Vietnam",
    "Jakarta": "Indonesia",
    "Manila": "Philippines",
    "Sydney": "Australia",
    "Melbourne": "Australia",
    "Toronto": "Canada",
    "Montreal": "Canada",
    "Vancouver": "Canada",
    "Ottawa": "Canada",
    "Mexico City": "Mexico",
    "Sao Paulo": "Brazil",
    "São Paulo": "Brazil",
    "Tel Aviv": "Israel",
    "Dubai": "United Arab Emirates",
    "Abu Dhabi": "United Arab Emirates",
    "Riyadh": "Saudi Arabia",
    "Istanbul": "Türkiye",
    "Ankara": "Türkiye",
    "Karachi": "Pakistan",
    "Islamabad": "Pakistan",
    "Lahore": "Pakistan",
    "Hong Kong": "Hong Kong",
    "Suzhou": "China",
    "Tianjin": "China",
    "Nanjing": "China",
    "Hangzhou": "China",
    "Cyberjaya": "Malaysia",
    "KL": "Malaysia",
    "Korea": "South Korea",
    "America": "United States",
    "Orlando": "United States",
    "Kyiv": "Ukraine",
    "Cairo": "Egypt",
    "Johannesburg": "South Africa",
}

# US places: a recipient "at our Texas plant" or "in Boston" is in the United States.
US_PLACES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia(?= (?:plant|site|office|lab|facility))|Hawaii|"
    "Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|"
    "Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|"
    "North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|"
    "Vermont|Virginia|Washington State|West Virginia|Wisconsin|Wyoming|Boston|Seattle|San Diego|San Jose|Austin|"
    "Houston|Dallas|Phoenix|Denver|Chicago|Detroit|Atlanta|Huntsville|Pittsburgh|Silicon Valley|Los Angeles"
)
