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


def sentences(text: str) -> list[str]:
    """The text cut after each full stop, question or exclamation mark."""
    return split(r"(?<=[.!?])\s+", text)


def sentence_start(text: str, at: int, ends: str = ".!?") -> int:
    """Where the sentence holding position `at` begins: just after the last sentence end before it."""
    return max(text.rfind(end, 0, at) for end in ends) + 1


def _p(*alternatives: str) -> Pattern:
    return re.compile(r"(?i)(?:" + "|".join(alternatives) + r")")


# Releasing something as open source, not an open-source tool used on it ("encrypted with an open-source tool").
OPEN_SOURCE_RELEASE = (
    r"\bopen[- ]sourc(?:e|ing)\b(?! (?:tools?|librar(?:y|ies)|encryption|crypto\w*|components?|packages?|stack|solvers?|compilers?"
    r"|utilit(?:y|ies))\b)"
)

# Talk carried over a line: part of the "call" mode, and what keeps a talk from being only in person (REMOTE_CALL).
_OVER_A_LINE = (
    r"\bphone\b",
    r"\bcall\b",
    r"\bvideo ?call",
    r"\bzoom\b",
    r"\bwebex\b",
    r"\bscreen[- ]?shar",
    r"\bvideo ?conferenc",
    r"\bgoogle meet\b",
)

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
            r"\bstorage (?:cluster|array|system|server|service)s?\b",
            r"\b(?:microsoft|office) 365\b|\bm365\b|\b(?:cloud|m365|azure|365) tenant\b|\bbox (?:account|folder|plan|enterprise)\b",
            r"\bhyperscalers?\b|\bcloud (?:provider|region|hosting)s?\b|\bIaaS\b",
        ),
        "cloud",
    ),
    (
        _p(
            r"\bvpn\b",
            r"remote(?:ly)? (?:access|log ?in|desktop|connect)",
            r"\b(?:will|can|could|would|may|to) log (?:in|on)\b",
            r"\blogins\b",
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
            r"\bslack\b",
            r"\bteams channel",
            r"\bchannel\b",
            r"\b(?:shared |online |cloud |project |collaboration |team )?workspaces?\b",
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
            r"\b(?:engineer|analyst|scientist|technician|developer|designer) (?:joins|joining|started|starts|starting)\b",
            r"\b(?:is |are |will be )?joining (?:our|the) (?:[\w-]+ ){0,2}(?:team|lab|group|department|staff|office|plant|site|company)\b",
            r"\b(?:permanent|full[- ]time) (?:\w+ )?(?:engineers?|staff|employees?|scientists?|researchers?)\b",
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
            r"\b(?:give|giving|gives|gave|deliver\w*) (?:a |the |his |her |our |their )?(?:[\w-]+ ){0,2}(?:talk|lecture|paper|presentation)\b",
            r"\bexpo\b|\btrade fair\b",
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
            OPEN_SOURCE_RELEASE,
            r"\bgithub\b",
            r"\bblog\b",
            r"\bpublic website",
            r"\bpost(?:s|ed|ing)?\b[^.?]{0,60}\b(?:forum|community|website|blog|members?[- ]only area)\b",
            r"\bthesis\b",
            r"\bdissertation",
        ),
        "publication",
    ),
    (
        _p(
            *_OVER_A_LINE,
            r"\bteams (?:call|meeting|session)",
            r"\bteleconference",
            r"\btalk (?:to|with)\b",
            r"\bverbal(?:ly)?\b",
            r"\borally\b",
            r"\bdiscuss",
            r"\bonline (?:\w+ )?meeting",
            r"\bshare (?:the|my|his|her|our) screen",
            r"\bwebinar",
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
            # a courier or colleague physically taking storage media abroad
            r"\bcourier\b[^.]{0,40}\b(?:ssd|drive|disk|laptop|usb|tape|media)\b",
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
            r"\btrain(?:ing)?\b(?! (?:manuals?|materials?|videos?|slides?|documents?|docs|records?|certificates?|decks?)\b)",
            r"\bteach",
            r"\bcoach(?:es|ed|ing)?\b",
            r"\binstruct(?!ions?\b)",
            r"\bsupport (?:their|the) engineers",
            r"\btroubleshoot",
            r"\bhelp (?:them|their \w+) (?:design|build|develop|repair|maintain|integrate)",
            r"\b(?:asked|wants?|hire[sd]?|paid) (?:him|her|me|us|them) to help (?:\w+ )?(?:install|tune|configure|set up|commission|integrate|design|build|repair|maintain)\b",
            r"\bconsult(?:ing|ancy)?\b",
            r"\boptimi[sz]e (?:the|their|its)\b",
            r"\b(?:run|give|teach|deliver|hold)\w* (?:an? |the )?(?:[\w-]+ ){0,3}course\b",
            r"\bdefen[cs]e service",
            r"\bfreelanc",
            r"\bservices? (?:contract|agreement)",
            r"\b(?:a|the|this) contract (?:would|will|to) (?:have (?:me|us) )?(?:build|develop|design|write|provide|perform|advise)",
            r"\badvis(?:e|ing) (?:them|the|their)\b",
            r"\bwalk (?:them|their \w+) through\b",
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
            r"\b(?:U\.?S\.?|American) passport",
            r"\bUnited States (?:citizen|national|person)s?\b",
            r"\bincorporated (?:\w+ ){0,3}in (?:the )?(?:US|U\.S\.|United States|Delaware|\w+ state)\b",
            # a U.S. citizen with a second nationality is still a U.S. person: "both US and Israeli citizenship"
            r"\b(?:U\.?S\.?|American) (?:and|[/-]) (?:an? )?\w+ (?:citizenship|citizen|passports|nationalit(?:y|ies)|dual national)\b",
            r"\b\w+ (?:and|[/-]) (?:U\.?S\.?|American) (?:citizenship|citizen|passports|nationalit(?:y|ies))\b",
        ),
        "us_person",
    ),
    (_p(r"green[- ]card", r"(?:lawful )?permanent residen(?:t|cy)", r"\bLPR\b"), "permanent_resident"),
    (
        _p(
            r"protected individual",
            r"\basylee",
            r"\brefugee status",
            r"\bgranted asylum",
            r"\b(?:came|admitted|arrived) (?:to (?:the )?(?:US|U\.S\.|United States) )?as a refugee",
            r"\brefugee travel document",
        ),
        "protected_individual",
    ),
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
            # METI's second "specified category": large benefits from a foreign government (a scholarship, a salary)
            r"\b(?:scholarship|stipend|salary|living costs) (?:\w+ ){0,4}(?:from|by) (?:his|her|their|a|the) (?:home country's |country's |home |foreign |own )?government\b",
            r"(?:paid|funded|employed) by (?:a )?foreign government",
            r"\btalent (?:program|programme|plan|recruitment)",
            r"\b(?:stipend|salary|funding|money) from (?:a |the )?foreign (?:government|state)",
            r"\b(?:follow|act on|obey) (?:its|their|the government's|foreign) instructions",
            r"\breport (?:his|her|their) (?:research |work )?results to",
            # acting in Japan on a foreign government's request (METI's third "specified category")
            r"\b(?:embassy|consulate|attach[ée]|foreign government|foreign ministry)\b[^.]{0,80}\b(?:asks?|asked|instructs?|instructed|requests?|requested|tasks?|tasked)\b",
        ),
        "foreign_influence",
    ),
]

# A status the person does not (yet) have: "green card pending", "not a permanent resident".
# An asylum claim still open: the applicant is neither an asylee (a protected individual, 8 U.S.C. 1324b(a)(3),
# 22 CFR 120.63) nor, therefore, a U.S. person.
_ASYLUM_PENDING = (
    r"\b(?:filed|applied|applying) for asylum\b|\basylum (?:application|claim|case|request) (?:is |still )?(?:pending|open|undecided)\b"
    r"|\basylum[- ]seekers?\b"
)

