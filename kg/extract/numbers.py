"""Quantity spans in a sentence: number, magnitude, unit and qualifier.

The gold convention (``corpus/dev/README.md``, "Facts") keeps a figure as printed: ``300.9亿元`` is
value 300.9 with unit ``亿元``, ``18万辆`` is 18 ``万辆``. ``Quantity.value`` and ``Quantity.unit``
follow it; ``Quantity.scaled`` applies the magnitude for users who compute (300.9亿元 → 30090000000).

Text that only looks numeric is not a quantity: years and dates (``2021年``, ``1-5月``), ordinals
(``第2``, ``(一)``), document, phone and ICP numbers, digits glued to Latin letters (``5G``), and
anything inside 《》 or 〔〕. Ranks (``居五地第3``) come back with qualifier ``rank`` because a
caller may want them, but they are positions, not values.

Chinese numerals are parsed here rather than with cn2an, which corrupts names when run over
running text (``二十大`` → ``20大``) and does not know ``三分之二``. Only numerals followed by a
unit count, and single-digit ones (``一个``, ``两翼``) are skipped as rhetoric.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

__all__ = ["Quantity", "find_quantities", "parse_chinese_numeral"]

LOWER_BOUND = "lower-bound"
UPPER_BOUND = "upper-bound"
APPROX = "approx"
RANGE = "range"
DELTA = "delta"
RANK = "rank"
THRESHOLD = "threshold"  # ≥30%: a criterion, not a measured value


@dataclass(frozen=True)
class Quantity:
    """A figure read from text. ``start``/``end`` cover the number, magnitude and unit."""

    start: int
    end: int
    text: str
    value: Decimal  # the number as printed
    unit: str  # magnitude + unit as printed (亿元, 万辆, %, 个百分点); "" when none
    scaled: Decimal  # value × magnitude
    qualifier: str | None = None  # lower-bound, upper-bound, approx, range, delta, rank
    upper: Decimal | None = None  # the high end of a range


_MAGNITUDES = {"万亿": 10**12, "亿": 10**8, "千万": 10**7, "百万": 10**6, "万": 10**4, "千": 10**3}
_CURRENCIES = ["美元", "欧元", "港元", "港币", "日元", "英镑", "人民币", "元"]
# Counters and measures, matched longest first. 年 is handled apart (a duration only in 历史 phrases).
_COUNTERS = [
    "个百分点", "百分点", "%", "％", "‰", "家", "个月", "个", "项", "件", "台套", "台", "套", "辆", "亩", "公顷",
    "吨标煤", "吨标准煤", "标准煤", "载重吨", "修正总吨", "吨", "平方公里", "平方千米", "平方米", "立方米", "公里", "千米", "米",
    "人次", "人", "户", "名", "座", "条", "倍", "成", "分钟", "小时", "天", "所", "种", "款", "只", "处",
    "栋", "艘", "架", "部", "篇", "次", "批", "支", "间", "千瓦时", "千瓦", "兆瓦", "度", "床", "张",
    "箱", "盒", "根", "袋", "包", "瓶", "粒", "斤", "公斤", "千克", "克", "块", "棵", "株", "头只", "头", "升", "桶", "册",
    "份", "位", "千升", "吉瓦时", "吉瓦", "兆瓦时", "t/d", "t/a", "kWh", "kW", "MWh", "MW", "GWh", "GW", "km", "㎡", "t",
]
_UNITS = sorted(_CURRENCIES + _COUNTERS, key=len, reverse=True)
_UNIT_RE = "|".join(re.escape(u) for u in _UNITS)
_MAG_RE = "|".join(_MAGNITUDES)
# A measure after the number: [余/多] [magnitude] [余/多] [unit [/ [magnitude] unit]]
_TAIL = re.compile(
    rf"(?P<more>余|多)?(?P<mag>{_MAG_RE})?(?P<more2>余|多)?"
    rf"(?P<unit>(?:{_UNIT_RE})?(?:/(?:{_MAG_RE})?(?:{_UNIT_RE}))?)"
)
_ARABIC = re.compile(r"(?<![\d.])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d])")
_CN_DIGITS = "零〇一二两三四五六七八九"
_CN_NUMERAL = re.compile(rf"[{_CN_DIGITS}十百千万亿点]+")
_CN_PERCENT = re.compile(rf"百分之([{_CN_DIGITS}十百千点]+)")
_CN_FRACTION = re.compile(rf"([{_CN_DIGITS}十]+)分之([{_CN_DIGITS}十]+)")

_BEFORE_LOWER = re.compile(r"(超过|超出|突破|逾|超|多于|高达)$")
_NOT_ABOUT = "签预合节制契公条履违"  # 签约33个项目 is no approximation: 约 ends a word here
_BEFORE_APPROX = re.compile(rf"(大约|约为|接近|将近|近|(?<![{_NOT_ABOUT}])约)$")
_BEFORE_UPPER = re.compile(r"(不足|不到|不超过|少于)$")
_AFTER_LOWER = re.compile(r"^(以上|之上|多)")
AFTER_APPROX = re.compile(r"^(左右|上下)")
_AFTER_UPPER = re.compile(r"^(以下|以内|之内)")
_DELTA_CUE = re.compile(
    r"(?:增长|增加|提高|提升|下降|降低|减少|扩大|缩小|缩短|上升|回落|下滑|增|降)了?"
    r"(?:超过|突破|逾|超|近|约)?$"
)
_DELTA_VS = re.compile(r"(?:低于|高于|高出|少于|多于|超出)[^,，;；。\d]{0,10}$")
_RANK_CUE = re.compile(r"(?:居|位居|位列|列|排名|排)[^,，;；。]{0,8}第$")
_RANGE_SEP = re.compile(r"^\s*(?:-|~|～|—|–|至|到)\s*")
_LIST_SEP = re.compile(r"^\s*(?:、|和|及|与)\s*$")
_LIST_GAP = re.compile(r"(?:/[^\d,，;；。、]{1,3})?\s*(?:、|和|及)\s*")
_VAGUE_BEFORE = re.compile(r"(?:数|几|上|成|好)$")
# Spans that are never quantities: dates, phone numbers, document numbers, named titles.
_BLOCKED = re.compile(
    r"\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{3,4}-\d{7,8}|《[^》]*》|〔[^〕]*〕|\[[^\]]*\]|"
    r"“[^“”,，;；。]{1,14}”|「[^「」,，;；。]{1,14}」|(?:(?<=[如见据由(（])|(?<![\u4e00-\u9fff]))(?:附图|附表|图|表)\s*\d+(?:[-.]\d+)*|"
    r"\d{1,2}:\d{2}(?::\d{2})?|ICP[备證证]\s*\d+(?:号-\d+)?|许可证\s*[:：]?\s*\d+|公网安备\s*\d+|\d{1,2}[-~～—–至到]\d{1,2}月"
    r"|\d+[\u4e00-\u9fff]{0,2}[(（][\u4e00-\u9fff]{2,4}[)）](?:有限|股份|集团)"  # 361度(中国)有限公司: a firm's name
)
_LATEX = re.compile(r"\$\s*([\d\s.]+?)\s*(\\%)?\s*\$")


def _unmath(text: str) -> str:
    """Replace ``$2 0 \\%$`` (PDF-to-Markdown debris) by ``20%`` padded to the same length."""

    def squeeze(m: re.Match[str]) -> str:
        plain = re.sub(r"\s+", "", m.group(1)) + ("%" if m.group(2) else "")
        return plain + " " * (len(m.group(0)) - len(plain))

    return _LATEX.sub(squeeze, text)


def parse_chinese_numeral(s: str) -> Decimal | None:
    """Value of a Chinese numeral, or None when ``s`` is not one.

    >>> parse_chinese_numeral("一千八百二十一万")
    Decimal('18210000')
    >>> parse_chinese_numeral("三十七点二"), parse_chinese_numeral("十二"), parse_chinese_numeral("十三五")
    (Decimal('37.2'), Decimal('12'), None)
    """
    if not s:
        return None
    if "点" in s:
        whole, _, frac = s.partition("点")
        head = parse_chinese_numeral(whole) if whole else Decimal(0)
        digits = "".join(str(_digit(c)) for c in frac if _digit(c) is not None)
        if head is None or not frac or len(digits) != len(frac):
            return None
        return head + Decimal("0." + digits)
    if all(_digit(c) is not None for c in s) and len(s) > 1:  # 一〇二四
        return Decimal("".join(str(_digit(c)) for c in s))
    total, section, pending = 0, 0, None
    for c in s:
        d = _digit(c)
        if d is not None:
            if pending is not None:
                return None  # two digits in a row: 十三五, 三五
            pending = d
        elif c in "十百千":
            section += (1 if pending is None else pending) * {"十": 10, "百": 100, "千": 1000}[c]
            pending = None
        elif c in "万亿":
            section += pending or 0
            if section == 0 and total == 0:
                section = 1
            total = (total + section) * (10**4 if c == "万" else 10**8)
            section, pending = 0, None
    return Decimal(total + section + (pending or 0))


def _digit(c: str) -> int | None:
    return {"零": 0, "〇": 0, "两": 2}.get(c, "一二三四五六七八九".find(c) + 1 or None)


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in ``text``, in order of position.

    >>> [(q.value, q.unit, q.qualifier) for q in find_quantities("全年生产整车超18万辆")]
    [(Decimal('18'), '万辆', 'lower-bound')]
    """
    scan = _unmath(text)
    found = _arabic(scan, text) + _chinese(scan, text)
    if found:  # most sentences hold no number: the spans that block one are sought only where there is one
        blocked = [m.span() for m in _BLOCKED.finditer(scan)]
        found = [q for q in found if not any(b0 <= q.start < b1 for b0, b1 in blocked)]
    found.sort(key=lambda q: q.start)
    return [_widen(q, text) for q in _share_units(_merge_ranges(found, scan, text), scan)]


