"""Property tests: the text pipeline and the extractor never crash on arbitrary input, and every
evidence span maps back into the raw text."""
from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg._exceptions import DocumentError
from kg.extract.pipeline import extract
from kg.text import prepare

# text built from the genre's own pieces, so that the extractor's patterns actually fire
PIECES = ["长兴县", "浙江省", "長興縣(xiàn)", "產(chǎn)業", "吉利", "、", "等", "家企业入选", "专精特新“小巨人”企业", "《", "》",
          "国务院", "印发", "产业集群", "2022年", ",", "。", ";", "产值达", "300.9", "亿元", "%", "同比增长", "\n", " ",
          "<p>", "</p>", "&amp;", "?", "\ue2a6", "(", ")", "—", "分别", "均"]
genre_text = st.lists(st.sampled_from(PIECES) | st.text(max_size=6), max_size=60).map("".join)


def check(data: bytes) -> None:
    try:
        article = prepare(data, path="fuzz.txt")
    except DocumentError:
        return  # a clear, named refusal is an allowed outcome
    assert len(article.offsets) == len(article.text) + 1
    for s in article.sentences:
        assert 0 <= s.raw_start <= s.raw_end <= len(article.raw)
        assert article.text[s.start:s.end] == s.text or s.text.strip() in article.text
    ext = extract(article)
    for record in [*ext.relations, *ext.observations]:
        ev = record.evidence
        assert 0 <= ev.raw_start <= ev.raw_end <= len(article.raw)
        first_cjk = re.search(r"[\u4e00-\u9fff]", ev.text)
        if first_cjk and ev.raw_end > ev.raw_start:
            assert re.search(r"[\u4e00-\u9fff]", article.raw[ev.raw_start:ev.raw_end])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(genre_text)
def test_genre_like_unicode(text):
    check(text.encode("utf-8"))


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_arbitrary_unicode(text):
    check(text.encode("utf-8", "surrogatepass"))


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=2000))
def test_arbitrary_bytes(data):
    check(data)