NEGATED_RECIPIENT_STATUS: list[tuple[Pattern, str]] = [
    (
        _p(
            r"\b(?:pending|awaiting|applied for|waiting for|waiting on|in process|processing) (?:(?:a|his|her|their|the) )?(?:green[- ]card|permanent residen)",
            r"\bgreen[- ]card (?:application|petition|process)\b",
            r"\bgreen[- ]card (?:is |was )?(?:still )?(?:pending|not (?:yet )?(?:approved|granted|issued))",
            r"\b(?:no|without a|hasn't got a|doesn't have a|does not have a) green[- ]card",
            r"\bnot (?:yet )?(?:an? )?(?:[A-Z][a-z]+ )?(?:lawful )?permanent residents?",
            r"\b(?:none|neither) of (?:them|the \w+)\b[^;!?\n]{0,40}\b(?:holds?|has|have|is|are)\b[^;!?\n]{0,40}\b(?:green[- ]card|permanent residen)",
            # "neither engineer is a US citizen or green-card holder"
            r"\b(?:neither|none|no) (?:\w+ ){0,2}(?:is|are|holds?|has|have) (?:an? )?(?:U\.?S\.? citizens? or (?:an? )?)?(?:green[- ]card|permanent residen)",
        ),
        "permanent_resident",
    ),
    (
        _p(
            r"\b(?:no|not an?|without|neither|nor) (?:\w+ )?(?:asylum|asylee|refugee)(?: or (?:asylum|asylee|refugee))?(?: status)?\b",
            _ASYLUM_PENDING,
            r"\bnot (?:a )?protected individual",
            # "he's basically a refugee": likened to one, so not one
            r"\b(?:basically|practically|effectively|almost|more or less) (?:a |an )?(?:refugee|asylee)s?\b",
        ),
        "protected_individual",
    ),
    (
        _p(
            r"\bnot (?:yet )?(?:a )?U\.?S\.? (?:citizen|person|national)s?",
            r"\bnon-?U\.?S\.? (?:citizen|person|national)s?",
            r"\b(?:pending|applied for|awaiting) (?:U\.?S\.? )?(?:citizenship|naturali[sz]ation)",
            _ASYLUM_PENDING,
            r"\b(?:none|neither) of (?:them|the \w+)\b[^;!?\n]{0,40}\b(?:holds?|has|have|is|are)\b[^;!?\n]{0,20}\bU\.?S\.? (?:citizen|person|national)",
            r"\b(?:neither|none|no) (?:\w+ ){0,2}(?:is|are) (?:an? )?U\.?S\.? (?:citizen|person|national)s?\b",
            # likened to or argued to count as one: "she's 'basically American'", "DACA should count as a US person"
            r"\b(?:basically|practically|effectively|almost|more or less) (?:an? )?(?:American|U\.?S\.? (?:citizen|person))\b",
            r"\b(?:should|would|could|might|may|must) (?:\w+ )?(?:count|be treated|qualify|pass) as (?:an? )?U\.?S\.? persons?\b",
            r"\bDACA\b|\bdeferred action\b|\bhumanitarian parole\b",
        ),
        "us_person",
    ),
    (
        _p(r"\bno dual (?:nationals?|citizens?|citizenship)\b", r"\bnot (?:a )?dual (?:national|citizen)"),
        "dual_national",
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
            # what a brochure leaves out: how it is built inside, performance beyond the published figures
            r"\bhow (?:[\w-]+ ){0,6}(?:is|are) (?:actually )?(?:implemented|designed|engineered)",
            r"\b(?:well|far|way) beyond (?:the |our )?(?:public |published )?(?:datasheet|data sheet|brochure|catalogue|catalog)",
            r"(?<!no )\bperformance (?:sheet|data|curves?|figures|numbers|parameters)\b",
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
            r"\bapplication notes?\b",
            r"\b(?:installation|integration) (?:guides?|manuals?|instructions|notes)\b",
            r"\boperating (?:instructions|manuals?|procedures)\b",
            r"\buser(?:'s)? (?:manuals?|guides?)\b",
            # servicing an installed item: swapping a worn part, fixing a fault, a bug-fix patch
            r"\b(?:swap|swapping|replac(?:e|ing)|chang(?:e|ing))\b (?:a |the |their |its )?(?:worn |faulty |broken |failed |cracked )?(?:[\w-]+ ){0,2}(?:bearings?|parts?|modules?|boards?|motors?|components?|seals?|sensors?|susceptors?|filters?|fuses?)\b",
            r"\bspare[- ]parts?\b|\bbug[- ]?fix(?:es)?\b|\bfault (?:diagnosis|finding|handling)\b|\b(?:alarm|fault|error) reset\b",
            r"\bhow to (?:(?:run|operate|use) and )?(?:maintain|service|install|commission|repair)\b|\bcommission(?:ing)? (?:it|them|the (?:machine|unit|line|system|plant|equipment))\b",
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
            r"\b(?:private|internal|our|the) (?:github|gitlab|bitbucket) (?:repo|repository|org)",
        ),
        "source_code",
    ),
    (
        _p(
            r"\bsoftware\b", r"\bfirmware\b", r"\bobject code\b", r"\bexecutables?\b", r"\binstallers?\b",
            r"\b(?:add-?ins?|plug-?ins?)\b(?! (?:module|card|board)s?\b)",
        ),
        "software",
    ),
    (
        _p(
            # (not the department: "Marketing says visitors only look", "our marketing guy wants to post it")
            r"\bmarketing\b(?! (?:says?|said|thinks?|wants?|asked|asks|told|tells|claims?|insists?|swears?|team|department|dept"
            r"|manager|director|guy|lead|people|colleagues?|head|VP|folks|staff)\b)",
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
            r"\bgeneral (?:system )?(?:layout|architecture|arrangement|block diagram)",
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
        # Programme and commercial information: schedules, money, quantities. Not needed to design, build or use
        # anything, so not technology (15 CFR 772.1) nor technical data (22 CFR 120.33(a)).
        _p(
            r"\b(?:delivery|programme|program|project|contract|master) schedules?\b",
            r"\bmilestones?\b",
            r"\b(?:budgets?|earned value|cost (?:figures|reports?|variance|breakdowns?|data)|invoices?|invoicing)\b",
            r"\b(?:price lists?|pricing|payment terms|purchase orders?)\b",
            r"\b(?:contract|programme|program) status\b",
        ),
        "business",
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

# Cleared for release by a government reviewer (DoD prepublication review, Distribution Statement A).
_RELEASE_APPROVED = (
    r"(?<!\bnot )(?<!n't )(?<!\bnever )\b(?:approved|cleared)\b(?: [\w.-]+){0,10}? for (?:public|open|unlimited) release\b"
    r"|\bDistribution Statement A\b|\bdistribution (?:is )?unlimited\b"
    # the government reviewer (or the agency customer whose review it is) cleared the paper itself
    r"|(?<!\bnot )\b(?:DoD|DOPSR|government|Pentagon|Air Force|Army|Navy|agency)\b[^.;]{0,25}\b(?:had |has |have )?"
    r"(?:cleared|approved) (?:the|our|this|that|her|his|their) (?:paper|presentation|talk|slides|article|abstract|manuscript)s?\b"
)

INFO_STATUS: list[tuple[Pattern, str]] = [
    (
        _p(
            r"\balready (?:been )?published",
            r"\b(?:was|were|is|are|has been|have been) published",
            r"\bpublicly available",
            r"\bpublished (?:in|on|at|paper|article|standard)",
            r"\bpublished (?:[\w-]+ ){1,2}(?:paper|article|standard|book|report|thesis|dissertation)s?\b",
            r"\bfreely available",
            r"\bon (?:our|the) public website",
            r"\bin the public domain",
            r"\bopen[- ]access",
            r"\bposted (?:publicly|on the internet)",
            r"\bpublic(?:ly)? (?:posted|released)",
            r"\bpublic (?:github|gitlab|repository|repo)",
            OPEN_SOURCE_RELEASE,
            r"\bpublicly (?:downloadable|accessible)",
            r"\bopenly on the (?:internet|web)",
            r"\bfreely (?:downloadable|accessible)",
            r"\bavailable (?:in|at|from) (?:any|every|public|the) (?:\w+ )?librar",
            r"\bjournal article\b",
            r"\bpublished (?:product )?(?:handbook|manual|catalog(?:ue)?|datasheet)",
            r"\bappeared (?:\w+ ){0,2}in (?:the |a |an )?(?:IEEE|ACM|SPIE|AIAA|journal|proceedings|\w+ (?:journal|transactions|letters|review))",
            r"\b(?:in|sits in|on the (?:open )?shel(?:f|ves) (?:of|in)|available (?:in|at)) (?:any|every|most|all|public|university|engineering|our|the) (?:\w+ )?librar(?:y|ies)",
            r"\b(?:sold|available) (?:on amazon|in (?:any )?bookstores?)",
            # a document on sale, not the product the document is about ("gimbals sold commercially to film crews")
            r"\b(?:standards?|books?|reports?|manuals?|handbooks?|guides?|papers?|documents?|copies|it)\b[^.;()]{0,40}\b(?:sold|available) commercially",
            r"\bsold (?:through|via|on) (?:the |their |our )?(?:ProQuest|\w+ (?:website|web ?shop|store))\b",
            r"\bas sold (?:on|by|through)\b|\banyone with a credit card\b",
            # A document bought from a publisher's or standards body's web store (15 CFR 734.7(a)(1)).
            r"\b(?:PDFs?|standards?|papers?|articles?|books?|manuals?|specifications?)\b[^.]{0,40}\bfrom (?:the |their )?(?:\w+ ){0,4}(?:web ?stores?|online stores?|web ?shops?)\b",
            r"\bpublic (?:youtube|vimeo) (?:channel|video|playlist)\b",
            r"\b(?:on|in) (?:IEEE )?Xplore\b|(?<!beyond the )(?<!beyond our )(?<!beyond a )\bpublic (?:datasheets?|data sheets?)\b",
            r"\bno (?:login|log-in|sign-?in|registration|paywall)\b[^.]{0,40}\b(?:no (?:login|log-in|sign-?in|registration|paywall)\b|anyone can)",
            r"\bpaywall(?:ed)?\b[^.]{0,40}\banyone can (?:buy|purchase|subscribe|order)\b",
            r"\b(?:sells?|sold|distributed|handed(?: out)?|given) (?:\w+ ){0,3}to (?:anyone|everyone|anybody|the (?:general )?public|all (?:comers|attendees|registrants)|every (?:attendee|participant|registrant))\b",
            r"\b(?:article|paper) (?:in|from|published in) (?:a |an |the )?(?:\w+ ){0,3}journal\b",
            r"\btextbook\b",
            # "published last year in an open journal", "free for anybody to download"
            r"\bpublished (?:[\w-]+ ){1,3}in (?:an? |the )?(?:[\w-]+ ){0,2}(?:journal|proceedings|magazine)s?\b",
            r"\bfree (?:for|to) (?:anyone|anybody|everyone|all|the public) to (?:download|read)\b",
            r"\bopen stacks\b",
            r"\b(?:public|university) library\b[^.]{0,60}\b(?:anyone|anybody|the public)\b",
            r"\b(?:public|ungated),? (?:ungated |public )?(?:repo|repository|model card|download)\b",
            r"\bpost(?:ing)? (?:\w+ ){0,6}on (?:hugging ?face|github|gitlab|pypi|arxiv)\b[^.]{0,40}\b(?:public|ungated|anyone)",
            r"\banyone,? anywhere\b[^.]{0,40}\bdownload",
            r"\banyone (?:\w+ ){0,4}can (?:enrol|enroll|sign up|subscribe)\b",
            _RELEASE_APPROVED,
        ),
        "published",
    ),
    (
        # Cleared by a government reviewer: public domain without being published (22 CFR 125.4(b)(13)).
        _p(_RELEASE_APPROVED),
        "release_approved",
    ),
    (
        _p(
            r"\boff[- ]the[- ]shelf\b",
            r"\bany(?:one|body) can (?:buy|purchase|download)",
            r"\bmass[- ]market",
            r"\bretail (?:software|product)",
            r"\bgenerally available to the public",
            # sold from stock by electronic transaction and installed by the buyer: the General Software Note's terms
            r"\b(?:sold|sell|buy|bought|pay|paid|purchase\w*)\b[^.;]{0,40}\b(?:in|from|through|via) (?:our|the|an?) (?:web ?shop|online (?:shop|store)|web store)\b",
            r"\b(?:users?|customers?|buyers?) (?:then )?(?:install|set)s? (?:it |them )?(?:up )?(?:him|her|them)sel(?:f|ves)\b",
        ),
        "mass_market",
    ),
    (
        _p(
            r"\bfundamental research",
            r"\buniversity research\b.{0,60}\b(?:publish|no restrictions)",
            r"\bbasic (?:and|&) applied research",
            r"\bresults (?:are )?(?:ordinarily )?published",
            r"\bno (?:publication|dissemination|sponsor) restrictions",
            r"\b(?:cannot|can't|may not) (?:block|veto|stop|prevent)(?: or \w+)? (?:the |any |our )?publication",
            r"\bpublish(?:es)? everything\b",
            r"\bbasic (?:\w+ ){0,2}(?:properties|phenomena)",
            r"\bbasic (?:scientific )?research",
            r"\bresults (?:go|are sent|will go|get published) (?:to|in) (?:\w+ )?journals",
            r"\bbasic (?:scientific )?research",
            r"\bunrestricted (?:academic )?research",
            r"\b(?:pure|purely) (?:basic |theoretical |fundamental )?(?:science|research|physics|theory)",
            r"\bpurely to understand",
            r"\bno (?:practical|specific|commercial) (?:application|aim|use|purpose)s?\b",
            r"\bnothing (?:is )?aimed at (?:any |a )?(?:application|product|device)",
            r"\bno (?:product|device|application)s? in view",
            r"\bfundamental (?:physics|principles|phenomena|science)",
            r"\bfundamental mechanisms?\b",
            r"\bno (?:particular |specific |practical )?(?:application|product|device)s?(?: or (?:application|product|device)s?)? (?:in mind|in view|in sight|anywhere)",
            r"\bpurely (?:about|for) understanding\b",
            r"\btheoretical (?:study|studies|modell?ing|work|physics)",
            r"\ball (?:the )?results (?:will|are to|must) be (?:openly )?published",
            # "our grant terms have no publication or foreign-national restrictions", "everything goes into papers"
            r"\bno (?:publication|dissemination)(?: or [\w-]+)? restrictions\b",
            r"\bno (?:\w+ ){0,2}restrictions? on (?:publication|publishing|dissemination)\b",
            # a sponsor's prepublication review kept to protecting its patent rights (15 CFR 734.8(b)(1))
            # ... or at keeping the sponsor's own proprietary input out (734.8(b)(2))
            r"\breview\w* (?:\w+ ){0,3}(?:papers?|publications?|manuscripts?|drafts?|results)\b[^.]{0,60}\b(?:only|solely|just|purely) "
            r"(?:to protect|for|to (?:strip|take|keep|remove) out|to remove|to ensure|to make sure|to check)\b[^.]{0,40}\b(?:patent|proprietary|confidential)",
            r"\b(?:students?|researchers?|we|they|lab) (?:can |may )?publish(?:es)? freely\b",
            r"\b(?:everything|all (?:of )?(?:it|our (?:work|results))|(?:the |our )?results?) (?:goes|go|will go|ends? up|is written up) (?:in|into) (?:open |open-access |peer-reviewed )?(?:papers|journals|publications|theses)\b",
        ),
        "fundamental_research",
    ),
    (
        # Printed matter (15 CFR 734.3(b)(2)): a book on paper, whatever it sets out.
        _p(
            r"\b(?:paperback|hardcover|hardback|print edition)\b",
            r"\bprinted (?:book|books|edition|textbook|monograph)\b",
            r"\b(?:printed|signed|paper) cop(?:y|ies) of (?:the|my|our|his|her|their) (?:\w+ )?book\b",
        ),
        "printed",
    ),
    (
        _p(
            r"\bpatent (?:application|filing)",
            r"\bpatent office",
            r"\bfile (?:a|the) patent",
            r"\bpublished patent",
            r"\bissued (?:[\w.-]+ ){0,2}patents?\b",  # "our issued US patent"
            r"\bpatents? (?:as )?(?:published|issued|granted) by (?:the )?(?:USPTO|EPO|JPO|patent office)\b",
            r"\bpatent (?:publication|documents?)",
            r"\bpatent (?:attorney|agent|lawyer|counsel|filing)",
            r"\binventor(?:'s)? (?:declaration|oath|signature)",
            r"\b(?:downloadable|available) (?:from|on|at) (?:the )?(?:USPTO|EPO|JPO|patent office|google patents|espacenet)",
        ),
        "patent",
    ),
    # Work in a standards body on a standard that is or will be published (15 CFR 734.10(b)).
    (
        _p(
            r"\b(?:IEEE|IETF|3GPP|ETSI|ISO|IEC|ITU|JEDEC|SAE|ASTM|W3C|O-RAN)\b(?:[^.?]|\.(?=\w)){0,80}\b(?:task group|working group|"
            r"study group|committee|plenary|standards? (?:body|meeting|contribution)|contribution|draft standard|RFC)\b",
            r"\b(?:task|working|study) group\b[^.?]{0,60}\b(?:standard|RFC|specification)s?\b",
            r"\bstandards?[- ](?:body|bodies|development organi[sz]ation|setting organi[sz]ation|meeting|committee|contribution)\b",
            r"\b(?:become|becomes|published as|turn into) (?:a |an )?(?:published )?(?:RFC|standard)\b",
        ),
        "standards_activity",
    ),
    (
        _p(
            r"\bcatalog(?:ue)? course",
            r"\buniversity course",
            r"\b(?:undergraduate|graduate|introductory) (?:\w+ )?(?:course|class|lectures?)\b",
            r"\bteach(?:es|ing)? (?:an? |the |my |our )?(?:[\w-]+ ){0,2}(?:course|class)\b",
            r"\bcourse (?:listed|in the catalog)",
            r"\bcourse\b[^.;]{0,60}\b(?:is|are) (?:listed )?in the (?:course |university |academic )?catalog(?:ue)?\b",
            r"\b(?:teach\w*|lectur\w*|course|runs|offers|gives)\b[^.;]{0,60}\blisted in the (?:course |university |academic )?catalog(?:ue)?\b",
            r"\bteaching (?:a|the) (?:class|course)",
            r"\blecture (?:in|for) (?:a|the|my) (?:class|course)",
            r"\bclassroom\b",
        ),
        "educational",
    ),
    (
        _p(
            r"\bsubmit(?:ting|ted|s)? (?:[\w-]+ ){0,6}?(?:to|for) (?:a |an |the )?(?:[\w-]+ ){0,2}?(?:journal|publication|peer review|editors?|reviewers?|conference organi[sz]ers)\b",
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
            r"\b(?:become|becomes|becoming|end up as|turn into) (?:a |an )?published (?:RFC|standard|specification)\b",
            # an IETF RFC is published by definition: work meant to end in one is meant to be published
            r"\b(?:goal|aim|target|intent|objective|purpose) (?:is|being) (?:an? )?(?:published )?(?:RFC|standard)\b",
            r"\b(?:become|becomes|becoming|end up as|turn into|towards?|aimed at|leading to|heading for) (?:a |an )?RFC\b",
        ),
        "will_be_published",
    ),
    (
        _p(
            r"(?<!\bno )(?<!\bnon-)(?<!\bnon )(?<!\bnothing )\bproprietary\b",
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
            r"\bno (?:publication\b(?! (?:or [\w-]+ )?restrictions)|plans to publish)",
            # Publication still to come ("going public in three weeks", "on the website on 1 July"): not yet published.
            r"\b(?:will|going to|plan(?:s|ned)? to|about to|scheduled to|due to)\b[^.]{0,30}\b(?:be )?(?:publish|post|put (?:it|them) (?:up|online)|go (?:public|live|online))",
            r"\b(?:before|until|ahead of) (?:we|they|it|the \w+|our \w+) (?:\w+ )?(?:publish|post|put|go(?:es)? (?:public|live|online)|release|launch)",
            r"\bgoing (?:public|live|online)\b|\bwill be public\b|\bpublic (?:anyway )?in (?:\w+ ){0,2}(?:days?|weeks?|months?)\b",
            r"\b(?:puts|putting|posts|posting|publishes|publishing)\b[^.]{0,80}\b(?:on|from) (?:\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w* \d{1,2}|next (?:week|month))\b",
        ),
        "published",
    ),
    (
        _p(
            r"\bnot fundamental research",
            r"\b(?:isn't|is not|wasn't|was not|aren't|are not) (?:\w+ ){0,2}fundamental research",
            r"\bproprietary research",
            r"(?<!no )\b(?:publication|dissemination) restrictions",
            r"\bcan block (?:any )?publication",
            # a right to stop publication beyond the patent and proprietary-input reviews 15 CFR 734.8(b) allows
            r"(?<!\bnot )(?<!n't )(?<!\bno )\b(?:veto|block|stop|withhold|suppress)(?:es|s)? (?:the )?publication of (?:any|all|some|certain|the) (?:results?|findings|data|papers?)\b",
            r"\b(?:right|power|option) to (?:veto|block|stop|withhold) (?:the |any )?(?:publication|results?|papers?)\b",
            r"(?<!\bno )(?<!\bno sponsor )(?<!\bwithout )\brestrict(?:ions|ed)? on (?:publication|dissemination)",
            r"\bsponsor (?:must )?(?:approve|review)s? (?:any )?publication",
            # "nothing can be published without the sponsor's written consent, which it may refuse"
            r"\bpublish\w*\b[^.?]{0,40}\bwithout (?:the |their |its )?(?:sponsor|company|client|customer|funder|partner)(?:'s)? (?:prior )?(?:written )?(?:consent|approval|permission|sign-off)\b",
            r"\bsponsor-confidential\b",
        ),
        "fundamental_research",
    ),
    (_p(r"\bnot in the public domain"), "published"),
    (
        _p(
            r"\b(?:not|never|isn't|aren't|is not|are not) (?:\w+ ){0,2}(?:mass[- ]market|retail)\b",
            r"\bno (?:mass[- ]market|retail)\b",
            # not installed by the user without the supplier's substantial support (General Software Note 1.b)
            r"\b(?:can'?t|cannot|won'?t|doesn'?t|does not) (?:\w+ ){0,2}(?:run|work|be installed|be used|go live)\b[^.;]{0,40}\bwithout\b"
            r"[^.;]{0,60}\b(?:configuration|support|installation|set-?up|integration|customi[sz]ation|commissioning)\b",
        ),
        "mass_market",
    ),
]

# A product whose primary function is information security (Category 5 Part 2): an encryptor, a VPN appliance, a
# crypto module or HSM. What it is, not a product that merely uses encryption somewhere (5A002 Technical Note).
SECURITY_PRODUCT = (
    r"(?i)\b(?:network |link |bulk |IP |ethernet |radio |satellite |WAN |line )?encryptors?\b"
    r"|\bencryption (?:module|appliance|box|device|card|chip|core|engine|gateway|unit|modem|board|IP core)s?\b"
    r"|\bVPN (?:appliance|gateway|box|router|concentrator)s?\b|\b(?:site-to-site|IPsec) VPN\b"
    r"|\bcrypto(?:graphic)? (?:module|engine|core|accelerator|offload|co-?processor|chip|card)s?\b"
    r"|\bhardware security modules?\b|\b(?-i:HSMs?)\b|\bsecurity (?:box|appliance)\b"
    r"|\b(?:key[- ]exchange|AES(?:-GCM)?)\b[^.;]{0,30}\boffload engine\b"
)
# A symmetric algorithm with a key longer than 56 bits (5A002.a): AES and its peers, or a key length stated.
STRONG_SYMMETRIC = r"(?i)\bAES(?:[- ]?(?:128|192|256))?\b|\b(?:X?ChaCha20|Camellia|Twofish|Serpent)\b|\b(?:128|192|256)[- ]bit (?:keys?|AES|encryption|symmetric)"

# Red flags about what the technology will be used for, as opposed to who receives it or where it goes.
END_USE_FLAGS = frozenset({"military_end_use", "military_intelligence", "wmd_end_use", "missile_end_use"})
# A recipient named only as outside the exporter's union or regime: "a partner in a non-Wassenaar country", "a navy
# in a non-participating state", "the interior ministry of a country outside the EU".
BEYOND_BLOC = (
    r"(?i)\bnon[- ](?:Wassenaar|participating|member|EU|Union|allied|NATO)\b (?:country|countries|state|states|nation|nations)\b"
    r"|\b(?:country|countries|state|states|destination|destinations|unit|units|customer|customers|buyer|ministry|agency|partner|client|company|user|users|authority|government|police|army|navy|forces) (?:\w+ )?outside (?:the )?(?:EU|European Union|Union|Wassenaar|Europe)\b"
)

# Proprietary information a company hands to researchers to work with: an input to the research, not a result of it
# (15 CFR 734.8(a) Note 1). "The sponsor sent its proprietary process data", "work with the sponsor's process data".
RESEARCH_INPUT = (
    r"(?i)\b(?:sponsor|company|maker|manufacturer|partner|supplier|customer|funder)s?\b[^.;?!]{0,40}\b(?:sent|sends|gave|gives|provided|provides|furnished|supplied|shared|handed)\b"
    r"[^.;?!]{0,30}\b(?:its|their|our|some) (?:own )?(?:proprietary|confidential|internal)\b"
    r"|\b(?:work|works|working) (?:with|on) (?:the |our )?(?:sponsor|company|maker|manufacturer|partner|supplier|funder)'s (?:proprietary |confidential )?(?:[\w-]+ ){0,2}(?:data|information|drawings|designs?|technology|recipes?)\b"
)

# The EAR99 software types the Russia and Belarus sanctions license (15 CFR 746.8(a)(8)(ii)), named as software:
# "a CAM package", "our ERP suite", "PLM software", "the CNC control software" (CAD files are drawings, not CAD software).
SANCTIONED_SOFTWARE = (
    r"(?i)\b(?-i:ERP|CRM|SCM|EDW|CMMS|PLM|BIM|CAD|CAM|ETO|BI)(?:/(?-i:[A-Z]{2,4}))?[ -](?:software|package|suite|system|tool|application|app|program|product|platform|seats?|licen[cs]es?)\b"
    r"|\b(?:enterprise resource planning|customer relationship management|business intelligence|supply chain management"
    r"|enterprise data warehouse|computeri[sz]ed maintenance management|project management|product lifecycle management"
    r"|building information model(?:l?ing)?|computer[- ]aided (?:design|manufacturing)|engineering[- ]to[- ]order)"
    r" (?:software|package|suite|system|tool|application|app|program|platform)\b"
    r"|\b(?:software|program|firmware) (?:for|to) (?:operat\w+|run\w*|control\w*) (?:\w+ )?CNC\b|\bCNC (?:control|operating|controller) software\b"
)

# Nothing points to a misuse: the authority never said anything, no red flags ("The Ministry never told us anything").
NO_END_USE_CONCERN = (
    r"(?i)\b(?:ministry|authorit(?:y|ies)|government|regulator|BAFA|ECJU|UAMA|METI|customs|nobody|no one)\b[^.;?!]{0,30}"
    r"\b(?:never|not|hasn'?t|has not|haven'?t|have not|didn'?t|did not)\b[^.;?!]{0,15}\b(?:told|informed|contacted|warned|notified|written|said)\b"
    r"|\bno (?:red flags|warning signs|concerns?|suspicions?|indications?)\b"
)

# An item specially designed to watch people covertly through the data of information systems: a 'cyber-surveillance
# item' (EU 2021/821 Art. 2(20)), which the EU's own catch-all (Art. 5) reaches when unlisted. Told as what the
# product does: "covertly pulls messages and location history from target phones", "links the identifiers of
# people's phones into movement profiles", "can monitor and extract user traffic".
CYBER_SURVEILLANCE = (
    r"(?i)\b(?:covert(?:ly)?|silent(?:ly)?|quiet(?:ly)?|secret(?:ly)?|stealth(?:ily)?)\b[^.;?!]{0,60}?"
    r"\b(?:pull|extract|collect|cop(?:y|ies)|pick|intercept|monitor|track|harvest|captur|record|read|exfiltrat|spy)\w*"
    r"|\b(?:monitor|extract|intercept|track|follow|profil|surveil)\w*\b[^.;?!]{0,40}?"
    r"\b(?:user traffic|subscribers?'?|individuals|people's|persons|targets?'?s? (?:phones?|devices?|accounts?)|(?:social[- ]media )?accounts|movements|movement profiles|contact lists|call records)"
    r"|\bmovement profiles\b|\bwithout (?:that|the|those) (?:person|people|user|target|subscriber)s? (?:ever )?knowing\b"
    r"|\b(?:spyware|stalkerware|cyber[- ]surveillance (?:item|tool|product|software|platform|suite)s?|(?:covert |mass )?surveillance (?:software|platform|tool|suite)s?)\b"
)

# The recipient may use it for internal repression or serious violations of human rights (EU 2021/821 Art. 5).
REPRESSION = (
    r"(?i)(?<!\bno )(?<!\bnot )\b(?:internal repression|(?:violations?|abuses?) of human rights|human[- ]rights (?:violations?|abuses?)|political agitators)\b"
    r"|\b(?:detain\w*|tortur\w*|persecut\w*|crack\w* down on|jail\w*|spy\w* on|target\w*|(?:use|used|using|uses) (?:it|them|this|the \w+) against)\b[^.;?!]{0,40}\b(?:journalists|activists|dissidents|opposition|protesters|critics|minorities)\b"
)

RED_FLAGS: list[tuple[Pattern, str]] = [
    (
        _p(
            r"\bmilitary (?:end[- ]use|end[- ]user|customer|application|program|use)",
            r"\b(?:PLA|people'?s liberation army|armed forces|ministry of defen[cs]e|defen[cs]e ministry)\b",
            r"\bweapons? (?:program|system)",
            r"\bmissiles?\b",
            r"\brockets?\b",
            r"\bballistic\b",
            r"\bfor (?:the |their |its )?(?:national |country'?s )?(?:army|navy|air force)\b",
            r"\barmou?red personnel carriers?\b",
            r"\bmilitary (?:helicopters?|aircraft|jets?|vehicles?|ships?|vessels?|intelligence|units?|programmes?|programs?|research|academ\w+|bases?|factor(?:y|ies))",
            r"\b(?:army|navy|air force)'s\b",
            r"\bdefen[cs]e (?:customer|client|end[- ]users?|ministry|forces|programme|program|agency)",
            r"\bintelligence (?:bureau|service|agency|directorate)",
            r"\bcounter-?intelligence\b|\bcontra-?inteligencia\b|\binteligencia militar\b",
        ),
        "military_end_use",
    ),
    (
        # Military-intelligence end users (15 CFR 744.22), in English or in the end user's own language.
        _p(
            r"\bmilitary (?:counter-?)?intelligence\b",
            r"\b(?:contra-?inteligencia|inteligencia) militar\b|\brenseignement militaire\b",
            r"\bmilitary[- ]intelligence end[- ]us(?:e|er)",
            # an intelligence or reconnaissance body of the armed services (15 CFR 744.22(f)(2))
            r"\b(?:reconnaissance|intelligence)\b[\w ]{0,20}\b(?:unit|battalion|brigade|regiment|directorate|command|agency)s?\b"
            r"[^.]{0,40}\b(?:army|navy|air force|armed forces|military)\b",
            # "a PLA intelligence bureau", "the army's reconnaissance directorate"
            r"\b(?:PLA|people'?s liberation army|army|navy|air force|armed forces|military)(?:'s)? (?:[\w-]+ ){0,2}?"
            r"(?:intelligence|reconnaissance) (?:bureau|department|directorate|unit|agency|service|organi[sz]ation|cent(?:er|re))s?\b",
        ),
        "military_intelligence",
    ),
    (
        _p(
            r"\bnuclear (?:weapon|explosive|program|enrichment)",
            r"\bchemical weapon",
            r"\bbiological weapon",
            r"\bWMD\b",
            r"\bweapons of mass destruction",
            r"\benrichment\b",
            # nuclear fuel-cycle activities that 15 CFR 744.2(a)(3) names (heavy water, reprocessing)
            r"\bheavy[- ]water (?:production|plant|unit|facility|reactor)",
            r"\b(?:spent[- ]fuel |plutonium )?reprocessing (?:plant|facility|line|unit)",
            r"\bunsafeguarded\b",
            r"\bcentrifuge",
            r"\borganophosph",
            r"\bnerve agents?\b",
            r"\b(?:cast\w*|machin\w*|melt\w*|form\w*|process\w*) (?:\w+ )?(?:uranium|plutonium)\b|\b(?:uranium|plutonium) (?:metal|hemispheres?|pits?)\b",
        ),
        "wmd_end_use",
    ),
    (
        # Missiles and rockets are WMD delivery systems for the catch-alls (EU Art. 4(1)(a), UK ECO Art. 2, 15 CFR
        # 744.3), on top of being a military end use.
        _p(r"\bmissiles?\b", r"\brockets?\b", r"\bballistic missile"),
        "missile_end_use",
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
            r"\b(?:restricted|prohibited|designated) end[- ]users?(?: list)?\b",  # Malaysia's STA s. 8, Singapore's lists
            r"\bsanctioned (?:company|entity|party)",
            r"\bHuawei\b",
            r"\b(?:haven't|have not|not yet|never|didn't|did not) (?:\w+ ){0,4}(?:screen|screened|screening)\b",
            r"\bdon'?t know who (?:\w+ ){0,2}(?:end[- ]?(?:customers?|users?)|customers|buyers)\b",
        ),
        "listed_party",
    ),
    # A BIS denial order: General Prohibition Four bars any dealing in items subject to the EAR with the person.
    (_p(r"\bdenied persons? list\b", r"\bDPL\b", r"\bdenial order\b"), "denied_person"),
]

# What a product or a piece of code does, told as its behaviour: "implants that ...", "our platform plugs into the
# core network and ...". Evasion wording there describes the item (intrusion software, interception), not a plan.
_ITEM_NOUNS = r"(?:implants?|malware|exploits?|exploit chains?|payloads?|rootkits?|spyware|trojans?|platform|tool|software|product|device|app|module|firmware|feature|agent)"
ITEM_BEHAVIOUR = (
    rf"(?i)\b{_ITEM_NOUNS}\s+(?:that|which)\b(?![^.;!?]*\b(?:we|I|us)\b)[^.;!?]*$"
    rf"|^\W*(?:our|the|this|their|its)\s+(?:[\w-]+\s+){{0,2}}{_ITEM_NOUNS}\b(?![^.;!?]*\b(?:we|I|us)\b)[^.;!?]*$"
)

EVASION: list[Pattern] = [
    _p(
        r"\b(?:avoid|evade|get around|gets around|getting around|bypass|circumvent|dodge|skirt|sidestep)\b(?!\s+(?:accidental|inadvertent|unintentional|unintended)\w*)(?!ing\b).{0,40}\b(?:licen[cs]|control|export|BIS|DDTC|customs|detection|ITAR|EAR|rules|regulations|screening|authorities|notice|SIEL|OIEL|DSP-\d|TAA|permit|filters?|DLP|monitoring)",
    ),
    _p(
        r"\bwithout (?:the )?(?:government|BIS|DDTC|customs|authorities|anyone|compliance) (?:knowing|noticing|finding out|seeing)"
    ),
    _p(
        r"\b(?:hide|conceal|disguise|obscure|mask)\b.{0,40}\b(?:from|so|destination|end[- ]user|origin|classification|content|customs|it's controlled)"
    ),
    _p(
        r"\bsplit (?:the|it|them|our|this|that|these|those)\b.{0,40}\b(?:so|to avoid|under)",
        # "so that neither BAFA nor MITI ever sees a licence application"
        r"\bneither (?:the )?[\w-]+ nor (?:the )?[\w-]+ (?:will )?(?:ever )?(?:sees?|knows?|notices?|finds? out|learns?)\b",
        r"\bmislabel",
        r"\blabel (?:it|them) (?:as )?EAR ?99 (?:so|to)",
        r"\bstrip (?:the )?(?:markings|export (?:control )?markings|legends)",
        r"\bremove (?:the )?(?:itar|export[- ]control(?:led)?|ear) (?:markings|legends|notices)",
    ),
    _p(
        r"\b(?:route|ship|send) (?:it|them) (?:via|through) \w+ (?:so|to avoid)",
        # "so nobody at METI notices", "so nobody connects them" ("so they see we are serious" hides nothing)
        r"\bso (?:that )?(?:nobody|no one|the government|customs)(?: (?:at|in|from) (?:the )?[\w-]+)? (?:will )?(?:knows?|notices?|finds? out|sees?|connects?|links?|flags?|spots?|catch(?:es)?|questions?|looks? (?:at|into|closer))\b",
        r"\b(?:way|ways|route|path) around (?:it|this|that|the (?:[\w-]+ ){0,2}(?:screening|screen|check|filter|rules?|tool|licen[cs]e|controls?|permit)s?)\b",
        # betting on the checks not seeing it: "would the gateway even see it?", "unreadable to scanners", "so the file
        # never shows Japan as the source"
        r"\b(?:would|will|could) (?:the |our |their )?(?:gateway|scanners?|DLP|filters?|firewall|customs|compliance|export office)s? (?:even |ever )?(?:see|notice|catch|flag|detect|open)\b",
        r"\bunreadable to (?:the |any )?(?:scanners?|gateway|DLP|filters?|customs|compliance|inspectors?)\b",
        r"\b(?:never|doesn'?t|does not|won'?t|will not) shows? (?-i:[A-Z])[\w-]+ as the (?:source|origin|exporter|sender|country of origin)\b",
        r"\bso (?:that )?(?:nobody|no one) (?:can|could|would) (?:ever )?(?:know|notice|find out|see)\b",
        r"\bso (?:that )?there (?:is|will be|'s|are) no (?:\w+ )?(?:record|trace|trail|log)s?\b",
        r"\bunder the radar",
        r"\bwithout (?:a|getting a|applying for a) licen[cs]e\b.{0,30}\b(?:trick|way|workaround|loophole)",
    ),
    # Concealment as the purpose of the transfer: "so it isn't flagged", "so customs can't see".
    _p(
        r"\bso (?:that )?(?:\w+ ){0,6}(?:isn't|is not|aren't|are not|doesn't|does not|won't|will not|wouldn't|would not|can't|cannot|don't|do not)\s+(?:be |get |ever )?(?:flagged|flag|link|connect|tie|seen|see|noticed|notice|detected|detect|caught|catch|show(?:s)?(?: up| anywhere)?|spot(?:ted)?|find(?:s)? out|trace(?:d)?|look twice|look closer|look closely|ask questions|mentioned|recorded|logged)\b",
        # Betting on nobody checking: "is anyone actually going to check?"
        r"\b(?:is|are) (?:anyone|anybody) (?:\w+ ){0,2}going to (?:check|notice|look|find out|verify)\b|\bwill (?:anyone|anybody) (?:\w+ ){0,3}(?:actually|really|ever) (?:check|notice|look|find out|verify)\b",
        r"\blooks? (?:most |more |less |least |the most |as )?(?:harmless|innocent|innocuous|benign|unrelated|like (?:something else|ordinary|normal))",
        r"\b(?:nobody|no one)(?: else)?(?: (?:at|in|from) (?:the )?[\w-]+)? (?:will|would) (?:ever )?(?:find|notice|know|trace|spot|check)\b",
        r"\b(?:do|send|move|handle|get|ship) (?:it|this|them|the \w+) (?:out )?(?:quietly|discreetly|on the quiet)\b|\b(?:innocent|harmless|innocuous)[- ]looking\b",
        r"\binstead of (?:a |the |any )?(?:voluntary )?(?:self-)?disclos\w+",
        r"\b(?:word|phrase|descri|write|present|dress|frame|label|structure|leave out|omit)\w*\b[^.?]{0,60}\bso (?:that )?(?:it|this|they|the deal) (?:looks?|reads?|appears?|seems?)\b",
        r"\binstead of the (?:real|actual|true) (?:customer|end[- ]?user|buyer|recipient|destination|consignee)\b",
        r"\b(?:can|could|should|shall|may) (?:we|i)\b[^.?]{0,20}\b(?:describe|call|label|declare|list|book|present|mark|classify)\b[^.?]{0,60}\bas ['‘\"]",
        r"\b(?:labell?ed|marked) ['‘\"][^'’\"]{3,60}['’\"],? so\b",
        r"\b(?:leav\w+ out|omit\w*|without mentioning|drop\w*)\b[^.?]{0,80}\bso (?:that )?(?:ECJU|BIS|DDTC|BAFA|METI|MITI|customs|the (?:authorit\w+|ministry|regulator|licensing office))\b",
        r"\bso (?:that )?nothing (?:\w+ )?(?:shows? up|appears|is recorded|gets? flagged|trips|triggers|alerts)\b",
        r"\b(?:best|better|safer) (?:for us )?not to ask\b|\bdon'?t ask,? don'?t tell\b|\bturn(?:ing)? a blind eye\b",
        r"\b(?:purg|wip|scrub|falsif|doctor|tamper\w* with|backfill)\w*\b[^.?]{0,60}\b(?:logs?|audit trails?|access records?|records?)\b",
        r"\bkeep (?:\w+ ){0,3}from (?:finding out|knowing|noticing|seeing|learning)",
        r"\b(?:delete|remove|strip|drop|take off|cut|hide)\b (?:\w+ ){0,3}(?:ITAR|EAR|export(?:[- ]control(?:led)?)?|ECCN|distribution)\b[^.]{0,15}\b(?:marking|legend|label|notice|statement|warning|banner|stamp)s?",
        r"\beven though it(?:'s| is) (?:really|actually)",
        r"\b(?:since|because|as) (?:nobody|no one) (?:ever |really |actually )?(?:checks?|looks?|notices?|knows?)",
        r"\b(?:front|shell) compan(?:y|ies)\b",
        r"\bstraw (?:buyer|purchaser|party)",
        r"\b(?:in pieces|in parts|piece by piece|in small (?:chunks|batches)) so\b",
        # Decoys and disguised identities: what an inspector, auditor or screening tool is meant to see instead.
        r"\bdecoy\b|\bhidden (?:volume|partition|container)\b",
        r"\b(?:nobody|no one|they|customs|auditors?|inspectors?) (?:can|could|will|would)(?:n'?t| not)? (?:ever )?tell (?:the difference|it apart|what)\b",
        r"\bso (?:that )?(?:the |our |their )?(?:screening|screen|check|denied[- ]party check)s? (?:tool )?(?:passes|clears|comes? back clean|won'?t flag|doesn'?t flag|misses)\b",
        r"\b(?:looks?|appears?|seems?) like (?:internal|domestic|in-house|ordinary internal) (?:access|traffic|use|e-?mail|transfers?)\b",
    ),
    _p(r"\bloophole\b", r"\bworkaround (?:for|to) (?:the )?(?:licen[cs]e|export control)"),
    # Passing controlled data off as something else, destroying a notice, or moving it beyond inspection.
    _p(
        r"\b(?:re-?title|re-?label|re-?name|re-?brand|re-?badge|disguis)\w*\b[^.?]{0,60}\bas (?:an? |the )?['‘\"“]?\w",
        r"\b(?:passes?|survives?) if (?:the )?(?:authorit\w+|ministry|regulator|customs|auditors?|BIS|DDTC|ECJU|BAFA|METI|anyone|they) (?:ever )?(?:looks?|checks?|asks?)",
        r"\bas if (?:the|that|this|their) (?:letter|notice|notification|warning|e-?mail) (?:had )?never (?:arrived|came|existed)",
        r"\b(?:shred|destroy|burn)\w*\b[^.?]{0,30}\b(?:it|the (?:letter|notice|notification|records?|file|evidence))\b",
        r"\b(?:take|took|taking|remove|removing|drop|dropping)\b[^.?]{0,40}\boff (?:our|the) (?:\w+ )?(?:log|logs|register|records?)\b",
        r"\btell (?:the )?(?:auditors?|inspectors?|customs|authorit\w+|regulator)\b[^.?]{0,40}\b(?:was|is|were) (?:NLR|not controlled|EAR ?99|uncontrolled|unlisted)\b",
        r"\b(?:paperwork|records?|file|books) (?:stays?|looks?|remains?) clean\b",
        # lying to an inspector about what is carried, or routing round the company's own export check
        r"\btell (?:the )?(?:customs|border (?:guards?|officers?|agents?)|authorit\w+|inspectors?|officers?)\b[^.?]{0,30}\b(?:they(?:'re| are)|it(?:'s| is)|these are|those are) (?:his|her|my|our|just|only|personal)\b",
        r"\bso (?:that )?(?:nothing|it|they|the (?:files?|data|drawings)) (?:ever )?(?:passes?|goes?|runs?|travels?) (?:through|past|via) (?:the |our |their )?(?:[\w-]+ ){0,3}(?:gateway|filter|DLP|check|checks|screening|scanner)\b",
        r"\b(?:paperwork|records?|books|documents?|invoices?)\b[^.?]{0,20}\bso (?:that )?(?:it|they|everything) (?:stays?|looks?|remains?) clean\b",
        # (asking whether encryption or an exception does so is a question about the rules, not a way round them)
        r"(?<!encryption )(?<!exception )(?<!exemption )(?<!carve-out )(?<!carveout )\bkeeps? (?:us|it|them|the \w+) (?:clear of|outside|out of) (?:the )?(?:\w+ ){0,2}(?:rules|sanctions|embargo|controls|regulations)\b",
    ),
    # Misstating a filing, fabricating compliance records, destroying records once enforcement calls.
    _p(
        r"\b(?:word|phrase|fill (?:in|out)|complete|draft)\b[^.?]{0,30}\b(?:end[- ]use(?:r)? (?:statement|certificate)|registration|"
        r"licen[cs]e application|declaration|SNAP-R)\b[^.?]{0,60}\b(?:as (?:if\b|though\b|a\b|an\b|the\b|civil\b|commercial\b|['\u2018\"\u201c])|showing\b|leav\w* \w+(?: \w+)? off\b)",
        r"\b(?:generate|create|produce|make up|fabricate)\b[^.?]{0,30}\b(?:a year|months|weeks) of\b[^.?]{0,30}\b(?:sign-?offs?|reviews?|records|logs?|minutes)\b",
        r"\b(?:OEE|Office of Export Enforcement|investigators?|subpoena|search warrant)\b[\s\S]{0,300}\b(?:permanently delete|wipe|destroy|shred|purge)\w*\b",
    ),
    # A licence for the transfer is pending or refused, and a way around the wait is proposed.
    _p(
        r"(?:\b(?:licen[cs]es?|permits?|DSP-\d+|SIEL|OIEL|TAA|authori[sz]ations?)\b(?:[^.?!]|(?<=Cat)\.){0,80}\b(?:pending|stuck|delayed|denied|refused|"
        r"taking (?:ages|forever|months)|sitting (?:at|with)|not (?:yet )?(?:approved|granted|through))"
        r"|\b(?:DDTC|BIS|ECJU|BAFA|METI|MITI|the ministry) (?:is|are) (?:taking (?:ages|forever|months)|sitting on)\b[^.]{0,40}\b(?:licen[cs]e|permit|DSP-\d+|SIEL|TAA))"
        r"[\s\S]{0,300}?(?:\bworkaround\b|\b(?:can'?t|cannot|won'?t) wait\b"
        # ... and the data is to go out through another entity of the group instead, or under its name
        r"|\b(?:copy|copies|move|moves|put|puts|route|routes|pass|passes)\b (?:it|them|the \w+(?: \w+)?) (?:to|onto|through|via) "
        r"(?:our|the|a|an|their) (?:[\w-]+ ){0,3}?(?:office|subsidiary|affiliate|entity|branch|sister company)(?:'s)?\b"
        r"|\bunder (?:its|their|the \w+'s) own name\b)",
    ),
    # Misstating the parties, and routing so that nobody can trace it.
    _p(
        r"\b(?:the )?real (?:customer|end[- ]?user|buyer|destination|recipient|consignee) is\b",
        r"\bslip (?:\w+ ){0,3}past\b",
        r"\bwithout (?:a |the |any )?(?:licen[cs]e|permit|authori[sz]ation) showing up",
        r"\b(?:neither|nobody|no one|none of them)\b[^.?]{0,40}\b(?:can|could|will|would) (?:\w+ )?(?:trace|track)",
        r"\bbounce (?:it |them |the \w+ )?(?:through|via|off)\b",
        r"\bso (?:that )?(?:DDTC|BIS|customs|the government|ECJU|HMRC|METI|MITI|BAFA|the authorit\w+|the (?:\w+ )?(?:ministry|regulator|licensing (?:office|unit|authority)|export (?:office|agency)))\b[^.?]{0,30}\b(?:(?:doesn't|does not|won't|will not|can't|cannot) (?:\w+ )?(?:read|link|connect|trace|say|ask|find|see|notice|know|check|look|flag|catch|spot|learn|question|open|inspect|query|tell|track)|(?:has|have|gets?) no (?:visibility|sight|record|trace|knowledge))\b",
        # Paperwork arranged to mislead: re-dated documents, books and records kept clean of the transfer.
        r"\bre-?(?:sign|date|issue)\w*\b[^.?]{0,40}\b(?:earlier|back|\w+uary|march|april|may|june|july|august|september|october|november|december) ?dat\w*",
        r"\bso (?:that )?the (?:sequence|timeline|dates?|order|chronology) (?:looks?|appears?|reads?|fits?)\b",
        r"\bkeep (?:it|this|them|that|the \w+)\b[^.?]{0,20}\bout of (?:our|the|their|my) (?:own )?(?:[\w-]+'s )?(?:audit |access |transfer |mail )?(?:records?|books|logs?|paperwork|files|filings?)",
        # "Is there anything customs could trace?", "so it is not 'from Singapore'"
        r"\b(?:anything|something|any way|a way) (?:that )?(?:the )?(?:\w+ ){0,2}(?:could|can|would|might) (?:ever )?(?:trace|track|detect)\b",
        r"\bso (?:that )?(?:it|this|the \w+) (?:is|isn't|is not|counts as|doesn't count as) (?:not )?['‘\"“]?(?:from|out of) (?:[A-Z]\w+|the UK|the US|the EU)['’\"”]?",
        r"\bshows? up\b[^.?]{0,40}\bon (?:any(?:body|one)'s|the|our|their) (?:books|records|paperwork|radar)",
        r"\b(?:stays?|staying|kept|keep|keeps|keeping) (?:\w+ )?off (?:the|their|its|his|her|our|anyone's|any) (?:books|records?|radar)\b",
        # "so the export shows Turkey as the destination", "keeps BAFA from asking questions", "HMRC can't tell it's ..."
        r"\bshows? (?-i:[A-Z])[\w-]+ as the (?:destination|end[- ]user|consignee|buyer|country of destination)\b",
        r"\bkeeps? (?:BAFA|BIS|DDTC|ECJU|HMRC|METI|customs|the authorit\w+|the ministry|the regulator|them|anyone|auditors?) from (?:asking|noticing|looking|checking|finding)\b",
        # "to keep our DLP and the export people from flagging it", "small innocent-looking chunks"
        r"\bkeep (?:our |the )?(?:DLP|data loss prevention|filters?|gateway|compliance|export (?:people|team|office|control)|auditors?|scanners?)\b[^.?]{0,40}\bfrom (?:flagging|seeing|spotting|catching|noticing|blocking)\b",
        r"\b(?:innocent|harmless|innocuous|boring|ordinary)[- ]looking (?:chunks?|pieces?|files?|parts?|names?|e-?mails?|attachments?)\b",
        r"\b(?:HMRC|BIS|DDTC|ECJU|BAFA|METI|customs|the authorit\w+|auditors?|inspectors?) (?:can'?t|cannot|won'?t|will not|couldn'?t) tell (?:it'?s|it is|that|whether|if|what)\b",
        r"\bnothing for (?:the )?(?:customs|authorit\w+|ministry|regulator|BIS|DDTC|ECJU|BAFA|METI|auditors?|anyone)\b[^.?]{0,40}\bto (?:see|find|check|notice)\b",
        r"\b(?:wording|language|clauses?)\b[^.?]{0,60}\bkeeps? (?:it|this|things) clean(?:er|est)?\b",
        r"\bso (?:that )?(?:the )?(?:(?-i:[A-Z]{3,6})|authorit\w+|ministry|regulator|customs|licensing \w+|auditors?) only (?:ever )?(?:sees?|knows?|reads?|gets?)\b",
        r"\b(?:quietly|secretly|covertly|discreetly|silently)\b (?:\w+ ){0,3}(?:replicat|send|transfer|mov|copy|copies|ship|writ|upload|forward|sync)\w*",
        # Blinding the screening: deleting the alias or hit that flags a listed party.
        r"\b(?:delete|remove|drop|suppress|whitelist|clear)\w*\b[^.?]{0,40}\b(?:alias|aliases|hits?|match(?:es)?|alerts?)\b[^.?]{0,40}\b(?:so|stops?|goes away|disappears?|no longer)\b",
        # Coaching what to tell officials about what is being carried.
        r"\bwhat (?:should|do|can|must|would) (?:they|we|i|he|she|our \w+)\b[^.?]{0,20}\b(?:say|tell|answer)\b[^.?]{0,30}\b(?:at|to) (?:the border|border control|\w+ airport|\w+)\b[^.?]{0,20}\bif (?:they are |he is |she is |we are )?asked\b",
        r"\b(?:delete|remove|strip|drop|take off)\b (?:\w+ ){0,3}(?:warning|banner|legend|marking|program name)s?\b[^.?]{0,80}\bwithout (?:a |the )?(?:DSP-5|licen[cs]e|TAA|permit)",
        r"\bcall (?:them|it) ['\"‘“]?(?:commercial|civil|civilian|ordinary|generic)",
        r"\b(?:compliance|security|legal|the (?:mail )?gateway|customs|the authorit\w+|METI|BIS|DDTC|ECJU|the government) (?:\w+ )?(?:never|won't|doesn't|does not|will not|can't|cannot) (?:\w+ )?(?:see|sees|notice|notices|find|finds|pick|picks|know|knows|catch|catches|open|opens|inspect|inspects|search|searches)\b",
        r"\b(?:less|least) likely to (?:get |be )?(?:picked up|flagged|noticed|caught|detected|seen)",
        r"\bbefore the (?:rule|listing|designation|ban|amendment) (?:bites|takes effect|applies|kicks in)",
        r"\bleave (?:\w+ ){0,4}out of the (?:transfer |export )?(?:logs?|records?|paperwork)",
        r"\bso (?:that )?on paper\b",
        # Managing how it looks to whoever checks: "so everything looks correct", "so it looks accidental",
        # "which date would look most plausible", "so HMRC doesn't go looking"
        r"\bso (?:that )?(?:it|everything|this|that|they|the \w+(?: \w+)?) (?:looks?|reads?|appears?|seems?) (?:like\b|(?:\w+ )?(?:accidental|correct|legit\w*|innocent|plausible|clean|normal|routine|above board|in order|genuine|compliant|unintentional))",
        r"\b(?:look|looks|seem|seems|appear|appears) (?:the )?(?:most |more )?(?:plausible|believable|convincing|credible)\b",
        r"\b(?:don'?t|do not|doesn'?t|does not|won'?t|will not|wouldn'?t|would not) go (?:looking|digging)\b",
        # "so nothing points to Iran", "so it doesn't draw attention", "so it doesn't look like we're passing it on",
        # "so the SIEL appears to cover them", "so the result holds if METI ever asks", "so nobody can tell it came from us"
        r"\bso (?:that )?nothing (?:\w+ )?(?:points?|leads?|links?|ties?) (?:\w+ )?(?:back )?to\b",
        # "so the Singapore entity can't be linked back to us"
        r"\b(?:can'?t|cannot|won'?t|will not|couldn'?t|never) be (?:linked|traced|connected|tied) (?:back )?to (?:us|our|me|the (?:parent|company|group))\b",
        r"\bso (?:that )?(?:it|this|they|the \w+) (?:doesn'?t|does not|won'?t|will not|don'?t|do not) (?:draw|attract) (?:any )?attention\b",
        r"\bso (?:that )?(?:it|this|they) (?:doesn'?t|does not|won'?t|will not|don'?t|do not) (?:look|seem|appear|read) (?:like|as if|as though)\b",
        r"\bso (?:that )?(?:the |our )?(?:SIEL|OIEL|licen[cs]e|permit|authori[sz]ation|DSP-5|TAA) (?:appears?|seems?|looks?) to cover\b",
        r"\b(?:holds?|stands?) (?:up )?if (?:BIS|DDTC|METI|MITI|customs|ECJU|BAFA|the authorit\w+|anyone|they|an auditor) (?:ever )?(?:asks?|checks?|looks?)\b",
        r"\bso (?:that )?(?:nobody|no one) (?:can|could|will|would) (?:ever )?tell (?:that |where|who|whether|it|the \w+ came)\b",
        r"\bno single (?:e-?mail|file|transfer|message|shipment|piece) (?:has|contains|carries|looks|shows)",
        r"\bpick(?:s)? up on\b[^.?]{0,40}\b(?:connection|end[- ]user|destination|real)",
        r"\bso (?:that )?(?:they|it|he|she|we|the \w+) (?:count|counts|look|looks|appear|appears|qualif\w+) as\b",
        r"\bso (?:that )?(?:METI|BIS|DDTC|customs|ECJU|the authorit\w+) accepts? it\b",
        r"\bwould (?:customs|they|anyone|anybody|the authorit\w+|security|border (?:control|guards)|METI|BIS|DDTC|ECJU)(?: (?:at|in|from) (?:the )?\w+)? ever (?:find|notice|detect|check|see|catch)",
        r"\b(?:better|best|safest|easiest) way to (?:hide|conceal|disguise|smuggle|sneak)",
        r"\b(?:leaves?|leaving) (?:the )?(?:least|less|no) (?:paper )?trace",
        r"\btell the (?:auditor|inspector|officer|reviewer)s? (?:it'?s|that)\b",
        r"\bwithout\b[^.?]{0,60}\b(?:ever )?(?:finding out|knowing|noticing|realising|realizing)\b",
        r"\bso (?:that )?the (?:\w+ )?(?:logs?|records?|audit trail|paperwork|invoice|declaration)s? (?:only )?(?:shows?|says?|lists?|reads?)\b",
        r"\b(?:leaving out|leave out|omit\w*|not mention\w*|without mentioning)\b[^.?]{0,60}\b(?:denial|denied|refus\w*|US-origin|the real)\b",
        r"\b(?:hypothetically|for a (?:novel|thriller|story|book|screenplay|film))\b[^.?]{0,200}\b(?:without|avoid|evade|secretly|smuggle|never finding)\b",
        r"\b(?:pro[- ]?forma|commercial) invoice\b[^.?]{0,120}\b(?:list|describe|declare|call|write|value)\w*\b[^.?]{0,40}\bas\b",
        r"\b(?:quote|use|write|put)\b[^.?]{0,40}\b(?:sister company's|another company's|someone else's|group company's|their)\b[^.?]{0,30}\b(?:permission|licen[cs]e|permit|authori[sz]ation)(?: number)?\b",
        r"\bso (?:that )?there(?:'s| is| will be) no (?:transmission|record|trail)\b",
        r"\b(?:'?hire'?|employ|register|own|sell)\w*\b[^.?]{0,60}\bon paper\b",
        r"\bso (?:that )?(?:the |our )?(?:\w+ ){0,3}(?:logs?|records?|filings?|paperwork)\b[^.?]{0,60}\b(?:only )?(?:ever )?shows?\b",
        r"\bkeep (?:the )?(?:rest|others|other \w+) (?:quiet|hidden|to ourselves|out of (?:it|the disclosure))",
        r"\bbackdat\w+\b",
        r"\b(?:pending|denied|refused|returned without action|sitting (?:at|with|on)|still not approved)\b.{0,300}\b(?:password|username|login|account|from memory|re-?creat\w*|rebuild|training video|private tutoring|cousin|sister company's|under (?:a|the) (?:different|other) name)\b",
        r"\bso (?:that )?(?:if|when) (?:BIS|DDTC|customs|the authorit\w+|they|anyone|an auditor|the auditors?) (?:ever )?asks?\b",
        r"\bwe (?:can|could) (?:truthfully )?say (?:truthfully )?(?:that )?we (?:never|didn't|did not) know\b",
        r"\b(?:switch|turn)\w* (?:that |the |this )?(?:[\w-]+ )?logging off\b",
        r"\bso (?:that )?(?:an?|the) (?:\w+ ){0,2}(?:auditor|inspector|officer|reviewer)s? (?:doesn't|does not|won't|will not|can't|cannot) (?:ask|question|query|notice|see|spot|pick up)",
    ),
    _p(
        r"\bwithout (?:\w+ ){1,3}(?:noticing|knowing|finding out|checking|seeing)\b",
        r"\bso (?:that )?(?!I |we |i )(?:\w+ ){0,3}(?:never|doesn't|does not|won't|will not|don't|do not) (?:\w+ )?(?:sees?|notices?|knows?|finds? out|checks?|audits?|learns?|connects?|links?|spots?|traces?|ties?)\b",
        # a filing or a file dressed up: "make it look normal", "so the end user is a trading company in Thailand instead"
        r"\b(?:application|licen[cs]e|permit|declaration|invoice|end[- ]user|filing|paperwork)\b[\s\S]{0,200}\bmake (?:it|this|them|everything) (?:look|seem|appear) (?:normal|legit\w*|innocent|routine|ordinary|harmless)\b",
        r"\b(?:write|word|fill|draft|phrase|state|declare|describe)\w*\b[^.?]{0,60}\bso (?:that )?the (?:end[- ]?user|destination|consignee|buyer|customer) (?:is|becomes|shows as)\b[^.?]{0,60}\binstead\b",
        r"\bno (?:email |e-mail |paper |audit )?trail\b",
        # relying on the authorities being unable to look: "customs has no way to check what it is"
        r"\b(?:customs|the authorit\w+|the government|BIS|DDTC|ECJU|BAFA|METI|inspectors?|auditors?) (?:has|have|will have|would have) "
        r"no (?:way|means|chance) (?:to|of) (?:check|see|know|tell|find out|inspect|read)\w*\b",
        # skipping a check quietly, not skipping a licence the writer believes an exception makes unnecessary
        r"\bskips? (?:the )?(?:review|screening|check|licen[cs]\w*)\b[^.?]{0,40}\b(?:quietly|without (?:telling|asking)|no one|nobody)\b",
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
    # Further ways of asking to evade, from a probe of requests written apart from the code: concealing what the
    # papers show, coaching answers, racing a rule, falsifying logs, sham publication, cut-outs, betting on no check.
    _p(
        r"\bwithout (?:the |our |any )?(?:export )?(?:paperwork|documents?|records?|forms?|declarations?) showing\b",
        r"\bso (?:that )?(?:the |our )?(?:paperwork|documents?|records?|forms?|invoices?|declarations?|shipping papers) (?:doesn'?t|does not|don'?t|do not|won'?t|will not|never) (?:mention|show|say|name|list)\b",
        r"\b(?:needs?|has) to (?:look|appear|seem) like\b",
        r"\b(?:can'?t|cannot|shouldn'?t|mustn'?t|must not) (?:go|appear|be (?:mentioned|named|shown)) (?:on|in) the (?:form|paperwork|application|certificate|declaration|documents?|contract)\b",
        r"\b(?:re-?title|re-?label|re-?name|re-?brand|re-?badge)\w*\b[^.?]{0,60}\bto ['‘\"“]",
        r"\bso (?:that )?(?:the |our )?(?:export |compliance )?(?:reviewers?|checkers?|officers?|team|tool|system|dlp|filter|gateway)s? (?:don'?t|doesn'?t|won'?t|will not|do not|does not) (?:flag|catch|notice|spot|block)\b",
        r"\b(?:strip|remove|delete|drop|take|get rid of|bulk[- ]remove)\w*\b[^.?]{0,40}\b(?:ITAR|EAR|export[- ]control\w*|ECCN|warning)\b[^.?]{0,25}\b(?:banners?|headers?|footers?|markings?|legends?|labels?|notices?|tags?)\b[^.?]{0,80}\b(?:before (?:send|e-?mail|shar|upload|forward)\w*|slow|hassle|don'?t want|so (?:that )?(?:we|they|it))",
        r"\bso (?:that )?the (?:tag|label|marking|legend|banner|header|flag)s? (?:drops?|falls?|comes?) off\b",
        r"\b(?:how (?:fast|quickly)|as (?:fast|quickly) as|rush|hurry)\b[^.?]{0,80}\bbefore (?:then|the (?:rule|listing|designation|ban|amendment|sanctions?|package|deadline))\b",
        r"\bbefore (?:the (?:listing|designation|rule|ban|sanctions?(?: package)?) |it |they )?(?:is |are |becomes? )?(?:effective|takes effect|apply|applies)\b[^.?]{0,60}\bso (?:that )?(?:they|we|it)\b",
        r"\b(?:edit|alter|change|rewrite|modify|amend)\w*\b[^.?]{0,40}\b(?:logs?|history|records?|audit trail)\b[^.?]{0,60}\b(?:so (?:that )?(?:it|the \w+(?: \w+)?) (?:shows?|reads?|looks?|says?)|to show)\b",
        r"\b(?:in a way|so that|so) (?:nobody|no one|noone) (?:will|would|can|could) (?:ever )?(?:question|challenge|ask|query|dig)\b",
        r"\bso (?:that )?(?:it|this|they|the \w+) (?:sounds?|reads?) (?:civil|civilian|commercial|harmless|innocent|benign|legit)\w*",
        r"\bkeep (?:that|this|it|the \w+) (?:quiet|under wraps|between us|hush)\b",
        r"\b(?:will|would|'ll) (?:get |be )?(?:denied|refused|rejected)\b[^.?]{0,30}\bif (?:we|I) (?:mention|disclose|include|tell|say)\b",
        r"\b(?:leave|leaves|leaving|left) out\b[^.?]{0,80}\b(?:application|licen[cs]e|end[- ]use|form|declaration|disclosure|paperwork|certificate)\b",
        r"\b(?:since|because|as) (?:that|it|this) would (?:mean|require|trigger|need) (?:a |the |an )?(?:licen[cs]e|permit|authori[sz]ation)",
        r"\bnot (?:to )?(?:ask|asking) (?:any |too many )?questions\b",
        r"\bwhat (?:should|do|can) (?:I|we) (?:tell|coach|instruct) (?:\w+ ){0,4}to (?:say|answer|tell)\b",
        r"\bkeeps? (?:both of )?(?:us|them|me) out of trouble\b",
        r"\b(?:aren'?t|are not|isn'?t|is not|not) technically (?:dealing|exporting|sending|involved|doing business)\b",
        r"\bclaim (?:that )?(?:the |we |it )?(?:\w+ ){0,3}never (?:reached|arrived|came|got)\b",
        r"\bthe (?:real|true|actual) (?:share|value|percentage|content|end[- ]?use|user|figure|number)s? (?:is|was|are)\b",
        r"\bthe (?:true|actual) (?:customer|end[- ]?user|buyer|destination|recipient|consignee) is\b",
        r"['‘\"“]accident(?:al|ally)?['’\"”]",
        r"\b(?:or|and) (?:just )?(?:take|taking) (?:the|a|our) (?:chance|risk)\b|\brisk it\b|\bchance it\b",
        r"\bso (?:that )?(?:the )?(?:\w+ )?(?:authorit\w+|customs|ministry|regulator|BIS|BAFA|METI|ECJU) (?:is|are) not (?:finding|seeing|noticing|knowing|detecting)\b",
        r"\b(?:is|are) going to (?:refuse|deny|reject)\b[^.?]{0,200}\b(?:instead|through|via)\b",
        r"\bbook (?:it|them|this|that) as\b",
        r"\bso (?:that )?(?:it|this|they|the \w+) (?:never|doesn'?t|won'?t|does not|will not) (?:shows? up|appears?|gets? recorded|is recorded)\b",
        r"\binstead of (?:the |an? )?[\w -]{1,30} (?:it|they|this) (?:really|actually|truly) (?:is|are)\b",
        r"\b(?:will|would|is|are) (?:customs|BIS|DDTC|the authorit\w+|anyone|anybody|they) (?:\w+ ){0,2}(?:actually|really|likely to|going to) (?:check|catch|notice|spot|inspect)\b",
        r"\bwhen (?:it'?s|it is|they'?re|they are) (?:really|actually) (?:going|for|headed|bound)\b",
        r"\b(?:won'?t|wouldn'?t|don'?t|can'?t) (?:know|notice|spot|see) the difference\b",
        r"\bwithout (?:tripping|triggering|setting off|alerting)\b",
        r"\bno record of it,? so\b",
        r"\bno (?:US|U\.S\.) person (?:appears|is involved|touches|shows up)\b",
        r"\bput (?:it|them|the \w+) back together\b|\bso (?:that )?none of them (?:holds?|has|sees?|gets?) the (?:full|whole|complete)\b",
        r"\bdelete (?:the |our |all |that )?(?:e-?mails?|thread|chat|messages|correspondence)\w*\b[^.?]{0,30}\bafterwards?\b",
        r"\b(?:believable|plausible|credible|convincing)\b[^.?]{0,30}\b(?:end[- ]use|story|explanation|reason|cover)\b",
        r"\b(?:don'?t|doesn'?t|won'?t|not) trip (?:any|the|them|it)\b",
        r"\bfor (?:an|one|a few|a couple of) (?:hour|minute|day)s?\b[^.?]{0,40}\b(?:then|and then) (?:delete|remove|take)\b",
        r"\b(?:keep|make) (?:our |the )?(?:paperwork|records?|documents?|forms?) (?:showing|show|say|saying|read|reading)\b",
        r"\bjust (?:put|list|name|show) (?:that|this|the other|only the) (?:one |name )?(?:on|in) the (?:paperwork|form|application|licen[cs]e)\b",
        r"\btell (?:METI|BIS|DDTC|the authorit\w+|customs|ECJU|BAFA|the regulator|the ministry)\b[^.?]{0,60}\beven though\b",
        r"\b(?:safest|easiest|best) way to take\b[^.?]{0,60}\bwithout\b",
    ),
]

# Things that can carry technology: a transfer of one of these is an export-control question.
# Papers that carry technology, as opposed to visa forms or HR files ("documents" alone says nothing).
TECHNICAL_PAPERS = (
    r"(?i)\b(?:drawings?|process sheets?|recipes?|schematics?|CAD|blueprints?|source code|specs|specifications?"
    r"|procedures?|test data|layouts?|design (?:data|files?|docs?|documents?|reports?|vault))\b"
)
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
        r"\bGST\b|\bSST\b|\bsales (?:and (?:service|use) )?tax\b|\bgoods and services tax\b|\btax rates?\b",
        r"\bcustoms dut(?:y|ies)",
        r"\btariffs?\b",
        r"\b(?:import )?duty rates?\b|\bimport dut(?:y|ies)\b|\bHTS(?:US)? (?:code|number|classification|heading)s?\b|\bHS codes?\b",
        r"\bincome tax",
        r"\btransfer pricing\b",
        r"\broyalt(?:y|ies) (?:rate|percentage)",
        r"\bcorporate tax",
        r"\bwithholding tax",
        r"\bwithh[oe]ld\w*\b[^.?]{0,40}\btax|\btax (?:treaty|office|authorit\w+|residen\w+|credit)\b|\bdouble taxation\b|源泉",
        # Personal-data transfer instruments (GDPR chapter V), not export authorisations.
        r"\bSCCs?\b|\bstandard contractual clauses\b|\btransfer impact assessment\b|\bdata (?:processing|transfer) agreement\b",
        # How-to questions about office software settings.
        r"\b(?:notification|alert) settings?\b|@mentions?\b|\bchannel (?:settings|notifications)\b",
        # a hotel to book or recommend; not "hand it over at our hotel", where the hotel is only where it happens
        r"\b(?:book\w*|reserv\w*|cheap\w*|recommend\w*|expens\w*|per diem|decent|good|nice|affordable)\b[^.?]{0,25}\bhotels?\b"
        r"|\bhotels? (?:booking|reservation|rates?|points|loyalty|near|for)\b|\bhotels?\b[^.?]{0,40}\b(?:a night|per night|walking distance|close to the)\b",
        r"\b(?:export )?health certificate\b|\bphytosanitary\b|\bvet(?:erinary)? sign-?off\b|\bfood sanitation\b|\bimport notification\b",
        r"\bincoterms?\b|\b(?:FCA|FOB|CIF|CPT|CIP|DAP|DDP|EXW)\b[^.?]{0,30}\b(?:or|vs\.?|versus)\b|\bterminal handling\b",
        r"\bzero[- ]rat\w+|\b(?:evidence|proof) of export\b",
        r"\bexport(?:ing)? (?:\w+ ){0,4}(?:to|as|into) (?:an? )?(?:[\w-]+ ){0,2}?(?:PDF|CSV|Excel|XLSX?|JSON|Word|PNG|SVG|JPE?G|PowerPoint)\b",
        # Tax forms, software seats and video files: office questions that borrow export words.
        r"\b(?:1099(?:-NEC)?|W-8BEN(?:-E)?|W-9)\b|\b(?:E3|E5|seat) licen[cs]es?\b|\bassign (?:it|his|her|the|a) (?:\w+ )?licen[cs]e to\b",
        r"\bcompress\w*\b[^.?]{0,40}\b(?:video|file|MP4|PDF)s?\b|\bMP4\b",
        # Customs origin and preferential duty, not export control.
        r"\bcertificates? of origin\b|\bpreferential (?:duty|tariff|rate|origin|treatment)\b|\brules of origin\b|\bForm [ADE]\b|\bEUR\.1\b",
        # Personal investment tax ("deemed disposal" is not a deemed export).
        r"\bdeemed disposal\b|\bcapital gains\b|\bETFs?\b",
        # Wording, grammar and translation questions, and which tool to translate or convert a document with.
        r"\b(?:purely|just a|only a) (?:grammar|spelling|wording|style|translation)(?: question| point)?\b|\bhyphen(?:ated)?\b|\bmodal verb\b",
        r"\b(?:recommend|suggest)\w*\b[^.?]{0,30}\b(?:tools?|apps?|software|services?|programs?)\b (?:to|for|that (?:can|will)) (?:translat|convert|transcrib|OCR)\w*",
        # Office events and e-mail client settings.
        r"\bteam[- ]building\b|\boffsite\b(?! (?:cop(?:y|ies)|backups?|storage|servers?|data ?cent(?:er|re)s?|replicas?|archives?|vaults?)\b)|\blogo\b[^.?]{0,60}\b(?:inline|attachment|signature)\b|\bsignature\b[^.?]{0,60}\blogo\b",
        r"\bpassword[- ]reset\b|\blocked out of\b|\baccount (?:is |got |was )?locked\b",
        r"\bstretch wrap\b|\bpallets?\b[^.?]{0,40}\b(?:wrap|strapping|cartons?)\b|\b(?:double|single)[- ]wall cartons?\b",
        r"\bdriv(?:er'?s|ing) licen[cs]es?\b|\bdriving permit\b|\brental car\b",
        r"\bback label\b|\bfood label|\blabell?ing (?:rules|requirements|law)\b|\balcohol (?:content|percentage)\b",
        r"\bbaggage\b",
        r"\bluggage allowance",
        r"\bannual leave\b",
        # Employment-eligibility verification (immigration law), which sounds like deemed-export screening.
        r"\bForm I-9\b|\bI-9 (?:form|documents?|verification)\b|\bE-Verify\b",
        r"\bparental leave\b",
        # payroll as the subject, not "a permanent employee on their own payroll"
        r"\bpayroll (?:tax|taxes|provider|system|software|records?|processing|run|deductions?|data|registration)\b|\b(?:run|process|processing|outsourc\w+) (?:the |our |their )?payroll\b",
        r"\b(?:draft|write|compose|proofread|polish|translate) (?:me |him |her |us )?(?:a |an |the |this |my )?(?:[\w-]+ ){0,2}?(?:reply|response|answer to this|email|e-mail|letter|speech|message|post|toast|card|note|poem|slogan|tagline|bio|invitation)\b",
        r"\b(?:tips|advice) (?:on|for) (?:\w+ ){0,3}(?:interview|answers|cv|resume|speech)",
        r"\bwhat (?:is )?(?:appropriate |best )?to wear\b",
        r"\b(?:excel|spreadsheet) formula\b|\bCOUNTIFS?\b|\bVLOOKUP\b|\bpivot table\b|\bwhat formula\b",
        r"\bout[- ]of[- ]office\b|\bauto(?:matic)?[- ]?reply\b",
        r"\bshadowing schedule\b|\bsuccession plan|\bknowledge (?:transfer|handover) plan|\bdocumentation templates?\b",
        r"\bconsumption[- ]tax\b|消費税|\bsales[- ]tax\b|\b(?:tax|terminal) returns?\b|\bestate tax\b|\binheritance tax\b|\bcapital gains\b|\bprobate\b",
        r"\bsalar(?:y|ies)\b|\bpay (?:band|range|scale|grade)\b|\bbonus scheme\b",
        # tax structuring and employment law around exporting, not export control
        r"\bIC-?DISC\b|\bsave (?:\w+ )?(?:on )?tax(?:es)?\b|\btax (?:savings?|structur\w*|planning|treaty)\b|\b[SC][- ]corp\b",
        r"\bovertime\b|\blabou?r standards act\b|\bback-?pay\b|\bminimum wage\b|\bholiday pay\b",
        r"\bcareer\b|\bcertification (?:worth|course)|\bmaster'?s (?:degree|in)\b|\bjob (?:interview|offer|application)\b",
        r"\blinkedin\b|\bcertificates? of (?:completion|attendance)\b|\bCPD (?:points|hours|credits)\b",
        r"\b(?:export|import|trade) (?:statistics|volumes?|figures)\b|\btotal (?:value|volume) of\b[^.?]{0,40}\b(?:exports|imports|trade)\b",
    ),
]