def _widen(q: Quantity, text: str) -> Quantity:
    """Stretch a quantity read from squeezed LaTeX back over the whole ``$…$`` span of ``text``."""
    for m in _LATEX.finditer(text):
        if m.start() <= q.start < m.end():
            end = max(q.end, m.end())
            tail = _TAIL.match(text, end + len(text[end:]) - len(text[end:].lstrip()))
            if q.end <= m.end() and tail and tail.group("unit"):
                end = tail.end()
            return replace(q, start=m.start(), end=end, text=text[m.start(): end])
    return q


def _arabic(scan: str, text: str) -> list[Quantity]:
    out = []
    for m in _ARABIC.finditer(scan):
        q = _measure(scan, text, m.start(), m.end(), Decimal(m.group().replace(",", "")))
        if q is not None:
            out.append(q)
    return out


_NOT_A_MEASURE = re.compile(r"\s*(?:年代|年度|月|日|号|时|季度|世纪|周年|届|期)")


_LATIN_END = re.compile(r"[A-Za-z]$")
_LATIN = re.compile(r"[A-Za-z]")
_MARKER_BEFORE = re.compile(r"(?:^|[\s(（])$")
_MARKER_AFTER = re.compile(r"[)）]|\.\D|、(?!\d)")
_YEARS = re.compile(r"(多|余)?年")


