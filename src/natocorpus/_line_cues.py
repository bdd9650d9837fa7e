"""Generic cues: what a single line says about itself, before any context.

The vocabulary here is that of English news pages in general (navigation
phrases, calls to action, photo-credit conventions, byline and note
formulas). Outlet-specific additions live in the tables of a
:class:`~natocorpus.SourceParser` subclass. Every pattern is compiled once, here.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Iterable

import regex

from ._guard import REGEX_TIMEOUT


class Cue(enum.Enum):
    """What one line is, judged on its own words."""

    NAV = "nav"  # navigation or page furniture; may start the end-of-article run
    INTERSTITIAL = "interstitial"  # "Advertisement": boilerplate, never ends the article
    CTA = "cta"  # a call to action (subscribe, follow, join a channel)
    SECTION = "section"  # a section label such as "Analysis | World"
    END = "end"  # "keep reading", "More stories": the article is over
    DATE = "date"  # a dateline of the page, a timestamp of a live blog
    RELATED_HEAD = "related_head"  # "Related:" opening a list of links
    RELATED_ITEM = "related_item"  # "Read more: <headline>"
    BULLET = "bullet"  # a bulleted one-line item
    NOTE = "note"
    BYLINE = "byline"
    CREDIT = "credit"
    CAPTION = "caption"

    # Members are singletons: hash them by identity (in C) rather than by name (in Python),
    # as the layout looks cues up in sets for every block.
    __hash__ = object.__hash__


_F = regex.IGNORECASE | regex.VERSION1

_NAV = (
    # Skip links, maybe run together ("Skip to main contentSkip to navigation").
    r"(?:(?:skip (?:to (?:the )?(?:main )?(?:content|navigation|search|footer|menu)|"
    r"navigation)\s*){1,3}|"
    r"navigation|main menu|menu|search|home|live|"
    r"log ?in|sign ?in|sign ?up|register|subscribe(?: now)?|newsletters?|latest(?: news)?|"
    r"breaking(?: news)?|most (?:read|popular|viewed|shared)|trending(?: now)?|"
    r"share(?: this(?: article| story| page)?)?(?: on \w+)?|share\s*\d+|"
    r"print(?: this(?: article| page)?)?|"
    r"e-?mail|facebook|twitter|x|linkedin|whatsapp|telegram|reddit|instagram|youtube|"
    r"follow us(?: on .{1,30})?|comments?|\d+ comments?|view comments|leave a comment|"
    r"back to top|close|open|toggle(?: navigation| menu| caption)?|"
    # What a picture leaves in the text: "Image", "Hide caption", "View image in fullscreen".
    r"(?:image|photo|video|graphic)s?|(?:hide|show) caption|view (?:image|photo) in full ?screen|"
    r"enlarge (?:this )?(?:image|photo)|(?:show|hide|view) (?:all )?comments|"
    # The buttons and links of a cookie-consent banner.
    r"(?:accept|reject|decline|allow|refuse|deny)(?: all)?(?: (?:cookies|and (?:close|continue)))?|"
    r"(?:only |strictly )?(?:necessary|essential|required) cookies(?: only)?|"
    r"manage (?:(?:cookie |privacy |your )?(?:preferences|settings|cookies|consent|choices|"
    r"options))|customi[sz]e(?: (?:cookies|settings|choices))?|i (?:accept|agree|consent)|"
    r"agree(?: and (?:close|continue))?|got it|ok(?:ay)?|more options|cookies|"
    r"continue without (?:accepting|agreeing)|save (?:and (?:exit|close)|(?:my )?(?:preferences|"
    r"choices|settings))|confirm (?:my )?choices|show purposes|vendor list|learn more|"
    r"(?:cookie|privacy|consent) (?:settings|policy|preferences|notice|choices|options)|"
    r"(?:we (?:care about|value|respect) )?your privacy(?: choices| options| settings)?|"
    r"privacy (?:and|&) cookies|cookies? (?:on (?:this|our) (?:site|website)|consent|notice)|"
    r"(?:this|our) (?:site|website) uses cookies|do not sell(?: or share)? my personal "
    r"information|privacy policy|terms of (?:use|service)|"
    r"contact us|about us|all rights reserved|key events|show key events only|related topics|"
    r"reuse this content|link copied!?|"
    r"save articles? to read later.{0,80}|purchase licensing rights.{0,30}|.{1,80}, opens new tab|"
    r"listen(?: to this article)?|tags?(?::.{0,120})?|topics?(?::.{0,120})?|"
    r"filed under:?.{0,120}|\d+\s*min(?:ute)?s?\s+read|reading time:?.{0,20}|"
    r"comments?\s*\(\d+\)|copy link|save(?: article)?|bookmark|gift (?:this )?article|"
    r"enter your e-?mail(?: address)?|this (?:article|story) is more than .{1,20} old|"
    r"(?:©|\(c\)|copyright).{0,120}|[•·|/\\*~_=+><\u00bb\u00ab\u203a\u2039\u2013\u2014-]+)[.!:]?"
)
_INTERSTITIAL = (
    r"(?:advertisement(?:\s*[-|:\u2013\u2014]\s*(?:scroll (?:down )?to continue(?: reading)?|"
    r"(?:story|article) continues below|continue reading below))?|"
    r"advertising|ad|ad feedback|sponsored(?: content)?|promoted|"
    r"(?:story|article) continues (?:below|after (?:the )?(?:advertisement|ad))|"
    r"continue reading (?:below|the main story)|scroll (?:down )?to continue(?: reading)?|"
    r"(?:skip past |after )?newsletter promotion)"
    r"[.!:]?"
)
_END = (
    r"(?:(?:keep|continue) reading\s*(?:show (?:less|more))?|show (?:less|more)|read next|up next|"
    r"more (?:stories|articles|news|on this story|from .{1,40})|"
    r"you (?:may|might) (?:also )?(?:like|be interested in)|recommended(?: for you| stories)?|"
    r"(?:most )?popular (?:stories|articles|now)|what to read next|"
    r"other (?:stories|articles)|further reading|explore more on (?:these|this) topics?)[.!:]?"
)
_CTA = regex.compile(
    r"(?:subscribe|sign up|join|follow|download|donate|register|get (?:the|our)|"
    r"support (?:us|our)|like us|listen to|watch|click|become an? (?:member|subscriber|"
    r"supporter|patron|donor))\b(?!-)",
    _F,
)
#: What a call to action offers; a long line needs one of these to be a call to action.
_CTA_MEDIUM = regex.compile(
    r"\b(?:newsletters?|channel|telegram|whatsapp|podcasts?|app|inbox|coverage|"
    r"updates|round-?up|digest|briefing|social media|notifications|alerts|youtube|facebook|"
    r"twitter|instagram|tiktok|news ?feed|rss)\b",
    _F,
)
#: A plea for the reader's support, anywhere in a line: "please consider becoming a
#: member", "support our journalism", "donate now" ("us" and "our" in lower case: "support
#: US efforts" is news).
_PLEA = regex.compile(
    r"\b(?:consider\s+(?:becoming\s+an?\s+(?:paying\s+)?(?:member|subscriber|supporter|patron|"
    r"donor|friend)|subscribing|donating|supporting\s+(?-i:[uU]s)\b|"
    r"making\s+a\s+(?:donation|contribution|gift)|a\s+(?:donation|contribution|gift|subscription))|"
    # ("support us" alone may be a leader's plea to allies: "Our partners must support us.")
    r"(?:support|supporting|fund|back|sustain)\s+(?-i:[oO]ur)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:journalism|reporting|newsroom|coverage|journalists|reporters)\b|"
    r"donate\s+(?:now|today|here|to\s+(?-i:[uU]s)\b)|"
    r"become\s+an?\s+(?:paying\s+)?(?:member|subscriber|supporter|patron)\b(?!\s+of\b)|"
    r"subscribe\s+(?:now|today|to\s+(?-i:[oO]ur)\b))",
    _F,
)
#: A plea addresses the reader.
_TO_READER = regex.compile(r"\b(?:you|your|please)\b|\b(?-i:[uU]s|[oO]ur)\b", _F)
#: The words one of the asks of _PLEA holds (a line without any is not tried).
_PLEA_WORDS = ("consider", "support", "fund", "back", "sustain", "donate", "become", "subscribe")
#: Quotation marks: a plea quoted is news ('"Please donate now," the mayor said').
_QUOTE_MARKS = '"\u201c\u201d\u00ab\u00bb\u201e'
#: A sentence of a cookie-consent banner: cookies named with what a banner asks or says.
_CONSENT = regex.compile(
    r"\bcookies?\b.{0,200}?\b(?:consent|accept|agree|preferences|settings|privacy|"
    r"personali[sz]|your (?:device|browser|experience)|browsing|partners|analy[sz]e|"
    r"advertis|ads)|\b(?:consent|accept|agree|privacy|personali[sz]|partners|your device|"
    r"your experience|browsing)\b.{0,200}?\bcookies?\b",
    _F,
)
_SECTION = regex.compile(
    r"\p{L}[\p{L}&'\u2019. -]{0,30}?(?:\s+[|•·]\s+\p{L}[\p{L}&'\u2019. -]{0,30}?){1,12}|"
    r"\p{L}[\p{L} ]{0,60}(?:\s+[>\u203a\u00bb]\s+\p{L}[\p{L} ]{0,60}){1,8}",
    _F,
)
#: A line of the article's tags or topics: "Topics: Drones, Norway", "Explore more on
#: these topics: ...". The article is over (or never began).
_TAGS = regex.compile(
    r"(?:explore more on (?:these|this) topics?|more on (?:this|these) (?:story|topics?)|"
    r"related topics|topics?|tags?|tagged(?: with)?|filed under|categories|category)"
    r"\s*[:|\u2013\u2014-]\s*\S[^\r\n]{0,400}",
    _F,
)
_TAGS_LEADS = ("explore more", "more on th", "related topics", "topic", "tag", "filed", "categor")
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
_TIME = (
    r"\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.))?"
    r"(?:\s*(?:[a-z]{2,4}(?:[+-]\d{1,2}(?::?\d{2})?)?|local time))?"
)
_DAY_DATE = (
    rf"(?:{_WEEKDAY},?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?(?:\s+\d{{4}})?|"
    rf"{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?(?:\s+\d{{4}})?|\d{{4}}-\d{{2}}-\d{{2}}|"
    rf"\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|\d{{1,2}}\.\d{{1,2}}\.\d{{4}})"
)
_ONE_DATE = (
    r"(?:(?:published|updated|posted|last (?:updated|modified)|first published|"
    r"(?:first )?(?:broadcast|aired|transmitted)|recorded|created|modified|date)"
    r"\s*:?\s*(?:on\s+)?)?"
    rf"(?:{_DAY_DATE}(?:\s*(?:[,|/•·\u2013-]|at)?\s*{_TIME})?|{_TIME}(?:\s*(?:[,|/•·\u2013-]|on)?\s*"
    rf"{_DAY_DATE})?|"
    # "3 hours ago", "4m ago", "2h ago".
    r"\d+(?:\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)|\s*[smhdw])\s+ago|"
    r"(?:just now|yesterday|today))"
)
#: One date, or two ("Published 14 March 2026 | Updated 3 hours ago"), maybe a reading time.
_DATE = (
    rf"{_ONE_DATE}(?:\s*(?:[,;|•·]|and)?\s*{_ONE_DATE})?"
    r"\s*[|.]?(?:\s*[|•·]?\s*\d+\s*min(?:ute)?s?\s+read)?"
)
#: What the date patterns know of month names: each begins with one of these.
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
#: What may follow the last letters of a date at the end of a line.
_DATE_END_MARKS = "|.,\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f "
#: The words a date may end with, besides month names.
_DATE_END_WORDS = frozenset(["st", "nd", "rd", "th", "am", "pm", "m", "time", "ago", "now", "read"])
#: How a date line _DATED matches may open (case-folded), besides with a digit: a label, a
#: weekday, a month or a word of a recent time.
_DATED_OPENINGS = (
    *("published", "updated", "posted", "last", "first", "broadcast", "aired"),
    *("transmitted", "recorded", "created", "modified", "date"),
    *("mon", "tue", "wed", "thu", "fri", "sat", "sun"),
    *_MONTH_STEMS,
    *("just", "yesterday", "today"),
)
#: The marks between a presenter's name and the date (_NAME_DATE).
_NAME_DATE_MARKS = "|,\u00b7\u2022\u2013\u2014-"
#: The presenter and the date of a programme: "Rolf Aune | 12 November 2026",
#: "With Rolf Aune, 12 November 2026", "Presenter Rolf Aune, 12 November 2026".
_NAME_DATE = regex.compile(
    r"(?:(?:(?i:with|presenter|host|interviewer)\s*:?\s+)"
    r"(?P<name>\p{Lu}\p{L}+(?:\s+\p{Lu}[\p{L}'\u2019-]+){1,2})|"
    # Without a lead word, a name of two words as names are written ("Rolf Aune").
    r"(?P<name>\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}[\p{L}'\u2019-]*))"
    rf"\s*[|,\u00b7\u2022\u2013\u2014-]\s*(?i:{_DATE})",
    regex.VERSION1,
)
#: A short line that opens with a full date ("June 3, 2025 2:15 PM UTC Updated ago").
_DATE_LEAD = regex.compile(
    rf"(?:{_WEEKDAY},?\s+)?(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}})"
    r".{0,60}",
    _F,
)
_RELATED_HEAD = (
    r"(?:related(?: (?:articles?|stories|story|coverage|content|posts|reading|links|news))?|"
    r"read also|also read|see also|read more(?: on this| about this)?|more on this(?: topic)?|"
    r"further reading on this)\s*:?"
)
#: The short lines that are page furniture, in order of precedence: one named
#: alternative each, tried in a single call.
#: A date's label on a line of its own, the date on the next: "Updated", "Published:".
_DATE_LABEL = r"(?:(?:last |first )?(?:published|updated|modified|posted)(?: on| at)?)\s*:?"
_SHORT = regex.compile(
    rf"(?P<interstitial>{_INTERSTITIAL})|(?P<end>{_END})|(?P<nav>{_NAV})|"
    rf"(?P<related_head>{_RELATED_HEAD})|(?P<date>{_DATE_LABEL})",
    _F,
)
#: Short lines with a date, tried after the other short lines, and only on lines with a
#: digit or a "now", "today" or "yesterday" (keeps the common call small), in one call:
#: a date line, a line of at most eight words opening with a full date, or a
#: presenter-and-date line.
_DATED = regex.compile(
    rf"(?P<date>(?i:{_DATE}))|(?P<lead>(?=\S+(?:\s+\S+){{0,7}}\Z)(?i:{_DATE_LEAD.pattern}))|"
    rf"(?P<byline>{_NAME_DATE.pattern})",
    regex.VERSION1,
)
#: How the lines _SHORT matches open (case-folded), when they open with a letter: each
#: of its alternatives begins with one of these. Only a link "..., opens new tab" may
#: open otherwise.
_SHORT_LEADS = (
    "about us",
    "accept",
    "ad",
    "after newsletter",
    "agree",
    "all rights",
    "allow",
    "also read",
    "article continue",
    "back to top",
    "bookmark",
    "breaking",
    "close",
    "comment",
    "confirm",
    "consent",
    "contact us",
    "continue",
    "cookie",
    "copy link",
    "copyright",
    "customi",
    "decline",
    "deny",
    "do not sell",
    "e-",
    "email",
    "enlarge",
    "enter your",
    "essential",
    "explore more",
    "facebook",
    "filed under",
    "first published",
    "first updated",
    "first modified",
    "first posted",
    "follow us",
    "further reading",
    "gift",
    "got it",
    "graphic",
    "hide",
    "home",
    "i accept",
    "i agree",
    "i consent",
    "image",
    "instagram",
    "keep reading",
    "key events",
    "last modified",
    "last posted",
    "last published",
    "last updated",
    "latest",
    "learn more",
    "leave a comment",
    "link copied",
    "linkedin",
    "listen",
    "live",
    "log in",
    "login",
    "main menu",
    "manage",
    "menu",
    "modified",
    "more articles",
    "more from ",
    "more news",
    "more on this",
    "more options",
    "more stories",
    "most popular",
    "most read",
    "most shared",
    "most viewed",
    "navigation",
    "necessary",
    "newsletter",
    "ok",
    "only essential",
    "only necessary",
    "only required",
    "open",
    "other articles",
    "other stories",
    "our site",
    "our website",
    "photo",
    "popular",
    "posted",
    "print",
    "privacy",
    "promoted",
    "published",
    "purchase",
    "read also",
    "read more",
    "read next",
    "reading time",
    "recommended",
    "reddit",
    "refuse",
    "register",
    "reject",
    "related",
    "required",
    "reuse",
    "save",
    "scroll",
    "search",
    "see also",
    "share",
    "show ",
    "show key events",
    "show less",
    "show more",
    "show purposes",
    "sign in",
    "sign up",
    "signin",
    "signup",
    "skip navigation",
    "skip past",
    "skip to",
    "sponsored",
    "story continue",
    "strictly essential",
    "strictly necessary",
    "strictly required",
    "subscribe",
    "tag",
    "telegram",
    "terms of",
    "this article",
    "this site",
    "this story",
    "this website",
    "toggle",
    "topic",
    "trending",
    "twitter",
    "up next",
    "updated",
    "vendor",
    "video",
    "view",
    "view comments",
    "we care about",
    "we respect",
    "we value",
    "what to read",
    "whatsapp",
    "x",
    "you may",
    "you might",
    "your privacy",
    "youtube",
)


def _by_first(openings: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """*openings* grouped by their first character (a line is tested against one group)."""
    grouped: dict[str, tuple[str, ...]] = {}
    for opening in openings:
        grouped[opening[0]] = (*grouped.get(opening[0], ()), opening)
    return grouped


#: The marks a line of nothing but marks is made of ("\u2022", "|", "/", ...).
_SHORT_MARKS = "\u2022\u00b7|/\\*~_=+><\u00bb\u00ab\u203a\u2039\u2013\u2014-"
_SHORT_LEADS_BY_LETTER = _by_first(_SHORT_LEADS)
#: How the lines _SHORT matches open (case-folded) when they hold a "|", or a ":" before
#: their last character, and open with a letter: only these alternatives take any text
#: ("Tags: ...", "More from ..."); the others are fixed words with at most a final mark.
_SHORT_WILD_LEADS_BY_LETTER = _by_first(
    (
        "advertisement",
        "copyright",
        "filed under",
        "follow us",
        "more from ",
        "purchase licensing",
        "reading time",
        "save article",
        "tag",
        "this article",
        "this story",
        "topic",
    )
)
_DATED_OPENINGS_BY_FIRST = _by_first(_DATED_OPENINGS)
_SHORT_CUES = {
    "interstitial": Cue.INTERSTITIAL,
    "end": Cue.END,
    "nav": Cue.NAV,
    "related_head": Cue.RELATED_HEAD,
    "date": Cue.DATE,
}
_RELATED_ITEM = regex.compile(
    r"(?:related|read (?:also|more|next)|also read|see also|more on this|"
    r"watch|listen)\s*[:|\u2013\u2014-]\s*\S.{0,200}",
    _F,
)
_BULLET = regex.compile(r"[-*•·\u2013\u2014▪►]\s+\S.*", _F)
#: Where a sentence ends inside a line: a full stop after a word of two lower-case letters
#: or a digit (not "Mr.", "U.S."), or a question or exclamation mark, maybe closing
#: marks, then (looked ahead) a capital after white space. A match ends where the next
#: sentence's white space begins.
SENTENCE_BREAK = regex.compile(
    r"(?:(?<=\p{Ll}\p{Ll}|\d)\.|[!?])[\"\u201d\u2019)]?(?=\s+[\"\u201c\u2018(]?\p{Lu})"
)
#: What a biography says its subject is (a post, a profession).
BIO_NOUNS = (
    r"(?:fellow|professor|researcher|analyst|journalist|correspondent|editor|director|author|"
    r"lecturer|reporter|writer|scholar|advis[eo]r|expert|columnist|contributor|founder|chair|"
    r"ambassador|diplomat|officer|head|member|student|candidate|commentator|historian|"
    r"economist)s?"
)
#: Note formulas, matched in a line's first sentence (:func:`_first_sentence_end`): those
#: that may follow a few words of their sentence (its subject: "Ana Kovac in Kyiv
#: contributed reporting") must not follow the end of a sentence, where they end a
#: paragraph of the body ("... spoke to the Courier. The interview has been edited for
#: length.").
_NOTE = regex.compile(
    r"(?:please note\b|notes? from the (?:author|editor)s?\b|"
    r"(?:abridged |machine )?translat(?:ed|ion) (?:by|from)\b|"
    r"(?:editor['\u2019]?s? ?note|note|disclaimer|correction|clarification|disclosure)"
    r"\s*[:.\u2013\u2014]|"
    # A dated correction: "Correction, April 3: ...", "Clarification (2 May 2026): ...".
    r"(?:correction|clarification)(?:\s*,\s*[^:;\d\r\n]{0,20}\d[^:;\r\n]{0,12}|"
    r"\s*\([^()\r\n]{1,30}\))\s*[:.\u2013\u2014]\s|"
    # "An earlier version of this article misstated ...", "A version of this article
    # appears in print on ...".
    r"an earlier version of (?:this|the) (?:article|story|report|piece)\b|"
    r"a version of this (?:article|story) (?:appears|appeared|ran)\b|"
    r"update\s*[:.]\s*(?:this|the) (?:article|story|piece|interview)\b|"
    r"\(?(?:as delivered|check against delivery|unofficial translation)\)?\s*$|"
    r"this (?:article|story|interview|piece|transcript|conversation|op-ed|commentary|essay) "
    r"(?:was|has been|is) (?:updated|corrected|amended|translated|edited|condensed|"
    r"originally|republished|reprinted|produced|published)|"
    r"(?:the )?(?:views|opinions) expressed (?:in this|here|are)\b|"
    # The formulas below may follow a few words of their sentence (its subject).
    r".{0,200}\breprinted with permission\b|originally (?:published|appeared)\b|"
    # "This article originally appeared in X"; "the story" or "the post" that originally
    # appeared somewhere is news ("The post, which originally appeared on Telegram, ...").
    r"(?:this (?:article|story|interview|piece|op-ed|commentary|analysis|essay|post)|"
    r"the (?:article|interview|piece|op-ed|commentary|essay))\b"
    r".{0,80}\boriginally (?:published|appeared|ran)\b|"
    # "X contributed to this report." (the formula ends its sentence: "... contributed to
    # the report, which ..." is news).
    r".{0,200}\bcontributed (?:to )?(?:this|the) (?:report|story|article)"
    r"(?=\s*(?:[.;]|\Z))|"
    # "Ana Kovac contributed reporting.", "... contributed reporting from Kyiv."
    r".{0,200}\bcontributed (?:additional )?reporting"
    r"(?:\s+(?:from|in)\s+[^.\r\n]{1,60})?(?:\.|\s*\Z)|"
    r".{0,200}\bedited for (?:length|clarity|brevity)\b|"
    # A wire story's credits: "(Reporting by X; Editing by Y)".
    r"\((?:additional )?(?:reporting|writing|editing|research) by\b[^()\r\n]{1,300}\)\s*\Z|"
    r"(?:additional )?(?:reporting|writing) by\b[^;\r\n]{1,150};\s*(?:additional reporting|"
    r"editing|writing|reporting|research|graphics) by\b|"
    # How the figures were made: "Methodology: ...", "About the data: ...".
    r"(?:methodology|acknowledge?ments|about the authors?|"
    r"about (?:the|this|our) (?:data|survey|poll|research|figures|methodology)|"
    r"how we (?:did|counted|compiled|calculated|collected) (?:it|this|the (?:data|figures))|"
    r"a note on (?:methodology|the data|sources)|data and methods?)\s*[:.]|"
    # The author's biography: "The author is a researcher at ...", "The author was
    # ambassador to NATO" (not "The author was detained in Moscow").
    rf"the (?:author|writer)s? (?:is|are|was|were)\s.{{0,200}}?\b{BIO_NOUNS}\b)",
    _F,
)
_DOC_META_LEADS = (
    "full ",
    "transcript",
    "live",
    "as it happened",
    "press release",
    "speech",
    "statement",
    "communiq",
    "q",
    "fact",
)
#: A line saying what kind of document the page is, with its place or time:
#: "Transcript | City | 2 May 2026", "Live updates | Last updated 10:15".
_DOC_META = regex.compile(
    r"(?:full )?(?:transcript|live(?: updates| blog| coverage| report)?|as it happened|"
    r"press release|speech|statement|communiqu[e\u00e9]|q ?& ?a|fact ?sheet)"
    r"(?:\s+[|\u2022\u00b7]\s+[^|\u2022\u00b7\r\n]{1,60}){1,4}",
    _F,
)
#: A footnote at the foot of the article: "[1] Figures from the audit office, 2025."
_FOOTNOTE = regex.compile(
    r"\[\d{1,3}\]\s*\S|[\u00b9\u00b2\u00b3\u2070-\u2079]+\s*\S|"
    # "*The author thanks ...": an asterisked note (a bullet has a space after the mark).
    r"\*\p{Lu}\p{Ll}*\s+\S.{8,}"
)
_FOOTNOTE_MARKS = "[*\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"
#: Labels over the notes at the foot of an article.
_NOTES_LABELS = frozenset(
    [
        "notes",
        "footnotes",
        "endnotes",
        "references",
        "sources",
        "sources and notes",
        "note",
        "about the author",
        "about the authors",
        "acknowledgements",
        "acknowledgments",
    ]
)
#: A footnote marker closing a sentence: "... the war.[1]"
_REF_MARK = regex.compile(r"(?:\[\d{1,3}\]|[\u00b9\u00b2\u00b3\u2070-\u2079]+)+\Z")
_SOURCE = regex.compile(r"source\s*:\s*(?P<name>\S[^\r\n]{0,80}?)[.]?\s*\Z", _F)
_PUBLISHER = regex.compile(
    r"\boriginally (?:published|appeared|ran) (?:by|in|on|at) (?P<name>.{2,80}?)"
    r"(?:,|;|\.(?:\s|\Z)|\s+and\s+(?:is|has|was)\b|\s+on\s+\p{Lu}|\s*\Z)",
    _F,
)
_NAME = (
    r"\p{Lu}[\p{L}'\u2019.-]*"
    r"(?:\s+(?:\p{Lu}[\p{L}'\u2019.-]*|de|van|von|der|den|al|el|bin|da|di|le|la|du))*"
)
_BYLINE = regex.compile(
    rf"(?i:by(?:\s*:)?|(?:interview|interviewed|reporting|reported|written|words|text|story|compiled|"
    rf"edited|analysis|commentary|presented|hosted) by(?:\s*:)?|(?:presenter|host|interviewer)\s*:)"
    rf"\s+(?P<name>{_NAME}(?:(?:\s+and\s+|\s*&\s*|,\s+)"
    rf"{_NAME})*)(?P<tail>\s*(?:[,;|\u00b7\u2022\u2013\u2014-]|\bin\b).{{0,160}})?",
    regex.VERSION1,
)
_BYLINE_LEAD = regex.compile(
    r"(?:by(?:\s*:)?|(?:interview|interviewed|reporting|reported|written|words|text|story|compiled|"
    r"edited|analysis|commentary|presented|hosted) by(?:\s*:)?|"
    r"(?:presenter|host|interviewer)\s*:)\s",
    _F,
)
_CREDIT = regex.compile(
    r"(?:(?:(?:top |main |featured |header |lead )?(?:image|photo|picture|photograph|video|"
    r"illustration|graphic)s?(?: credits?)?\s*[:|\u2013\u2014]|"
    r"(?:photo(?:graph)?s?|images?|pictures?) by(?=\s*(?P<maker>[^\r\n]{1,400}))|"
    r"(?:image|photo|picture|video) source\s*[,:]|"
    r"credits?\s*(?::|\.{2,3}|\u2026)|(?:(?:photo|image|picture)s?\s+)?courtesy(?: of)?\s"
    r"(?=(?:\S+\s+){0,7}\S+\Z))\s*\S.{0,400}|"
    r"\(?(?:getty images|afp via getty images|shutterstock|reuters|ap photo|"
    r"associated press|epa|afp|anadolu|tass|dpa|ria novosti)(?:\s*/\s*[^()\r\n]{1,60})?\)?)",
    _F,
)
#: "Name / Agency / Agency": short capitalised segments divided by slashes.
_CREDIT_SLASH = regex.compile(
    r"\p{Lu}[\p{L}.'\u2019&-]*(?:\s+\p{L}[\p{L}.'\u2019&-]*){0,4}"
    r"(?:\s*/\s*\p{Lu}[\p{L}.'\u2019&-]*(?:\s+\p{L}[\p{L}.'\u2019&-]*){0,4}){1,4}",
    regex.VERSION1,
)
#: A caption that ends with its credit in brackets: "... (Agency/Photographer)".
_CAPTION_CREDIT = regex.compile(
    r".{3,600}?\s\((?:[^()\r\n]{1,80}/[^()\r\n]{1,80}|(?:photo|image|picture|credit|"
    r"file photo|screenshot|illustration)\b[^()\r\n]{0,80}|[^()\r\n]{0,60}\b(?:photo|"
    r"images?|pictures?|press service|handout|via [^()\r\n]{1,40})\b[^()\r\n]{0,60})\)",
    _F,
)
#: A caption announced as one: "Image caption, ...", "Pictured: ...", "... Photo: Name".
_CAPTION_LEAD = regex.compile(
    r"(?:(?:image|photo|media|video) caption\s*[,:]|(?:pictured|above|top|main image|"
    r"from left|left to right)\s*:)\s*\S.{0,400}|"
    r"[^\r\n]{3,400}?[.,;]\s+(?:photo(?:graph)?|image|picture)s?\s*"
    r"(?:by\s+(?P<maker>[^.\r\n]{2,80})|:\s*[^.\r\n]{2,80})\.?",
    _F,
)
_CREDIT_WORD = r"\p{Lu}[\p{L}.'\u2019&-]*"
#: One part of such a credit: capitalised words ("Ana Kovac", "AFP via Getty Images"), or
#: an agency written in lower case ("dpa", "picture alliance").
_CREDIT_PART = (
    rf"(?:{_CREDIT_WORD}(?:\s+(?:(?:via|for|de|van|von|der|al|el|da|di|du|la|le)\s+)?"
    rf"{_CREDIT_WORD}){{0,4}}|\p{{Ll}}{{2,12}}(?:\s+\p{{Ll}}{{2,12}})?)"
)
#: A caption whose credit follows its last sentence: "... in Kyiv. REUTERS/Ana Kovac",
#: "... in Kyiv. Ana Kovac/AFP via Getty Images", "... in Kyiv.Credit...Ana Kovac".
_CAPTION_TAIL = regex.compile(
    r"[^\r\n]{3,400}?[.!?\u2019\u201d\"](?:\s*(?i:credit)\s*(?:\.{2,3}|\u2026|:)\s*\S[^\r\n]{1,80}|"
    rf"\s+(?:\u00a9\s*)?{_CREDIT_WORD}(?:\s+{_CREDIT_WORD}){{0,4}}(?:\s*/\s*{_CREDIT_PART}){{1,3}}"
    r"(?<!\.))",
    regex.VERSION1,
)
#: A copyright line with its reservation of rights, however long.
_COPYRIGHT = regex.compile(
    r"(?:\u00a9|\(c\)|copyright)[^\r\n]{0,200}?\ball rights reserved\b[^\r\n]{0,400}", _F
)
#: A descriptive picture line: people "during the interview", "at the summit", "(left)".
_CAPTION_SCENE = regex.compile(
    r".{3,200}?(?:\bduring (?:the|a|an|his|her|their) (?:interview|"
    r"meeting|press conference|news conference|summit|visit|ceremony|talks|event|briefing|"
    r"session|rally|parade|signing|debate|hearing)\b.{0,120}|\((?:left|right|centre|center|"
    r"second (?:from )?(?:left|right)|l|r|c)\).{0,200})",
    _F,
)

_ODD_SPACE = regex.compile(r"[^\S\r\n ]")


def holds_any(text: str, needles: Iterable[str]) -> bool:
    """Whether *text* holds any of *needles* (a plain loop: any() over a generator costs
    several times more, and this runs for every line).

    >>> holds_any("Published 2 May", "0123456789"), holds_any("Published", ("May", "June"))
    (True, False)
    """
    for needle in needles:  # noqa: SIM110 (the loop is the point)
        if needle in text:
            return True
    return False


def plain_spaces(text: str) -> str:
    """*text* with every odd space (no-break, thin, tab) made a plain space; same length.

    >>> plain_spaces("originally\u00a0published")
    'originally published'
    """
    # The common cases without a regex call: no odd space is printable (a test checks it).
    if text.isprintable() or (text.isascii() and not holds_any(text, "\t\x0b\x0c")):
        return text
    # The no-break space, the common odd space, without one either.
    plain = text.replace("\u00a0", " ")
    if plain.isprintable():
        return plain
    return _ODD_SPACE.sub(" ", text, timeout=REGEX_TIMEOUT)


#: What may close a sentence after its final mark: quotation marks, brackets.
_CLOSERS = "\"'\u201d\u2019\u00bb)]"
_FINAL_MARKS = ".!?\u2026"
_SUPERSCRIPTS = "\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"


def word_count(text: str) -> int:
    """The number of white-space separated words of *text*.

    >>> word_count("  Allies  met\ton Monday. ")
    4
    """
    return len(text.split())


def ends_sentence(text: str) -> bool:
    """Whether *text* ends with terminal punctuation (maybe inside closing marks).

    >>> ends_sentence("He said so.\u201d"), ends_sentence("A headline")
    (True, False)
    """
    last = text.rstrip(_CLOSERS)[-1:]
    if last and last in _FINAL_MARKS:
        return True
    if text.endswith("]") or (last and last in _SUPERSCRIPTS):
        # A footnote marker after the full stop: "... the war.[1]"
        m = _REF_MARK.search(text[-40:], timeout=REGEX_TIMEOUT)
        if m is not None:
            last = text[: len(text) - len(m.group())].rstrip(_CLOSERS)[-1:]
            return bool(last) and last in _FINAL_MARKS
    return False


def _full(pattern: regex.Pattern[str], text: str) -> bool:
    return pattern.fullmatch(text, timeout=REGEX_TIMEOUT) is not None


#: The lower-case words a credit naming who took a picture may hold besides names
#: ("Photo by Ana Kovac for the Example Times", "Photographs by the author, courtesy of
#: the press service").
_CREDIT_LOWER_WORDS = frozenset(
    [
        *("the", "a", "an", "of", "for", "and", "via", "from", "at", "in", "on", "with"),
        *("de", "van", "von", "der", "den", "al", "el", "da", "di", "du", "la", "le", "by"),
        *("courtesy", "staff", "photographer", "author", "handout", "press", "service"),
        *("file", "archive", "agency", "permission", "photo", "photos", "images"),
    ]
)
#: A picture's maker named in a credit holds at most this many other lower-case words:
#: more, and the line is a sentence about pictures ("Images by Maxar showed four craters").
_CREDIT_LOWER_MAX = 2


def _credit_match(pattern: regex.Pattern[str], text: str) -> bool:
    """Whether *pattern* matches the whole of *text* as a credit: a maker named after
    "Photo by" (group ``maker``) must read as a name, not as the rest of a sentence."""
    m = pattern.fullmatch(text, timeout=REGEX_TIMEOUT)
    if m is None:
        return False
    maker = m.group("maker")
    if not maker:
        return True
    lower = 0
    for word in maker.split():
        if word[:1].islower() and word.strip(",;.:").lower() not in _CREDIT_LOWER_WORDS:
            lower += 1
            if lower > _CREDIT_LOWER_MAX:
                return False
    return True


# Cheap tests run before each pattern: the words or marks a line must hold for the
# pattern to have any chance. They only save time; the patterns decide.
#: How a note may open (most note formulas stand at the start of the line) ...
_NOTE_LEADS = (
    "please note",
    "note",
    "translat",
    "abridged",
    "machine",
    "editor",
    "disclaimer",
    "correction",
    "clarification",
    "disclosure",
    "update",
    "(",
    "as delivered",
    "check against",
    "unofficial",
    "views",
    "opinions",
    "originally",
    "additional",
    "reporting",
    "writing",
    "methodology",
    "about ",
    "how we",
    "a note",
    "data and",
    "acknowledg",
    "an earlier version",
    "a version of",
)
#: ... ("This article was ...", "The views expressed ...", "The author is ..."; a line
#: that is not ASCII gets a looser test, as the patterns match a few non-ASCII letters,
#: such as "\u0130", to ASCII ones) ...
_NOTE_THE_LEADS = tuple(
    f"{determiner} {noun}"
    for determiner in ("the", "this")
    for noun in (
        "article",
        "story",
        "interview",
        "piece",
        "transcript",
        "conversation",
        "op-ed",
        "commentary",
        "essay",
        "analysis",
        "post",
        "views",
        "opinions",
        "author",
        "writer",
    )
)
#: (... and the words of the formulas that may stand anywhere in it are tested in
#: :func:`plain_cue_of`: "reprinted", "contributed", "edited for", "originally".)
_RELATED_ITEM_LEADS = (
    "related",
    "read ",
    "also read",
    "see also",
    "more on this",
    "watch",
    "listen",
)
_CTA_LEADS = (
    "subscribe",
    "sign up",
    "join",
    "follow",
    "download",
    "donate",
    "register",
    "get the",
    "get our",
    "support us",
    "support our",
    "like us",
    "listen to",
    "watch",
    "click",
    "become a",
)
_BYLINE_LEADS = (
    "by",
    "interview",
    "reporting",
    "reported",
    "written",
    "words",
    "text",
    "story",
    "compiled",
    "edited",
    "analysis",
    "commentary",
    "presente",
    "host",
    "interviewer",
)
_CREDIT_LEADS = (
    "top ",
    "main ",
    "featured ",
    "header ",
    "lead ",
    "image",
    "photo",
    "picture",
    "video",
    "illustration",
    "graphic",
    "credit",
    "courtesy",
    "getty images",
    "afp",
    "shutterstock",
    "reuters",
    "ap photo",
    "associated press",
    "epa",
    "anadolu",
    "tass",
    "dpa",
    "ria novosti",
)
_CAPTION_LEADS = (
    "image caption",
    "photo caption",
    "media caption",
    "video caption",
    "pictured",
    "above",
    "top",
    "main image",
    "from left",
    "left to right",
)
#: No cue applies to a block of more words than this (credits, the longest, stop at 80).
MAX_CUED_WORDS = 80
#: Every opening the tests of a line's first words look for, by first character: a line
#: opening with none of them skips those tests at once.
_OPENINGS_BY_FIRST = _by_first(
    (
        *_TAGS_LEADS,
        *_NOTE_LEADS,
        *_NOTE_THE_LEADS,
        "source",
        *_DOC_META_LEADS,
        *_RELATED_ITEM_LEADS,
        *_CTA_LEADS,
        *_BYLINE_LEADS,
        *_CREDIT_LEADS,
        *_CAPTION_LEADS,
    )
)
#: The opening of a line its first words are looked for in.
_HEAD = 40
_SECTION_MARKS = "|\u2022\u00b7>\u203a\u00bb"
#: Characters no section label holds (its words are letters, ', &, . and -): a line with
#: one is not tried (the pattern is slow to fail on such lines).
_NOT_IN_SECTION = '0123456789,:;()!?"/'
#: Characters no "Name / Agency" credit holds (_CREDIT_SLASH: letters, spaces, slashes and
#: . ' \u2019 & - only).
_NOT_IN_CREDIT_SLASH = '0123456789,:;()!?"'
_BULLET_MARKS = "-*\u2022\u00b7\u2013\u2014\u25aa\u25ba"


def _has_digit(text: str) -> bool:
    return holds_any(text, "0123456789")


def _fold(text: str) -> str:
    """*text* case-folded so that every letter the patterns match to an ASCII letter when
    ignoring case becomes that letter ("\u017f" is "s", "\u212a" is "k", "\u0130" is "i")."""
    return text.casefold().replace("i\u0307", "i")


def _short_lead(text: str, folded: str | None = None) -> bool:
    """Whether a short *text* may be one of the lines _SHORT matches, judged on how it opens
    (*folded*: its first :data:`_HEAD` characters passed through :func:`_fold`, if known).

    >>> _short_lead("Share this article"), _short_lead("Allies agree new plan")
    (True, False)
    >>> _short_lead("\u2022\u2022\u2022"), _short_lead("\u2022 Allies agree new plan")
    (True, False)
    """
    if "tab" in text[-4:].lower():
        return True  # "..., opens new tab"
    head = _fold(text[:_HEAD]) if folded is None else folded
    first = head[:1]
    if "a" <= first <= "z":
        if "|" in text or ":" in text[:-1]:  # ("Read more: <headline>")
            return head.startswith(_SHORT_WILD_LEADS_BY_LETTER.get(first, ()))
        if head.startswith("ok"):
            return len(text) <= 5  # "OK", "Okay!" (not "Okafor said ...")
        return head.startswith(_SHORT_LEADS_BY_LETTER.get(first, ()))
    if first in _SHORT_MARKS:
        return not text.rstrip(".!:").strip(_SHORT_MARKS)  # a line of marks ("\u2022", "|")
    if "0" <= first <= "9":  # "12 comments", "5 min read"
        return _fold(text).rstrip(".!:").endswith(("comment", "comments", "read"))
    if first in "\u2018\u201c":
        return False  # a quotation
    # "(c)", "\u00a9" or a character beyond ASCII (a digit of another script...) may open
    # one; no other ASCII character does.
    return first == "(" or not first.isascii()


def _may_be_dated(text: str) -> bool:
    """Whether _DATED may match *text*: it names a month, or it ends as a date does.

    >>> _may_be_dated("Updated 3 hours ago"), _may_be_dated("16:45 Allies agree new plan")
    (True, False)
    """
    folded = _fold(text)
    if holds_any(folded, _MONTH_STEMS):
        return True  # the date at the start of a line ("2 May 2026 ...") names its month
    # A date ends with a digit, a month, "1st", "am", "a.m.", "local time", "ago", "now",
    # "today", "yesterday" (the last two may follow "and" or another date without a space),
    # "read" (of "5 min read"), or a time zone after a time.
    tail = folded.rstrip(_DATE_END_MARKS)
    start = len(tail)
    while start > 0 and "a" <= tail[start - 1] <= "z":
        start -= 1
    word = tail[start:]
    if not word:
        last = tail[-1:]
        return last.isdigit() or not last.isascii()  # (beyond ASCII: a digit, perhaps)
    if word in _DATE_END_WORDS or word.endswith(("yesterday", "today")):
        return True
    # A time zone ("CET", "pmGMT") right after a time: its digits, "a.m." or "pm".
    before = tail[:start].rstrip()
    return len(word) <= 6 and (not before[-1:].isalpha() or before.endswith(("am", "pm")))


def _dated_opening(folded: str, text: str) -> bool:
    """Whether _DATED may match *text* (*folded*: its opening passed through :func:`_fold`),
    judged on how it opens: a date or a line led by one opens with a digit, a label
    ("Published"), a weekday, a month or "just now", "today", "yesterday"; a presenter's
    name and a date have one of the marks between them.

    >>> _dated_opening("updated 3 hours ago", "Updated 3 hours ago")
    True
    >>> _dated_opening("estonia to double output by 2027", "Estonia to double output by 2027")
    False
    """
    first = folded[:1]
    return (
        "0" <= first <= "9"
        or not first.isascii()  # (a digit of another script, perhaps)
        or folded.startswith(_DATED_OPENINGS_BY_FIRST.get(first, ()))
        or holds_any(text, _NAME_DATE_MARKS)
    )


def _first_sentence_end(text: str) -> int:
    """Where the first sentence of *text* ends (after its mark), or the length of *text*
    (also for a line in brackets: "(Reporting by X in Kyiv. Editing by Y)" is one note)."""
    if text[:1] == "(":
        return len(text)
    m = SENTENCE_BREAK.search(text, timeout=REGEX_TIMEOUT)
    return len(text) if m is None else m.end()


def _note_lead(head: str) -> bool:
    """Whether a line whose opening is *head* (lower case) may open like a note."""
    if head.startswith(_NOTE_LEADS) or head.startswith(_NOTE_THE_LEADS):
        return True
    return not head.isascii() and head.startswith(("the ", "this "))


def cue_of(text: str) -> Cue | None:
    """The cue of one line judged on its own, or ``None`` for plain text.

    >>> cue_of("Skip to main content"), cue_of("Source: The Daily Example")
    (<Cue.NAV: 'nav'>, <Cue.NOTE: 'note'>)
    >>> cue_of("Ministers met in Brussels on Tuesday.") is None
    True
    """
    return plain_cue_of(plain_spaces(text))


def plain_cue_of(text: str, words: int | None = None) -> Cue | None:
    """:func:`cue_of` for a *text* already passed through :func:`plain_spaces`.

    *words* is its number of words if known: the exact count, or any number above
    :data:`MAX_CUED_WORDS` when there are more (``len(text.split(None, MAX_CUED_WORDS))``).
    """
    if words is None:
        words = len(text.split(None, MAX_CUED_WORDS))  # counting stops past the longest cue
    if words > MAX_CUED_WORDS:
        return None
    opening = text[:_HEAD]
    head = opening.lower()  # enough for every test of how a line opens
    first = head[:1]
    # Whether the line may open as one of the tests below look for ("(" may open a credit
    # after it), or a line beyond ASCII gets a looser test of notes (see _note_lead).
    led = head.startswith(_OPENINGS_BY_FIRST.get(first, ())) or (
        not head.isascii() and head.startswith(("the ", "this "))
    )
    if words <= 12:
        # (Case folding an ASCII text only lowers it.)
        folded = head if opening.isascii() else _fold(opening)
        if _short_lead(text, folded):
            m = _SHORT.fullmatch(text, timeout=REGEX_TIMEOUT)
            if m is not None:
                return _SHORT_CUES[m.lastgroup or ""]
        if (
            (holds_any(text, "0123456789") or "now" in head or "day" in head)
            and _may_be_dated(text)
            and _dated_opening(folded, text)
        ):
            m = _DATED.fullmatch(text, timeout=REGEX_TIMEOUT)
            if m is not None:
                return Cue.BYLINE if m.lastgroup == "byline" else Cue.DATE
    if (
        words <= 20
        and holds_any(text, _SECTION_MARKS)
        and not holds_any(text, _NOT_IN_SECTION)
        and _full(_SECTION, text)
    ):
        return Cue.SECTION
    if led and words <= 50 and head.startswith(_TAGS_LEADS) and _full(_TAGS, text):
        return Cue.END
    if words > 60:
        # Past 60 words only a footnote or a credit remain possible.
        if text[:1] in _FOOTNOTE_MARKS and _FOOTNOTE.match(text, timeout=REGEX_TIMEOUT):
            return Cue.NOTE
        if led and head.lstrip("(").startswith(_CREDIT_LEADS) and _credit_match(_CREDIT, text):
            return Cue.CREDIT
        return None
    low = text.lower()
    if "rights reserved" in low and _full(_COPYRIGHT, text):
        return Cue.NAV
    if "cookie" in low and _CONSENT.search(text, timeout=REGEX_TIMEOUT):
        return Cue.INTERSTITIAL
    if text[:1] in _FOOTNOTE_MARKS and _FOOTNOTE.match(text, timeout=REGEX_TIMEOUT):
        return Cue.NOTE
    if words <= 3 and low.rstrip(": ") in _NOTES_LABELS:
        return Cue.NOTE
    if words <= 40 and (
        (led and words <= 10 and head.startswith("source") and _full(_SOURCE, text))
        or (
            (
                (led and _note_lead(head))
                # (the words of the formulas that may stand anywhere in a note)
                or "reprinted" in low
                or "contributed" in low
                or "edited for" in low
                or "originally" in low
            )
            and _NOTE.match(text, 0, _first_sentence_end(text), timeout=REGEX_TIMEOUT)
        )
    ):
        return Cue.NOTE
    if (
        # (a plea addresses the reader: "you", "please", "our", "us")
        ("our" in low or "you" in low or "please" in low or " us" in low)
        and holds_any(low, _PLEA_WORDS)
        and not holds_any(text, _QUOTE_MARKS)
        and _PLEA.search(text, timeout=REGEX_TIMEOUT)
        and _TO_READER.search(text, timeout=REGEX_TIMEOUT)
    ):
        # Boilerplate that never ends the article: such a box may stand between two
        # paragraphs of the body.
        return Cue.INTERSTITIAL
    if led:
        cue = _opening_cue(text, head, words)
        if cue is not None:
            return cue
    if (led and head.lstrip("(").startswith(_CREDIT_LEADS) and _credit_match(_CREDIT, text)) or (
        words <= 16
        and "/" in text
        and not holds_any(text, _NOT_IN_CREDIT_SLASH)
        and _full(_CREDIT_SLASH, text)
    ):
        return Cue.CREDIT
    if (
        (text.endswith(")") and _full(_CAPTION_CREDIT, text))
        or (
            (
                (led and head.startswith(_CAPTION_LEADS))
                or (
                    ("photo" in low or "image" in low or "picture" in low)
                    # Past the caption leads (which an ASCII line opens with, if it opens as
                    # one), only "..., photo by X" or "..., photo: X" is left.
                    and (":" in text or "by" in low or not text.isascii())
                )
            )
            and _credit_match(_CAPTION_LEAD, text)
        )
        or (("/" in text or "credit" in low) and _full(_CAPTION_TAIL, text))
    ):
        return Cue.CAPTION
    if (
        words <= 30
        and ("during " in low or "(" in text)
        and not ends_sentence(text)
        and _full(_CAPTION_SCENE, text)
    ):
        return Cue.CAPTION
    if words <= 40 and text[:1] in _BULLET_MARKS and _full(_BULLET, text):
        return Cue.BULLET
    return None


def _opening_cue(text: str, head: str, words: int) -> Cue | None:
    """The cues :func:`plain_cue_of` finds by how the line opens (*head*, lower case), in
    its order: a document label, a related link, a call to action, a byline."""
    if (
        words <= 16
        and head.startswith(_DOC_META_LEADS)
        and _has_digit(text)
        and _full(_DOC_META, text)
    ):
        return Cue.NOTE
    if words <= 30 and head.startswith(_RELATED_ITEM_LEADS) and _full(_RELATED_ITEM, text):
        return Cue.RELATED_ITEM
    if (
        words <= 45
        and head.startswith(_CTA_LEADS)
        and _CTA.match(text, timeout=REGEX_TIMEOUT)
        and (words <= 8 or _CTA_MEDIUM.search(text, timeout=REGEX_TIMEOUT))
    ):
        return Cue.CTA
    if (
        words <= 25
        and head.startswith(_BYLINE_LEADS)
        and _BYLINE_LEAD.match(text, timeout=REGEX_TIMEOUT)
        # "Presenter: Ana Kovac | 2 May 2026" credits the programme; "Host: Welcome back."
        # is a turn of a transcript.
        and not (":" in head[:14] and ends_sentence(text))
        and byline_name(text)
    ):
        return Cue.BYLINE
    return None


@functools.lru_cache(maxsize=1024)  # a page asks about its bylines several times
def byline_name(text: str) -> str | None:
    """The person a byline names, without role or outlet.

    >>> byline_name("Interview by Ana Kovac, editor of The Example Times")
    'Ana Kovac'
    >>> byline_name("By the end of March, allies had delivered more.") is None
    True
    """
    plain = plain_spaces(text)
    m = _BYLINE.fullmatch(plain, timeout=REGEX_TIMEOUT)
    if m is None:
        if _has_digit(plain) and word_count(plain) <= 12:
            m = _NAME_DATE.fullmatch(plain, timeout=REGEX_TIMEOUT)
        return m.group("name") if m is not None else None
    name, tail = m.group("name"), m.group("tail") or ""
    if tail and ends_sentence(tail) and (word_count(tail) > 6 or word_count(name) < 2):
        return None
    return name


def source_name(text: str) -> str | None:
    """The outlet a "Source: X" note names."""
    if not _fold(text[:_HEAD]).startswith("source"):
        return None
    m = _SOURCE.fullmatch(plain_spaces(text), timeout=REGEX_TIMEOUT)
    return m.group("name").strip() if m else None


def publisher_name(text: str) -> str | None:
    """The publisher an "originally published by X" note names."""
    if "originally" not in _fold(text):
        return None
    m = _PUBLISHER.search(plain_spaces(text), timeout=REGEX_TIMEOUT)
    return m.group("name").strip() if m else None