# Hedges that make a red flag a question rather than a fact ("might supply a missile programme").
# The exporter's own suspicion or awareness is knowledge in law (15 CFR 772.1 "knowledge", UK ECO 2008
# Art. 6 "grounds for suspecting", EU 2021/821 Art. 4(2) "aware"), not a hedge.
OWN_KNOWLEDGE = _p(
    r"\b(?:we|i)(?: now)? (?:strongly )?(?:suspect|believe|know|are aware|am aware|have (?:good )?(?:reason|grounds) to (?:believe|suspect))\b",
    r"\bmakes? (?:us|me) (?:strongly )?(?:suspect|believe)\b",
    r"\bwe(?:'ve| have) (?:been )?(?:told|informed|notified) by (?:BIS|DDTC|the (?:government|authorit\w+|ministry|competent authority))\b",
    r"\b(?:BIS|DDTC|CDIU|BAFA|ECJU|METI|MITI|UAMA|SBDU|ISP|the (?:\w+ )?(?:authorit\w+|ministry|competent authority|government|licensing office))\b(?:(?!n'?t\b|\bnot\b|\bnever\b)[^.]){0,30}\b(?:sent|told|informed|notified|warned|wrote to|written to|contacted) (?:us|our (?:\w+ ){0,2}?(?:MD|CEO|director|managing director|company|firm|compliance \w+|export \w+|board|management))\b",
    r"\b[A-Z]{3,6} (?:has |have )?(?:informed|notified|told|warned) us\b",
    r"\b(?:letter|notice|notification) (?:from|by) (?:BIS|DDTC|CDIU|BAFA|ECJU|METI|MITI|the (?:authorit\w+|ministry|competent authority))\b",
    # the authority that informs, however it is named: UK Secretary of State (through ECJU), Singapore Customs
    # officers, Malaysia's Strategic Trade Controller
    r"\b(?:letter|notice|notification|call|e-?mail|written notice)\b[^.]{0,20}\b(?:from|by)\b (?:an? |the )?(?:\w+ ){0,2}?"
    r"(?:Secretary of State|Export Control Joint Unit|Customs|Strategic Trade Controller|Controller)\b",
    r"\b(?:an? )?(?:authori[sz]ed )?officer (?:from|of|at) (?:the )?(?:\w+ )?Customs\b[^.]{0,80}\b(?:called|told|informed|notified|wrote|warned|followed up)",
    # "a letter from the Czech licensing office", "the Strategic Trade Controller's office wrote to us"
    r"\b(?:letter|notice|notification|e-?mail|call)\b[^.]{0,20}\b(?:from|by) (?:the |our )?(?:[\w'-]+ ){0,3}?"
    r"(?:licen[cs]ing (?:office|authority|department)|export control (?:office|authority|agency)|ministry|competent authority)\b",
    r"\bthe (?:[\w'-]+ ){0,3}?(?:licen[cs]ing office|export control (?:office|authority|agency)|Controller's office|ministry)\b"
    r"(?:(?!n'?t\b|\bnot\b|\bnever\b)[^.]){0,30}\b(?:wrote to|written to|informed|notified|warned|told) us\b",
)
# The end use or end user is not known: not a red flag, but a fact to establish before sending.
END_USE_UNKNOWN = _p(
    r"\b(?:don'?t|do not|doesn'?t|does not) know (?:what|who|how) (?:they|the \w+|their \w+)(?: \w+)? (?:actually |really )?(?:work on|do|does|use|are|is|make)",
    r"\bend[- ]use(?:r)? (?:is |are )?(?:unknown|unclear|not known)",
    r"\b(?:don'?t|do not) know (?:the |their )?end[- ]use",
    r"\bvague about (?:what|the|its|their) (?:\w+ )?(?:program|programme|project|end use|application)",
    r"\b(?:can'?t|cannot) tell what (?:the|they|their|it) (?:\w+ )?(?:really |actually )?(?:produces?|makes?|does|do|uses?)",
    r"\b(?:cagey|evasive|vague|secretive) about (?:what|who|where|which|whom|the|its|their)\b",
    # asked what it is for, and given only a label: "they only said 'industrial project'"
    r"\b(?:only|just|merely) (?:said|say|says|told us|replied|answered|wrote)\b[^.?]{0,6}['‘\"“]?(?:an? )?(?:industrial|general|commercial|civil(?:ian)?|research|various|internal|normal|standard) (?:projects?|use|uses|applications?|purposes?|customers?|work)\b",
    # "they only said it is 'for a nuclear project' and would not say more": asked, and no answer
    r"\b(?:would not|wouldn'?t|won'?t|refused to|declined to|will not|did not|didn'?t) (?:say|tell us|explain|specify|disclose|give|share) "
    r"(?:us )?(?:any )?(?:more|further|anything (?:else|more)|(?:any )?details|what (?:it|they|the \w+) (?:is|are) for)\b",
    # a suspicion nobody can pin down: "something felt off in the call, but we have nothing concrete"
    r"\bsomething (?:\w+ )?(?:felt|feels|seemed|seems|looked|looks|sounded|sounds) (?:a bit |rather |very )?(?:off|odd|strange|fishy|wrong|suspicious)\b",
    r"\b(?:don'?t|does not|doesn'?t|do not) (?:yet )?have (?:the|their|its) (?:legal|full|exact|registered) name\b",
    r"\b(?:can(?:not|'t)|unable to|not able to) screen (?:them|it|the \w+)\b",
    r"\b(?:wouldn'?t|won'?t|refus\w+ to) (?:say|tell us|disclose) (?:what|who|which|where|for whom)\b",
    r"\b(?:don'?t|do not|doesn'?t|does not) know what (?:they|the \w+|it) (?:plans?|intends?|wants?|is going|are going) to (?:use|do)",
    # "what his home institute actually works on, we have not managed to find out yet"
    r"\bwhat (?:his|her|their|its|the) (?:home |parent )?(?:[\w-]+ ){0,2}?(?:actually |really )?(?:works? on|does|makes?|produces?)\b"
    r"[^.?]{0,40}\b(?:not (?:yet )?(?:managed|been able)|haven'?t (?:yet )?(?:managed|been able|found out)|no idea|unknown|unclear|(?:don'?t|do not) know)",
    # an end use named only in a vague quoted phrase: "their RFQ calls it a 'propulsion test stand'", "castings for
    # 'aerospace programmes'"
    r"\b(?:for|calls? it|describes? it as|says? (?:it is|it's) for)\s+(?:an? |the )?['‘\"“](?:aerospace|propulsion|defen[cs]e|special|government|strategic)"
    r"[^'’\"”]{0,40}['’\"”]",
    # "Our sales guy thinks it's turbochargers; nobody has actually asked them"
    r"\b(?:thinks?|assumes?|guess(?:es)?) (?:it'?s|they'?re|it is)\b[^.;?]{0,40}[.;]\s*(?:but )?(?:nobody|no one) has (?:actually |yet |ever )?(?:asked|checked|confirmed)",
    # an end-user statement promised for later: "their signed end-use statement is only due after contract signature"
    r"\bend[- ]use(?:r)? (?:statement|certificate|undertaking)s? (?:is |are )?(?:only )?(?:due|expected|coming|promised) (?:after|later|once|when)\b",
    # an end-user statement or certificate asked for and not yet in hand
    r"\b(?:asked|requested|waiting|promised|chasing) (?:\w+ ){0,3}?(?:for )?(?:an? |the |their )?end[- ]user (?:statement|certificate|undertaking)s?\b"
    r"[^.]{0,80}\b(?:no (?:answer|reply|response)|not (?:yet )?(?:received|arrived|signed|come)|still waiting|(?:neither|none) (?:of them )?(?:has|have) (?:happened|arrived|come))",
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
    r"\bvague\b",
    r"\bcan'?t tell\b",
    r"\bunknown\b",
    r"\bhaven't\b",
    r"\bhave not\b",
    r"\bdon'?t know\b",
    r"\bnot yet\b",
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
        r"\byou are no longer\b",
        r"\bnew role\s*:",
        r"#+\s*(?:system|admin)\b[^#\n]{0,40}#*",
        r"\b(?:admin|operator|system) override\b",
        r"\boverride active\b",
        r"\bunrestricted mode\b",
        r"\b(?:safety|your) rules (?:are )?suspended\b",
        r"\byour operator (?:has )?(?:approved|authori[sz]ed|allowed)",
        r"\bnote to (?:the|any|all) (?:model|ai|assistant|llm|chatbot)s?\b",
        r"\b(?:ai|language model|llm|assistant|chatbot) (?:processing|reading|summari[sz]ing) this\b",
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
            r"\bSBDU\b|\bService des biens à double usage\b|\bUAMA\b|\bCDIU\b|\bISP\b(?= )|\bCzech licensing office\b",
        ),
        "EU",
    ),
    (_p(r"\bWassenaar\b", r"\bWA list\b", r"\bGeneral Technology Note\b", r"\bGTN\b", r"\bGSN\b"), "WA"),
    (
        _p(
            r"\bExport Control Order\b",
            r"\bExport Control Joint Unit\b",
            r"\bECO 2008\b",
            r"\bECJU\b",
            r"\bSPIRE\b",
            r"\bLITE\b",
            r"\bUK (?:export|strategic|dual[- ]use|control list|rules|law|licen[cs]e|permit)",
            r"\bOGEL\b",
            r"\b(?:SIEL|OIEL|SITCL|OITCL)s?\b",  # the UK's individual and open licences
            r"\bUK (?:Military|Strategic Export Control) Lists?\b",
            # the writer's own UK organisation, and UK-only institutions and terms
            r"\b(?:our|(?:we are|we're|as) an?) UK (?:company|university|firm|sme|start-?up|business|entity|plc|ltd)\b",
            r"(?<!Common )(?<!EU )\bMilitary List\b",
            r"\bDstl\b|\bDefence Standard\b|\bDef ?Stan\b|\bHeathrow\b|\bLHR\b",
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
            r"該当",  # "listed", as Japanese exporters mark their classification sheets
            r"外為",
            r"役務取引",
            r"\bgaitou\b",
            r"\bAppended Table\b",
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
            r"\bSGCL\b",
            r"\bStrategic Goods Control List\b",
            r"\bITT permit\b",  # Singapore Customs' permit for intangible transfers
            r"\bTradeNet\b",
        ),
        "SG",
    ),
    (
        _p(
            r"\bStrategic Trade Act\b",
            r"\bMITI\b",
            r"\bMalaysia(?:n)? (?:export|rules|law|control|permit)",
            r"\bStrategic Items\)? Order\b",
            r"\bstrategic items list\b",
            r"\bSTA (?:2010|permit)\b",
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
        # the agencies' sign-off asked for by name: "State or Commerce approval", "METI permission"
        r"\b(?:State(?: Department)?|Commerce(?: Department)?|DDTC|BIS|METI|MITI|BAFA|ECJU|the ministry|government)\b(?: or \w+)?"
        r"(?: \w+)? (?:approval|permission|sign-?off|clearance)\b",
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
    "Nizhny Novgorod": "Russia",
    "Rostov-on-Don": "Russia",
    "Kazan": "Russia",
    "Yekaterinburg": "Russia",
    "Novosibirsk": "Russia",
    "Samara": "Russia",
    "Kaliningrad": "Russia",
    "Vladivostok": "Russia",
    "Ufa": "Russia",
    "Chelyabinsk": "Russia",
    "Omsk": "Russia",
    "Krasnoyarsk": "Russia",
    "Voronezh": "Russia",
    "Tomsk": "Russia",
    "Zelenograd": "Russia",
    "Izmir": "Turkey",
    "Bursa": "Turkey",
    "Antalya": "Turkey",
    "Konya": "Turkey",
    "Kayseri": "Turkey",
    "Eskisehir": "Turkey",
    "Gaziantep": "Turkey",
    "Nur-Sultan": "Kazakhstan",
    "Almaty": "Kazakhstan",
    "Astana": "Kazakhstan",
    "Hai Phong": "Vietnam",
    "Bac Ninh": "Vietnam",
    "Da Nang": "Vietnam",
    "Can Tho": "Vietnam",
    "Haiphong": "Vietnam",
    "Yangon": "Myanmar",
    "Naypyidaw": "Myanmar",
    "Mandalay": "Myanmar",
    "Bali": "Indonesia",
    "Surabaya": "Indonesia",
    "Bandung": "Indonesia",
    "Batam": "Indonesia",
    "Medan": "Indonesia",
    "Denpasar": "Indonesia",
    "Santiago": "Chile",
    "Valparaiso": "Chile",
    "Heidelberg": "Germany",
    "Dresden": "Germany",
    "Karlsruhe": "Germany",
    "Aachen": "Germany",
    "Bremen": "Germany",
    "Hanover": "Germany",
    "Hannover": "Germany",
    "Nuremberg": "Germany",
    "Leipzig": "Germany",
    "Bonn": "Germany",
    "Jena": "Germany",
    "Darmstadt": "Germany",
    "Ulm": "Germany",
    "Friedrichshafen": "Germany",
    "Ingolstadt": "Germany",
    "Wolfsburg": "Germany",
    "Changwon": "South Korea",
    "Daejeon": "South Korea",
    "Incheon": "South Korea",
    "Ulsan": "South Korea",
    "Suwon": "South Korea",
    "Pohang": "South Korea",
    "Gumi": "South Korea",
    "Daegu": "South Korea",
    "Gwangju": "South Korea",
    "Pangyo": "South Korea",
    "Haifa": "Israel",
    "Jerusalem": "Israel",
    "Beersheba": "Israel",
    "Rehovot": "Israel",
    "Herzliya": "Israel",
    "Shiraz": "Iran",
    "Bandar Abbas": "Iran",
    "Ahvaz": "Iran",
    "Isfahan": "Iran",
    "Tabriz": "Iran",
    "Mashhad": "Iran",
    "Karaj": "Iran",
    "Qom": "Iran",
    "Bushehr": "Iran",
    "Natanz": "Iran",
    "Ciudad Juarez": "Mexico",
    "Monterrey": "Mexico",
    "Guadalajara": "Mexico",
    "Tijuana": "Mexico",
    "Queretaro": "Mexico",
    "Querétaro": "Mexico",
    "Juarez": "Mexico",
    "Puebla": "Mexico",
    "Saltillo": "Mexico",
    "Chihuahua": "Mexico",
    "Brno": "Czechia",
    "Ostrava": "Czechia",
    "Plzen": "Czechia",
    "Pilsen": "Czechia",
    "Cork": "Ireland",
    "Galway": "Ireland",
    "Limerick": "Ireland",
    "Tsukuba": "Japan",
    "Sendai": "Japan",
    "Kobe": "Japan",
    "Kyoto": "Japan",
    "Fukuoka": "Japan",
    "Hiroshima": "Japan",
    "Kawasaki": "Japan",
    "Sapporo": "Japan",
    "Hamamatsu": "Japan",
    "Kitakyushu": "Japan",
    "Kumamoto": "Japan",
    "Dhaka": "Bangladesh",
    "Chittagong": "Bangladesh",
    "Lagos": "Nigeria",
    "Abuja": "Nigeria",
    "Barrow-in-Furness": "United Kingdom",
    "Leeds": "United Kingdom",
    "Derby": "United Kingdom",
    "Portsmouth": "United Kingdom",
    "Glasgow": "United Kingdom",
    "Oxford": "United Kingdom",
    "Sheffield": "United Kingdom",
    "Newcastle": "United Kingdom",
    "Southampton": "United Kingdom",
    "Belfast": "United Kingdom",
    "Cardiff": "United Kingdom",
    "Aberdeen": "United Kingdom",
    "Farnborough": "United Kingdom",
    "Filton": "United Kingdom",
    "Liverpool": "United Kingdom",
    "Nottingham": "United Kingdom",
    "Coventry": "United Kingdom",
    "Nairobi": "Kenya",
    "Mombasa": "Kenya",
    "Bogota": "Colombia",
    "Bogotá": "Colombia",
    "Medellin": "Colombia",
    "Medellín": "Colombia",
    "Lima": "Peru",
    "Buenos Aires": "Argentina",
    "Cordoba": "Argentina",
    "Córdoba": "Argentina",
    "Auckland": "New Zealand",
    "Wellington": "New Zealand",
    "Christchurch": "New Zealand",
    "Oslo": "Norway",
    "Bergen": "Norway",
    "Kongsberg": "Norway",
    "Trondheim": "Norway",
    "Stavanger": "Norway",
    "Copenhagen": "Denmark",
    "Aarhus": "Denmark",
    "Athens": "Greece",
    "Thessaloniki": "Greece",
    "Lisbon": "Portugal",
    "Porto": "Portugal",
    "Colombo": "Sri Lanka",
    "Kathmandu": "Nepal",
    "Tashkent": "Uzbekistan",
    "Baku": "Azerbaijan",
    "Tbilisi": "Georgia",
    "Yerevan": "Armenia",
    "Doha": "Qatar",
    "Muscat": "Oman",
    "Amman": "Jordan",
    "Beirut": "Lebanon",
    "Baghdad": "Iraq",
    "Basra": "Iraq",
    "Erbil": "Iraq",
    "Kabul": "Afghanistan",
    "Xian": "China",
    "Dalian": "China",
    "Shenyang": "China",
    "Chongqing": "China",
    "Qingdao": "China",
    "Xiamen": "China",
    "Changsha": "China",
    "Hefei": "China",
    "Zhengzhou": "China",
    "Jinan": "China",
    "Kunming": "China",
    "Dongguan": "China",
    "Wuxi": "China",
    "Ningbo": "China",
    "Mianyang": "China",
    "Kaohsiung": "Taiwan",
    "Taichung": "Taiwan",
    "Tainan": "Taiwan",
    "Taoyuan": "Taiwan",
    "Kota Kinabalu": "Malaysia",
    "Petaling Jaya": "Malaysia",
    "Shah Alam": "Malaysia",
    "Putrajaya": "Malaysia",
    "Ipoh": "Malaysia",
    "Kulim": "Malaysia",
    "Melaka": "Malaysia",
    "Malacca": "Malaysia",
    "Kuching": "Malaysia",
    "Klang": "Malaysia",
    "Seremban": "Malaysia",
    "Laem Chabang": "Thailand",
    "Chiang Mai": "Thailand",
    "Pattaya": "Thailand",
    "Rayong": "Thailand",
    "Phnom Penh": "Cambodia",
    "Vientiane": "Laos",
    "Quezon City": "Philippines",
    "Cebu": "Philippines",
    "Davao": "Philippines",
    "Makati": "Philippines",
    "Ahmedabad": "India",
    "Kolkata": "India",
    "Calcutta": "India",
    "Noida": "India",
    "Gurgaon": "India",
    "Gurugram": "India",
    "Coimbatore": "India",
    "Nagpur": "India",
    "Trivandrum": "India",
    "Thiruvananthapuram": "India",
    "Visakhapatnam": "India",
    "Mysore": "India",
    "Mysuru": "India",
    "Rawalpindi": "Pakistan",
    "Faisalabad": "Pakistan",
    "Kahuta": "Pakistan",
    "Jeddah": "Saudi Arabia",
    "Dammam": "Saudi Arabia",
    "Dhahran": "Saudi Arabia",
    "Sharjah": "United Arab Emirates",
    "Alexandria": "Egypt",
    "Cape Town": "South Africa",
    "Pretoria": "South Africa",
    "Durban": "South Africa",
    "São José dos Campos": "Brazil",
    "Sao Jose dos Campos": "Brazil",
    "Rio de Janeiro": "Brazil",
    "Belo Horizonte": "Brazil",
    "Porto Alegre": "Brazil",
    "Brasilia": "Brazil",
    "Brasília": "Brazil",
    "Campinas": "Brazil",
    "Curitiba": "Brazil",
    "Quebec City": "Canada",
    "Calgary": "Canada",
    "Edmonton": "Canada",
    "Winnipeg": "Canada",
    "Halifax": "Canada",
    "Mississauga": "Canada",
    "Brisbane": "Australia",
    "Perth": "Australia",
    "Adelaide": "Australia",
    "Canberra": "Australia",
    "Sophia Antipolis": "France",
    "Grenoble": "France",
    "Marseille": "France",
    "Nantes": "France",
    "Bordeaux": "France",
    "Lille": "France",
    "Strasbourg": "France",
    "Rennes": "France",
    "Cannes": "France",
    "Naples": "Italy",
    "Genoa": "Italy",
    "Bologna": "Italy",
    "Florence": "Italy",
    "Venice": "Italy",
    "Seville": "Spain",
    "Valencia": "Spain",
    "Bilbao": "Spain",
    "Zaragoza": "Spain",
    "The Hague": "Netherlands",
    "Rotterdam": "Netherlands",
    "Delft": "Netherlands",
    "Leiden": "Netherlands",
    "Utrecht": "Netherlands",
    "Veldhoven": "Netherlands",
    "Antwerp": "Belgium",
    "Ghent": "Belgium",
    "Leuven": "Belgium",
    "Liege": "Belgium",
    "Liège": "Belgium",
    "Basel": "Switzerland",
    "Lausanne": "Switzerland",
    "Bern": "Switzerland",
    "Graz": "Austria",
    "Linz": "Austria",
    "Salzburg": "Austria",
    "Innsbruck": "Austria",
    "Gothenburg": "Sweden",
    "Linkoping": "Sweden",
    "Linköping": "Sweden",
    "Malmo": "Sweden",
    "Malmö": "Sweden",
    "Uppsala": "Sweden",
    "Espoo": "Finland",
    "Tampere": "Finland",
    "Oulu": "Finland",
    "Krakow": "Poland",
    "Kraków": "Poland",
    "Wroclaw": "Poland",
    "Wrocław": "Poland",
    "Gdansk": "Poland",
    "Gdańsk": "Poland",
    "Poznan": "Poland",
    "Poznań": "Poland",
    "Rzeszow": "Poland",
    "Rzeszów": "Poland",
    "Budapest": "Hungary",
    "Debrecen": "Hungary",
    "Cluj-Napoca": "Romania",
    "Bucharest": "Romania",
    "Cluj": "Romania",
    "Plovdiv": "Bulgaria",
    "Novi Sad": "Serbia",
    "Belgrade": "Serbia",
    "Kharkiv": "Ukraine",
    "Odesa": "Ukraine",
    "Odessa": "Ukraine",
    "Lviv": "Ukraine",
    "Dnipro": "Ukraine",
    "Gomel": "Belarus",
    "Aleppo": "Syria",
    "Maracaibo": "Venezuela",
    "Jurong": "Singapore",
    "Tuas": "Singapore",
    "Woodlands": "Singapore",
    "Changi": "Singapore",
    "Kedah": "Malaysia",
    "Selangor": "Malaysia",
    "Johor": "Malaysia",
    "Sarawak": "Malaysia",
    "Sabah": "Malaysia",
    "Bayan Lepas": "Malaysia",
    "Senai": "Malaysia",
    "Enschede": "Netherlands",
    "Peshawar": "Pakistan",
    "Braga": "Portugal",
    "Oran": "Algeria",
    "Sevastopol": "Crimea region of Ukraine",
    "Simferopol": "Crimea region of Ukraine",
    "Vilnius": "Lithuania",
    "Kaunas": "Lithuania",
    "Piraeus": "Greece",
    "Riga": "Latvia",
    "Tallinn": "Estonia",
    "Ljubljana": "Slovenia",
    "Maribor": "Slovenia",
    "Bratislava": "Slovakia",
    "Zagreb": "Croatia",
    "Gdynia": "Poland",
    "Łódź": "Poland",
    "Lodz": "Poland",
    "Valletta": "Malta",
    "Nicosia": "Cyprus",
    "Luxembourg City": "Luxembourg",
    "Reykjavik": "Iceland",
    "Algiers": "Algeria",
    "Tunis": "Tunisia",
    "Casablanca": "Morocco",
    "Rabat": "Morocco",
    "Accra": "Ghana",
    "Addis Ababa": "Ethiopia",
    "Dar es Salaam": "Tanzania",
    "Kampala": "Uganda",
    "Luanda": "Angola",
    "Khartoum": "Sudan",
    "Tripoli": "Libya",
    "Sanaa": "Yemen",
    "Manama": "Bahrain",
    "Ulaanbaatar": "Mongolia",
    "Bishkek": "Kyrgyzstan",
    "Dushanbe": "Tajikistan",
    "Ashgabat": "Turkmenistan",
    "Chisinau": "Moldova",
    "Podgorica": "Montenegro",
    "Skopje": "North Macedonia",
    "Tirana": "Albania",
    "Sarajevo": "Bosnia and Herzegovina",
    "Quito": "Ecuador",
    "La Paz": "Bolivia",
    "Montevideo": "Uruguay",
    "Asuncion": "Paraguay",
    "Panama City": "Panama",
    "San Jose de Costa Rica": "Costa Rica",
    "Guatemala City": "Guatemala",
    "Kingston": "Jamaica",
}

# US places: a recipient "at our Texas plant" or "in Boston" is in the United States.
US_PLACES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia(?= (?:plant|site|office|lab|facility))|Hawaii|"
    "Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|"
    "Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|"
    "North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|"
    "Vermont|Virginia|Washington State|West Virginia|Wisconsin|Wyoming|Boston|Seattle|San Diego|San Jose|Austin|"
    "Houston|Dallas|Phoenix|Denver|Chicago|Detroit|Atlanta|Huntsville|Pittsburgh|Silicon Valley|Los Angeles|"
    "Wichita|Cincinnati|Cleveland|Columbus|Indianapolis|Milwaukee|Minneapolis|St\\. Louis|Kansas City|Tucson|"
    "Albuquerque|Salt Lake City|San Francisco|San Antonio|Sacramento|Miami|Tampa|Charlotte|Raleigh|Nashville|"
    "Baltimore|Philadelphia|Hartford|Buffalo|Albany|Wilmington|Saipan|Washington,? D\\.?C\\.?"
)