def _measure(scan: str, text: str, start: int, end: int, value: Decimal) -> Quantity | None:
    """Read what follows a number at ``start:end``; None when the number is not a quantity."""
    before, after = scan[:start], scan[end:]
    if _LATIN_END.search(before) or _NOT_A_MEASURE.match(after):
        return None
    if before.endswith("第") and not _RANK_CUE.search(before):
        return None  # an ordinal: 第2批
    if _MARKER_BEFORE.search(before) and _MARKER_AFTER.match(after) and value < 100:
        return None  # list markers: (3), 1., 2、
    pos = end + len(after) - len(after.lstrip(" \u00a0"))
    tail = _TAIL.match(scan, pos)
    unit, mag, more = tail.group("unit") or "", tail.group("mag") or "", tail.group("more") or tail.group("more2")
    qend = tail.end() if (unit or mag) else end
    if _YEARS.match(scan, pos) and not unit:
        if not _is_history(scan, start):
            return None  # 2021年, 5年来, 60年间: time, not a quantity
        years = _YEARS.match(scan, pos)
        unit, more, qend = "年", years.group(1), years.end()
    if unit.startswith("/") and not mag:
        unit, qend = "", end  # 0.12/家: the numerator's unit is elided, so the figure is unit-less
    if _LATIN.match(scan[qend:qend + 1]) or (mag == "千" and not unit):
        return None  # 5G, 5千 without a unit
    scaled = value * _MAGNITUDES.get(mag, 1)
    top = before.endswith("前") and unit in ("名", "位", "强")  # 前100名: a rank band
    qualifier = RANK if before.endswith("第") or top else _qualifier(before, scan[qend:], bool(more), unit)
    return Quantity(start, qend, text[start:qend], value, mag + unit, scaled, qualifier)


def _is_history(scan: str, start: int) -> bool:
    """``历史400多年`` / ``400多年的历史``, ``税后投资回收期约4.6年``, ``有效期3年``: a length of time that is a fact, unlike a
    year or 5年来."""
    return bool(re.search(r"(?:历史|期|期限)(?:预计|约为|约|为|是|达|共)?\s*$", scan[:start])
                or re.match(r"\d+\s*(?:多|余)?年(?:的)?历史", scan[start:]))