# A bracketed note addressed to a model ("[[ADMIN NOTE TO THE MODEL: ...]]"): instructions, not facts.
NOTE_TO_MODEL = (
    r"(?is)\[\[?[^\]]{0,600}?\b(?:model|assistant|AI|LLM|chatbot|system|admin|(?:automated|automatic) (?:reviewer|review|checker|classifier)|bot)\b[^\]]{0,600}\]\]?"
)

# "No WMD or end-user warnings received", "nothing suggests a weapons link": a red flag said to be absent.
_FLAG_WORD = (
    r"(?:WMD|weapons?|military|missile|nuclear|chemical|biological|end[- ]users?|end[- ]use|entity list|listed|sanction\w*"
    r"|restricted|prohibited|designated|denied)\b"
)
NEGATED_FLAGS = (
    r"(?i)\b(?:no|not|nor|without|never|nothing (?:suggests|indicates|points to)|no sign of|no indication of|"
    r"no hint of|nothing pointing to|found nothing (?:pointing|suggesting|indicating) (?:to )?)\s+(?:\w+\s+){0,3}?" + _FLAG_WORD
    # a list negated as a whole: "nothing suggests any nuclear, chemical, biological or missile link"
    + r"(?:(?:,\s*|\s+(?:or|and|nor)\s+|,\s*(?:or|and|nor)\s+)" + _FLAG_WORD + r")*"
    + r"(?:[\s-]+(?:or|and)?\s*(?:end[- ]users?|end[- ]use|\w+))?"
    r"(?:\s+(?:angle|link|concern|connection|warnings?|flags?|issue|use|purpose|application))?"
)

# Modes that send technology away, as opposed to showing it to visitors on our own premises.
SEND_MODES = {"email", "cloud", "shared_drive", "remote_access", "download", "hand_carry", "publication", "call"}

# Recipients on our premises ("in our cleanroom", "sit with us").
AT_OUR_SITE = (
    r"(?i)\b(?:visit\w*|tour\w*|in|at|on|to|into|inside) our (?:[\w.-]+ ){0,2}(?:cleanroom|clean room|meeting room|"
    r"conference room|office|plant|site|factory|lab|laboratory|facility|premises|yard|fab|hq|headquarters|campus|"
    r"workshop|test (?:center|centre|cell)|showroom|training (?:room|centre|center)|shop floor)s?\b|\bsit with us\b"
    # visitors said to be with us: "three engineers from the customer are here for two weeks"
    r"|\b(?:are|is|will be|were) (?:here|over here) (?:for|on|this|next|until)\b|\b(?:come|comes|coming|fly|flies|flying) (?:over )?(?:here|to us)\b"
)

# Technology said not to be on any control list ("nothing on the CCL", "非該当").
UNLISTED = (
    r"(?i)\b(?:not|nothing|none (?:of (?:which|it|them) )?(?:is|are)|none of (?:which|it|them)|none of (?:our|the|these|those|its|their) (?:[\w-]+ ){0,4}(?:is|are)|isn't|aren't|is not|are not)\s+(?:\w+\s+){0,3}(?:on|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,5}(?:CCL|Commerce Control List|control lists?|Annex I|SGCL|Strategic Goods Control List|Strategic Items Order|dual[- ]use lists?)\b"
    r"|\b(?:is|are|was|were|sits?)\s+on\s+no\s+(?:[\w-]+\s+){0,2}(?:control\s+)?lists?\b"  # "the know-how is on no control list"
    r"|\b(?:checked|looked at|searched|screened against) the (?:\w+ ){0,3}(?:control list|CCL|Annex I|SGCL)\b[^.]{0,25}\b(?:not there|not listed|no match|nothing)"
    # "checked against the Strategic Items Order: not listed", "went through categories 2, 4 and 6 of Annex I and
    # found nothing that fits", "we checked the UK lists, nothing"
    r"|\b(?:checked|looked|searched|screened|went through|reviewed|compared)\b[^.?]{0,40}\b(?:control lists?|CCL|Annex I|SGCL|Order|lists|schedules?|categor(?:y|ies))\b"
    r"[^.?]{0,50}?(?:\bnot there|\bnot listed|\bno match|\bnothing(?! (?:but|else|more))|\bnone (?:fits?|appl\w+|match\w*))"
    r"|\bunlisted\b|\bnot (?:a )?listed (?:item|technology)|\bno ECCN applies\b|非該当"
    r"|\b(?:is |are )?not (?:an? )?(?:strategic|listed|controlled) (?:items?|goods|technology)\b"
    r"|\bnot (?:on|in) (?:the |any )?(?:strategic (?:items? |goods |trade )?(?:list|order)|Order)\b"
    # "None of it is on the UK Military List, Schedule 3 or Annex I"
    r"|\bnone of (?:it|them|these|this|which) (?:is |are )?(?:on|in) (?:the |any )?(?:[\w-]+ ){0,3}(?:lists?|Annex I|Schedule \d|Order)\b"
)