_COMPARISON_SIGN = re.compile(r"[≥≤><＞＜]\s*$")
# 培育营业收入超千亿元企业1家, 新签约亿元以上项目189个: the size that makes a kind of firm or project, not a figure of one
_SIZE_OF_KIND = re.compile(r"(?:及?以上)?的?(?:工业|规上|骨干|龙头)?企业|(?:及?以上的?|的)(?:重大|产业|工业|招商)?项目")
_NOT_BELOW = re.compile(r"不(?:得|应|能|宜)?(?:低于|少于)$")
_NOT_ABOVE = re.compile(r"不(?:得|应|能|宜)?(?:高于|超过|多于)$")


def _qualifier(before: str, after: str, more: bool, unit: str = "") -> str | None:
    """The cue around a number: 超/逾/余/多/以上 bound it, 近/约/左右 approximate it, 增长 makes a change; a sum of money
    that sizes a kind of firm or project (超千亿元企业, not 9家企业) is a threshold."""
    if _COMPARISON_SIGN.search(before) or unit.endswith("元") and _SIZE_OF_KIND.match(after.lstrip(" \u00a0")):
        return THRESHOLD
    if _NOT_BELOW.search(before):
        return LOWER_BOUND  # a floor in a statute: 不得低于百分之五十
    if _NOT_ABOVE.search(before):
        return UPPER_BOUND
    if _DELTA_CUE.search(before) or _DELTA_VS.search(before):
        return DELTA
    after = after.lstrip(" \u00a0")
    if more or _BEFORE_LOWER.search(before) or _AFTER_LOWER.match(after):
        return LOWER_BOUND
    if _BEFORE_APPROX.search(before) or AFTER_APPROX.match(after):
        return APPROX
    if _BEFORE_UPPER.search(before) or _AFTER_UPPER.match(after):
        return UPPER_BOUND
    return None


_NUMBER_END = re.compile(r"[\d.]\s*$")
_HALF = re.compile("一半")


def _chinese(scan: str, text: str) -> list[Quantity]:
    """Chinese numerals: 百分之五十, 三分之二, 一半, and 十二家 / 一千八百二十一万辆 / 千家."""
    out: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    for m in _CN_PERCENT.finditer(scan):
        v = parse_chinese_numeral(m.group(1))
        if v is not None:
            q = _qualifier(scan[: m.start()], scan[m.end():], False)
            out.append(Quantity(m.start(), m.end(), text[m.start(): m.end()], v, "%", v, q))
            taken.append(m.span())
    for m in _CN_FRACTION.finditer(scan):
        den, num = parse_chinese_numeral(m.group(1)), parse_chinese_numeral(m.group(2))
        if den and num is not None:
            v = (num / den).quantize(Decimal("0.0001"))
            out.append(Quantity(m.start(), m.end(), text[m.start(): m.end()], v, "", v, None))
            taken.append(m.span())
    for m in _HALF.finditer(scan):
        out.append(Quantity(m.start(), m.end(), "一半", Decimal("0.5"), "", Decimal("0.5"), None))
        taken.append(m.span())
    for m in _CN_NUMERAL.finditer(scan):
        if any(a <= m.start() < b for a, b in taken) or m.group() in ("万", "亿", "万亿", "点"):
            continue
        if _NUMBER_END.search(scan[: m.start()]):
            continue  # the magnitude of an Arabic number: 300.9亿元
        q = _chinese_counted(scan, text, m)
        if q is not None:
            out.append(q)
    return out


_COUNTED_UNIT = re.compile(rf"(?P<more>余|多)?(?P<unit>{_UNIT_RE})")
_TENS = re.compile(r"[十百千]")