# Means of transfer said not to be used ("no laptop, no USB stick", "won't phone, message or e-mail").
_MODE_WORD = (
    r"(?:e-?mail(?:s|ed|ing)?|messag(?:e|es|ed|ing)|laptops?|usb (?:sticks?|drives?)|thumb ?drives?|papers?|phon(?:e|es|ed)|"
    r"call(?:s|ed|ing)?|upload(?:s|ed|ing)?|cloud|vpn|remote access|visits?|tours?|zoom|teams|video(?: ?calls?)?|"
    r"screen[- ]?shar\w*|copies|print-?outs?|slides|laptops?|log-?ins?|log (?:in|on))"
)
NEGATED_MODES = (
    # "the slides stay on our laptop": the laptop goes nowhere
    r"(?i)\b(?:stays?|stayed|remains?|remained|kept|keep) on (?:our|my|his|her|the|a) (?:own |company |office )?laptops?\b|"
    r"\b(?:no|not|without|never|nor|nothing|won'?t|will not|wouldn'?t|doesn'?t|does not|don'?t|do not|cannot|can'?t)\s+"
    rf"(?:(?:by|via|any|a|an|the|use|send|sent|shared|bring|take|carry|even|over|travel\w*|trips?|with|will|be|is|gets?|follow-?up|further|later)\s+){{0,3}}{_MODE_WORD}\b"
    rf"(?:\s*(?:,\s*(?:and\s+|or\s+|nor\s+)?|\s+(?:or|nor|and)\s+)(?:no\s+|not\s+|won'?t\s+|any\s+)?(?:\w+\s+)?{_MODE_WORD}\b)*"
)

# Technology told face to face ("explain it over dinner", "talk and sketch on their whiteboard").
# A conversation carried over a line rather than in the room: telephone and video count as electronic transfers.
REMOTE_CALL = _p(
    *_OVER_A_LINE,
    r"\b(?:telephone|calls|teams|teleconferenc\w*|online (?:\w+ )?meeting|share (?:the|my|his|her|our) screen|webinar"
    r"|remote(?:ly)?)\b",
)

IN_PERSON = (
    r"(?i)\b(?:in person|face[- ]to[- ]face|by talking|purely (?:by )?(?:talking|orally|verbally)|orally|verbally|"
    r"(?:talk|talks|talking) (?:and|&) sketch|whiteboard|over (?:dinner|lunch|coffee)|dinner meeting|from memory"
    # a visit where the engineer shows the customer's people what he did: "show the port staff what he did"
    r"|show (?:the |their |our )?(?:[\w-]+ )?(?:staff|team|crew|operators|technicians|engineers|people|workers) (?:what|how))\b"
)

# The transfer asked about is itself the publication ("flip the repo to public", "post the paper on arXiv").
PUBLISHING_ACT = (
    r"(?i)\b(?:make|making|flip\w*|switch\w*|turn\w*|set\w*|open)\b[^.?]{0,70}\b(?:public|open[- ]source)\b"
    r"|\b(?:publish|post|upload|put|release)\w*\b[^.?]{0,40}\b(?:publicly|on (?:our |the )?(?:public|open) \w+|on (?:github|gitlab|arxiv|pypi|crates\.io|npm|hugging ?face)|under (?:an? )?(?:open[- ]source|apache|mit|gpl|bsd)\b)"
    r"|\bopen[- ]sourc(?:e|ing) (?:it|the|our)\b"
)

# The rest of a clause, stopping where "but", "only" or "just" turns back to what is there.
_REST_OF_CLAUSE = r"(?:(?!\b(?:but|only|just|except)\b)[^.;?!]){0,100}"

# Items said not to be sent ("no drawings, no specs").
NEGATED_ITEMS = (
    r"(?i)\b(?:no|not|nor|without|never|none of (?:the|our))\s+(?:[\w-]+\s+(?:or|and|nor)\s+)?(?:\w+\s+)?(?:drawings?|specs?|specifications?|source(?: code)?|design (?:data|files|documents|docs)|technical data|blueprints?|cad(?: files| models)?|schematics?|recipes?|documents?|files?|data|information|info|know-how)\b"
    # "nothing on design, build or maintenance", "nothing about how it works inside": the topics left out
    r"|\bnothing (?:on|about|regarding|covering) (?:the |its |our |how )?(?:[\w-]+(?:,\s*(?:or\s+|and\s+)?|\s+or\s+|\s+and\s+)){0,5}[\w-]+"
    # "the notes say nothing about how the die is designed or fabricated", "it does not cover how it is made":
    # the rest of the clause names what the document leaves out (up to a "but" that turns back to what it holds)
    rf"|\b(?:says?|said|contains?|includes?|covers?|shows?|reveals?|describes?|gives?|tells?)\s+nothing\s+(?:on|about|regarding|concerning|of)\b{_REST_OF_CLAUSE}"
    r"|\b(?:do|does|did|will|would)(?:\s+not|n'?t)\s+(?:say anything|cover|include|contain|describe|show|reveal|discuss|go into|explain|get into)"
    rf"\s+(?:anything\s+)?(?:about\s+|on\s+|regarding\s+)?how\b{_REST_OF_CLAUSE}"
    rf"|\b(?:nothing|never anything|not anything|no (?:information|details?|data|explanation))(?: in (?:it|them|there|the \w+))? (?:on|about|regarding|concerning|of) how\b{_REST_OF_CLAUSE}"
)

# A screening that found nothing ("screened clean", "no match", "no hit").
SCREENED_CLEAN = r"(?i)\bscreen\w*\b[^.]{0,120}\b(?:no (?:match|matches|hits?)|clean|cleared|negative|nothing (?:came up|found))\b|\b(?:no (?:match|hit)s?|clean) (?:against|on) the\b"

# Parts of a Member State that lie outside the Union's customs territory (Union Customs Code, Art. 4), so that
# technology sent there leaves it (EU 2021/821 Art. 2(2)); and places listed as countries of their own that lie
# inside it: Monaco, a non-member, and France's outermost regions, which are part of France (UCC Art. 4).
OUTSIDE_EU_CUSTOMS = ("Ceuta", "Melilla", "Büsingen", "Buesingen", "Busingen", "Heligoland", "Helgoland", "Livigno", "Campione d'Italia")
INSIDE_EU_CUSTOMS = (
    "Monaco",
    "French Guiana",
    "Guadeloupe",
    "Martinique",
    "Mayotte",
    "Réunion",
    "Saint Martin (French part)",
)

# Items only passing through the country on their way between two others, never released there: for the EU a
# "transit" (EU 2021/821 Art. 2(11)), not an export.
IN_TRANSIT = (
    r"(?i)(?<!\bnot )(?<!\bno )\b(?:(?:external )?transit (?:shed|zone|area|lounge|passenger|procedure|declaration|warehouse)"
    r"|(?<!\bdata )(?<!\bfiles )(?<!\btraffic )(?<!\brest and )(?<!\brest or )in (?:external )?transit\b(?! (?:and|or) at rest)|through (?:air )?waybill|\bT1 (?:parcel|shipment|procedure|transit|declaration)"
    r"|never (?:released|cleared) (?:for|into) (?:free circulation|the (?:EU|Union|country))"
    r"|chang(?:es|ing|e) planes? (?:at|in)|connecting flight|(?:airside )?layover (?:at|in))"
)

# "We checked it is not in Annex IV", "Annex IV: not there": the intra-EU licence list ruled out.
NOT_ANNEX_IV = (
    r"(?i)\b(?:not|isn'?t|is not) (?:in|on|listed in|part of|an?|covered by) (?:the )?Annex IV\b"
    r"|\bAnnex IV\b[^.;]{0,20}\b(?:not there|not in it|not listed|doesn'?t (?:list|cover) it|no match)\b"
)

# The writer's side only takes the technology in ("we only receive it, we send nothing back"): no export of theirs.
RECEIVING_ONLY = (
    r"(?i)\bwe (?:only|just|merely) (?:receive|get|take in|download)\b(?![^.;]{0,40}\b(?:and|then) (?:forward|send|pass|share|e-?mail|upload))"
    r"|\bonly (?:ever )?(?:on the )?receiv(?:e|es|ing)(?: end| side)?\b(?![^.;]{0,40}\b(?:and|then) (?:forward|send|pass|share))"
    r"|\bnothing (?:goes|is sent|gets sent|flows|leaves|will go|will be sent) (?:back|out)(?: again)?\b"
    r"|\bwe (?:send|return|share|pass on|transfer) nothing\b"
)

# Items the USML enumerates as such whatever their design details (22 CFR 121.1 Cat. II, IV, VI, VII, VIII,
# XII): naming one puts a U.S. question under the ITAR, not the EAR's default.
DEFENSE_ARTICLES = (
    r"(?i)(?<!anti-)\b(?:(?:air|surface|ship|ground)-to-(?:air|surface|ship|ground) missiles?|(?:guided|cruise|ballistic|tactical) missiles?"
    r"|missile (?:seekers?|guidance|launchers?|warheads?|airframes?)|(?:guided|glide|smart) bombs?|howitzers?|artillery|warheads?|torpedo(?:es)?|guided munitions?"
    r"|fire[- ]control (?:systems?|radars?|computers?)|infantry fighting vehicles?|main battle tanks?|warships?"
    r"|(?:fighter|attack|bomber) (?:jets?|aircraft)|military satellites?|(?:bomb|weapons?) (?:racks?|release)|rocket launchers?)\b"
)