def _chinese_counted(scan: str, text: str, m: re.Match[str]) -> Quantity | None:
    """A Chinese numeral followed by a unit; magnitude split off as printed (一千八百二十一万辆 → 1821 万辆)."""
    s, before, start = m.group(), scan[: m.start()], m.start()
    if before.endswith("第") or _VAGUE_BEFORE.search(before) or _in_quotes(scan, m.start()):
        return None
    if len(s) >= 2 and s[0] == "一" and _ONE_ENDS_A_WORD.search(before):
        s, before, start = s[1:], scan[: m.start() + 1], m.start() + 1  # 唯一一个: 唯一 and 一个, not 11 个
    mag = next((k for k in ("万亿", "亿", "万") if s.endswith(k) and len(s) > len(k)), "")
    core = s[: len(s) - len(mag)] if mag else s
    value = parse_chinese_numeral(core)
    unit_m = _COUNTED_UNIT.match(scan, m.end())
    if value is None or unit_m is None:
        return None
    if value < 10 and not mag and not _TENS.search(core) and unit_m.group("unit") != "成":
        return None  # 一个, 两翼, 三张网: rhetoric, not statistics (八成 is a share)
    end = unit_m.end()
    scaled = value * _MAGNITUDES.get(mag, 1)
    top = before.endswith("前") and unit_m.group("unit") in ("名", "位", "强")  # 前二十位: a rank band
    qualifier = RANK if top else _qualifier(before, scan[end:], bool(unit_m.group("more")), unit_m.group("unit"))
    return Quantity(start, end, text[start: end], value, mag + unit_m.group("unit"), scaled, qualifier)


_ONE_ENDS_A_WORD = re.compile(r"(?:唯|统|同|单|逐|专|划|归|之|合|万|如)$")


def _in_quotes(scan: str, pos: int) -> bool:
    """Inside “…”: a named slogan or title (“十二条意见”), not a count."""
    return scan.count("“", 0, pos) > scan.count("”", 0, pos)


def _merge_ranges(found: list[Quantity], scan: str, text: str) -> list[Quantity]:
    """Join ``70%~80%``, ``6-8亿元``, ``在10%-17%之间`` and colloquial ``5、600户`` into one range."""
    out: list[Quantity] = []
    i = 0
    while i < len(found):
        q, nxt = found[i], found[i + 1] if i + 1 < len(found) else None
        low = _range_low(scan, q, nxt) if nxt is not None and q.qualifier != RANK else None
        if nxt is None or low is None:
            out.append(q)
            i += 1
            continue
        magnitude = nxt.scaled / nxt.value if nxt.value else Decimal(1)
        out.append(replace(nxt, start=q.start, text=text[q.start: nxt.end], value=low,
                           scaled=low * magnitude, qualifier=RANGE, upper=nxt.value))
        i += 2
    return out


def _range_low(scan: str, q: Quantity, nxt: Quantity) -> Decimal | None:
    """The low end when ``q`` and ``nxt`` form one range, else None."""
    gap = scan[q.end: nxt.start]
    if q.unit not in ("", nxt.unit):
        return None
    if _RANGE_SEP.fullmatch(gap) or _between(scan, q, nxt):
        return q.value
    if gap == "、" and q.unit == "" and _colloquial(q.value, nxt.value):
        return q.value * 10 ** (len(str(nxt.value)) - 1)
    return None


def _colloquial(first: Decimal, second: Decimal) -> bool:
    """``5、600`` means 500 to 600: a single digit, then the next digit followed by zeros."""
    s = str(second)
    return first < 10 and s.isdigit() and len(s) > 1 and s[0] == str(int(first) + 1) and set(s[1:]) == {"0"}


def _between(scan: str, q: Quantity, nxt: Quantity) -> bool:
    """``在10%和17%之间`` / ``介于…与…之间``."""
    return bool(re.fullmatch(r"\s*(?:和|与|到|至)\s*", scan[q.end: nxt.start])) and bool(
        re.match(r"\s*之间", scan[nxt.end:])) and bool(re.search(r"(?:在|介于)$", scan[: q.start]))


def _share_units(found: list[Quantity], scan: str) -> list[Quantity]:
    """``2.2个、4.4个百分点``: an earlier item of a list takes the fuller unit printed at its end, and
    a later item takes the change cue printed at its start (``下降0.12/家、0.05亿元/家``)."""
    out = list(found)
    for i in range(1, len(out)):
        q, prev = out[i], out[i - 1]
        if prev.qualifier == DELTA and q.qualifier is None and _LIST_GAP.fullmatch(scan[prev.end: q.start]):
            out[i] = replace(q, qualifier=DELTA)
    for i in range(len(out) - 2, -1, -1):
        q, nxt = out[i], out[i + 1]
        if q.qualifier == RANGE or not _LIST_SEP.fullmatch(scan[q.end: nxt.start]):
            continue
        if nxt.unit != q.unit and nxt.unit.startswith(q.unit) and (q.unit or nxt.unit):
            extra = _MAGNITUDES.get(next((k for k in _MAGNITUDES if nxt.unit.startswith(k)), ""), 1)
            scaled = q.value * extra if not q.unit else q.scaled
            out[i] = replace(q, unit=nxt.unit, scaled=scaled)
    return out