# A part, drawing or system said to be made for a military platform: a 'specially designed' component on the
# Munitions List entry of that platform (WA ML10 aircraft, ML6 ground vehicles, ML9 vessels). Group 1 is the platform.
MILITARY_PLATFORM = (
    r"(?i)(?<!\bnot )(?<!\bnever )\b(?:specially |specifically |purpose[- ])?designed (?:for|to fit|into) (?:the |a |an |our |their )?"
    r"(?:[\w'-]+ ){0,2}?(?:military|army|navy|naval|air force|armou?red)(?:'s)? (?:[\w-]+ ){0,2}?"
    r"(aircraft|helicopters?|jets?|UAVs?|drones?|vehicles?|tanks?|ships?|vessels?|submarines?|frigates?)\b"
    r"|\b(aircraft|helicopters?|jets?|UAVs?|drones?|vehicles?|tanks?|ships?|vessels?|submarines?|frigates?)\b"
    r"(?: (?:that|which) (?:is|are|was|were))? (?:specially |specifically )(?:designed|built|developed) for (?:the |a |an |our |their )?"
    r"(?:[\w'-]+ ){0,3}?(?:military|army|armies|navy|navies|air force|air forces|armed forces)\b"
)
MILITARY_PLATFORM_ENTRY = {"aircraft": "WA ML10", "helicopter": "WA ML10", "jet": "WA ML10", "uav": "WA ML10",
                           "drone": "WA ML10", "vehicle": "WA ML6", "tank": "WA ML6", "ship": "WA ML9",
                           "vessel": "WA ML9", "submarine": "WA ML9", "frigate": "WA ML9"}  # fmt: skip

# Training armed forces ("train one of their infantry battalions", "an online course for officers of an army"): a
# defense service whatever data it uses (22 CFR 120.32(a)(3)) when the force is another country's. The extractor
# checks the words before the force name for a country, a demonym or "foreign".
ARMED_FORCES = (
    r"(?i)\b(?:army|armies|navy|navies|air force|armed forces|military (?:units?|forces|officers|personnel)|infantry"
    r"|battalions?|brigades?|regiments?|troops|soldiers|special forces|marines|commandos|coast guard|NCOs)\b"
)
MILITARY_TRAINING_ACT = (
    r"(?i)\b(?:train(?:s|ed|ing)?|teach\w*|instruct(?:s|ed|ing|ion|ors?)?|courses?|drills?|coach\w*|tactics)\b"
)

# Technology of U.S. origin held abroad ("US-origin 3E001 data", "the process our American supplier licensed
# to us", "development data from our US parent"): the EAR follows it (15 CFR 734.3(a)(2)), and passing it on
# abroad is a reexport or an in-country transfer (15 CFR 734.14, 734.16).
# The share of controlled U.S.-origin content stated for a foreign-made item or technology (15 CFR 734.4):
# "roughly 12% of its value comes from US-origin 3E001 technology", "the US controlled content is about 20%".
US_CONTENT_SENTENCE = (
    r"(?i)\b(?:U\.?S\.?|American|United States)(?:[- ]origin)?\b[^.;]{0,40}\b(?:content|technology|share|portion|value)\b"
    r"|\bde minimis\b"
)
PERCENT = r"(?i)(?<![\d.])(\d{1,3}(?:\.\d+)?)\s?(?:%|per ?cent\b)"
# The one-time report BIS needs before foreign technology may rely on de minimis (15 CFR 734.4(c)(3), (d)(3)).
DE_MINIMIS_REPORT = (
    r"(?i)(?<!\bnot )(?<!n't )(?<!\bnever )\b(?:filed|submitted|sent|lodged|made)\b (?:\w+ ){0,2}(?:one-time |one time )?"
    r"(?:de minimis )?report\b|\b(?:one-time|de minimis) report\b[^.;]{0,30}\b(?:is |was |has been )?(?:filed|submitted|on file|in)\b"
)

US_ORIGIN = (
    r"(?i)(?<!\bno )(?<!\bnot )(?<!without )(?<!\bzero )\b(?:U\.?S\.?|American)[- ](?:origin|sourced)\b(?! content:? (?:none|no|zero))"
    r"|\b(?:licen[cs]ed|received|obtained|got|acquired|bought|inherited|came) (?:\w+ ){0,3}from (?:our|the|a|an|its|their) "
    r"(?:U\.?S\.?|American|Texas|Californian?)(?: \w+)? (?:parent|supplier|licensor|partner|firm|company|customer|prime|group|vendor)\b"
    r"|\b(?:technology|data|know-how|drawings?|designs?|package|documents?|docs|documentation|specs?|specifications?|process"
    r"|source code|models?)\b[^.]{0,40}\bfrom (?:our|the|a|an) (?:U\.?S\.?|American|Texas|Californian?)(?: \w+)? "
    r"(?:parent|supplier|licensor|partner|firm|company|customer|prime|group|vendor)\b"
    r"|\b(?:U\.?S\.?|American) (?:parent|supplier|licensor|firm|company|prime|vendor) (?:\w+ ){0,3}(?:sent|gave|provided|licensed|shared|transferred|supplied)\b"
    # Held abroad under a BIS licence or an EAR licence exception: it was exported from the United States.
    r"|\b(?:received|hold|holds|held|got|obtained|exported to us|sent to us)\b[^.]{0,80}\bunder (?:a |an |the |our |their )?"
    r"(?:BIS licen[cs]e|EAR licen[cs]e|(?:License Exception |licen[cs]e exception )?(?:TSR|STA|TSU|ENC)\b)"
    # "our Singapore licensee (the licence covers 3E001)": the licence we hold the data under reaches them
    r"|\bour (?:[\w-]+ ){0,2}(?:sub-?)?licensees?\b"
    # "our subsidiary in Lyon holds a BIS license for our 9E001 technology"
    r"|\b(?:holds?|held|has|had|received|got|obtained)\b (?:a |an |the )?(?:BIS|EAR) licen[cs]e (?:for|covering) (?:our|the|its|their) (?:[\w-]+ ){0,3}(?:technology|data|know-how|software|source|\d[A-E]\d{3})"
)

# Evidence of U.S. citizenship strong enough to outweigh a label such as 'non-U.S. person' quoted from a form.
STRONG_US_PERSON = r"(?i)\b(?:U\.?S\.?|American) passport|\b(?:U\.?S\.?|American|United States) citizen by birth|\bcitizen of the (?:US|U\.S\.|United States)|\bUS-born\b"

# A bona fide permanent and regular employee of the releasing entity (15 CFR 734.20(b)-(c)), not a contractor,
# consultant or agency worker; "no agency" and "not a contractor" do not make one.
# The information is the same for controlled and uncontrolled items, or does nothing for the controlled
# performance: it is not "required" (peculiarly responsible) technology for the listed item (15 CFR 772.1, WA
# Definitions), so the entry does not catch it.
_UNCONTROLLED_ITEMS = r"(?:EAR99|civil|commercial|uncontrolled|non-controlled|unlisted|plain|ordinary|standard|all (?:our |the )?(?:\d+ )?(?:\w+ )?(?:types|products|lines|parts|boards|chips))"
NOT_REQUIRED = (
    r"(?i)\b(?:identical|the same|unchanged|common)\b[^.;]{0,50}?\b(?:for|to|as|across|with)\b[^.;]{0,50}?\b" + _UNCONTROLLED_ITEMS
    + r"|\b(?:identical|the same) for both\b"
    r"|\b(?:has|have|with) no (?:effect|influence|bearing) on (?:the )?(?:controlled |listed )?(?:performance|parameters?|characteristics?|specifications?|properties|hardness|accuracy)"
    r"|\bcontribut\w* nothing to\b|\b(?:does|do) not contribute to (?:the )?(?:controlled|listed)"
    r"|\bnot peculiarly responsible\b|\bnot ['\"‘“]?required['\"’”]? (?:technology|in the sense)"
    # "word for word the document we use for all our uncontrolled boards"
    r"|\bword for word\b[^.;]{0,60}?\b(?:for|across|with)\b[^.;]{0,30}?\b" + _UNCONTROLLED_ITEMS
)
# The recipient belongs to the exporter's own group (a subsidiary or sister company), as the EU's intra-group
# general authorisation (EU007) requires; a partner, customer or supplier does not.
INTRA_GROUP = (
    r"(?i)\b(?:our|its|the group's) (?:own |new |local |\w+ )?(?:(?:wholly[- ]owned |100 ?% )?subsidiar(?:y|ies)|daughter(?: company)?|sister(?: company| companies| shipyard| plant| site)?|group compan(?:y|ies)|affiliate)"
    r"|\bour wholly[- ]owned\b|\b100 ?% ours\b|\bintra-?group\b|\b(?:same|one) (?:corporate )?group\b"
)
# The order behind an intra-EU transfer of MTCR items in Annex IV Part I comes from a space agency or a
# national space programme (Annex IV exempts those transfers); "no ESA or ASI contract" is not one.
_SPACE_AGENCY = r"(?:ESA|European Space Agency|CNES|DLR|ASI|national space (?:agency|programme|program|organi[sz]ation))"
SPACE_AGENCY_ORDER = (
    rf"\b{_SPACE_AGENCY} (?:contract|order|programme|program|project|mission)"
    rf"|\b(?:contract|order)\b[^.;]{{0,40}}\b(?:placed|awarded|issued|signed)\b[^.;]{{0,20}}\b(?:by|with) (?:the )?{_SPACE_AGENCY}\b"
    rf"|\b(?:contractor|co-contractor|subcontractor|prime) (?:to|of|for|under) (?:the )?{_SPACE_AGENCY}\b"
    rf"|\b(?:contract|order|agreement) (?:with|from) (?:the )?{_SPACE_AGENCY}\b"
)
# "no ESA, DLR or ASI contract", "without a national space agency order": removed before SPACE_AGENCY_ORDER is read.
NEGATED_SPACE_AGENCY = (
    rf"(?i)\b(?:no|not|without|never|neither|nor)\s+(?:an?\s+|any\s+)?(?:{_SPACE_AGENCY}(?:\s*,\s*|\s+(?:or|nor|and)\s+)?)+"
    r"\s*(?:contract|order|programme|program|project|mission)s?\b"
)
PERMANENT_EMPLOYEE = (
    r"(?i)\b(?:permanent(?:ly)?,? (?:and regular |full[- ]time |open-ended |indefinite )?(?:employees?|employed|staff|hires?|contract|position|role|engineers?|scientists?)|(?:join|joins|joining|hired|employed|works?|working|stays?) (?:\w+ ){0,2}permanently"
    r"|full[- ]time (?:and )?(?:permanent )?(?:employee|staff|engineer|hire|position|contract)|regular (?:employees?|engineers?|staff)|bona fide"
    r"|direct(?:ly)? (?:hire|hired|employee|employed)|hired directly|own (?:direct )?employees?|on our payroll"
    r"|employment contract with us|(?:open-ended|indefinite|unlimited) (?:employment )?contract)\b"
)
# A foreign party the U.S. authorisation names: a signatory of a TAA or MLA, the licensee or end user of a DSP-5
# (22 CFR 126.18 lets such a party pass the data to its own dual and third-country national employees).
# "three engineers of our customer in Hanoi", "employees of the Vietnamese company": people who work for another
# organisation, here only to visit, live and work abroad (non-residents under JP FEFTA Art. 6).
VISITING_STAFF = (
    r"(?i)\b(?:engineers?|employees?|staff|technicians?|operators?|specialists?) (?:of|employed by|working for) (?:the |a |an |our |their )?"
    r"(?:[\w-]+ ){0,2}(?:customer|client|supplier|partner|licensee|company|firm|group|buyer|distributor)s?\b"
    r"|\b(?:customer|client|partner|buyer|licensee)(?:'s|s') (?:[\w-]+ )?(?:engineers|employees|staff|technicians|operators)\b"
)
FOREIGN_LICENSEE = (
    r"(?i)(?<!\bno )\b(?:(?:sub-?)?licensee|(?:foreign |TAA )?signatory|(?:licensed|approved|authori[sz]ed) (?:foreign )?(?:end[- ]user|consignee)"
    r"|end[- ]user on (?:an? |the |our )?(?:approved )?(?:DSP-5|licen[cs]e|TAA)"
    r"|(?:TAA|technical assistance agreement|manufacturing licen[cs]e agreement) with"
    r"|DSP-5 (?:[\w.-]+ ){0,8}?to (?:an? |the |our )?(?:[\w-]+ ){0,3}(?:firm|company|customer|partner|prime|subsidiary|integrator))\b"
)
# An entity abroad guarding against diversion (15 CFR 734.20(c)(4)-(5)): host-nation clearances, or screening staff
# for substantive contacts with D:5 countries under a technology security plan.
DIVERSION_SCREENING = (
    r"(?i)\bscreen\w*\b[^.?]{0,40}\b(?:substantive contacts|D:5 contacts|contacts with)\b"
    r"|\btechnology (?:security|control|clearance) plan\b|\b(?-i:TCP)\b|\bhost[- ]nation (?:security )?clearance\b"
)
NOT_AN_EMPLOYEE = (
    r"(?i)(?<!\bno )(?<!\bnot a )(?<!\bnot an )(?<!\bnot via )(?<!\bnot through )\b(?:contractors?|consultants?|consulting company|"
    r"agency (?:worker|staff|engineer)|temp(?:orary)? (?:worker|staff)|secondee|seconded|on (?:a )?mission|freelancer?)\b"
)

# The transfer is said to stay clear of a country or the EU: "nothing touches the UK", "it never passes through the
# EU", "I'm not in the UK". Group 1 is the place, as written.
_UNTOUCHED_VERB = r"(?:touch|go|pass|transit|rout|enter)\w*(?:\s+(?:through|via|into))?"
UNTOUCHED = (
    r"\b(?:(?i:nothing|none of (?:it|this|them|the \w+))\s+(?:\w+\s+)?" + _UNTOUCHED_VERB
    + r"|(?i:never|doesn'?t|does not|won'?t|will not|don'?t|do not)\s+(?:ever\s+)?" + _UNTOUCHED_VERB
    + r"|(?i:I'?m|I am|we'?re|we are)\s+not\s+(?:based\s+|located\s+|sitting\s+)?in)"
    + r"\s+(?:the\s+)?([A-Z](?:\w|\.(?=\w))*(?:\s[A-Z]\w*)?)"
    # "nobody in Germany sends or touches the files"
    + r"|\b(?i:nobody|no one|none of us) in (?:the\s+)?([A-Z](?:\w|\.(?=\w))*(?:\s[A-Z]\w*)?)\s+(?i:sends|touches|sees|handles|gets|opens|receives)\b"
)

# Arranging a deal between other countries: brokering reaches a country's nationals and residents even when nothing
# passes through it (EU 2021/821 Art. 6, UK trade controls, MY STA 2010 s. 11, JP FEFTA Art. 25(4)).
BROKERING = (
    r"(?i)\bbrok(?:er|ers|ering|erage)\b|\bintermediary trade\b"
    r"|\b(?:negotiat|arrang)\w*\b(?:\s+\w+){0,5}\s+(?:sale|sales|supply|deal|contract|purchase)\b"
    # "arranging for a Japanese maker to sell fibre to a buyer in the UAE", "as the middleman"
    r"|\barrang\w*\s+for\b(?:\s+[\w-]+){1,5}\s+to\s+(?:sell|supply|ship|deliver)\b|\b(?:middle-?man|go-between)\b"
)

# A fab producing advanced-node integrated circuits (15 CFR 744.6(c)(2), 772.1 "advanced-node integrated circuits"):
# a node named at 16/14 nm or below, FinFET or gate-all-around transistors, said of a fab or its logic chips.
ADVANCED_NODE = (
    r"(?i)\badvanced[- ]node\b|\b(?:FinFET|GAAFET|gate[- ]all[- ]around)\b"
    r"|\b(?:[2-9]|1[0-4]|16)\s?nm\b(?=[^.]{0,30}\b(?:logic|node|process|FinFET|chips?|ICs?|fab|foundry|production))"
)
FAB = r"(?i)\b(?:fab|fabs|foundry|foundries|wafer fab\w*|chipmaker|integrated circuits?|logic ICs?)\b"

# Overhaul and refurbishing go beyond the minimum installation, operation, maintenance (checking) and repair
# technology the GTN and ML22 Note 2 release with an authorised export.
# Hardware that is never 'specially designed', whatever its form or fit (22 CFR 120.41(b)(2); the EAR's
# definition in 15 CFR 772.1 releases the same): drawings or specs of such a part only. A bolt is left out: in a
# firearm it is the action's part, not a fastener.
_HARDWARE = r"(?:fasteners?|screws?|nut ?plates?|rivets?|(?:flat |lock |spring |thrust )washers?|washers|spacers?|grommets?|bushings?|(?:compression |extension |torsion |helical |return |coil )?springs|(?:compression|extension|torsion|helical|return|coil) spring|solder)"
STANDARD_HARDWARE = (
    r"(?i)\b(?:(?:drawings?|prints?|specs?|specifications?|dimensions|models?|RFQ)\b[^.?]{0,80}\b(?:for|of|on)|quote|quoting) (?:the |our |its |their |a |an )?(?:[\w'-]+ ){0,4}?"
    + _HARDWARE + r"\b|\b" + _HARDWARE + r"(?: and (?:[\w-]+ ){0,3}?" + _HARDWARE + r")?(?:'s)? (?:drawings?|prints?|specs?|specifications?)\b"
)
NOT_ONLY_HARDWARE = r"(?i)(?<!\bno )(?<!\bnot )(?<!\bwithout )\b(?:assembly (?:drawings?|views?)|(?:and|plus|also) (?:the )?(?:actuator|linkage|mechanism|system|housing)(?:'s)? (?:drawings?|design|data))\b"

OVERHAUL = r"(?i)\boverhaul\w*|\brefurbish\w*|\bre-?machin\w*|\brebuild\w*|\bdepot[- ]level\b"

