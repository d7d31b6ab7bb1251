import codecs
import warnings

import pytest

from nlp.errors import NotAReleaseError
from nlp.textio import DecodingWarning, expand_inputs, html_to_text, read_release_text


def test_reads_utf8_and_drops_bom(tmp_path):
    path = tmp_path / "r.txt"
    path.write_bytes(codecs.BOM_UTF8 + "‘Good’ rating\r\nfor Barnet YOS.\r\n".encode())
    got = read_release_text(path)
    assert got.text == "‘Good’ rating\r\nfor Barnet YOS.\r\n"
    assert not got.from_html


def test_utf16_with_bom(tmp_path):
    path = tmp_path / "r.txt"
    path.write_bytes("Inspectors praised the YJS.".encode("utf-16"))
    assert read_release_text(path).text == "Inspectors praised the YJS."


def test_cp1252_is_decoded_with_a_warning(tmp_path):
    path = tmp_path / "r.txt"
    path.write_bytes("Inspectors were \x93impressed\x94.".encode("latin-1"))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert read_release_text(path).text == "Inspectors were “impressed”."
    assert any(issubclass(w.category, DecodingWarning) and "r.txt" in str(w.message) for w in caught)


@pytest.mark.parametrize("content, message", [
    (b"", "empty"), (b"  \n\t\n", "empty"), (b"\x00\x01\x02binary\x00", "binary"),
])
def test_bad_content_is_refused_naming_the_file(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(NotAReleaseError, match=rf"bad\.txt.*{message}"):
        read_release_text(path)


def test_missing_and_too_large(tmp_path):
    with pytest.raises(NotAReleaseError, match="no such file"):
        read_release_text(tmp_path / "nope.txt")
    big = tmp_path / "big.txt"
    big.write_text("word " * 100)
    with pytest.raises(NotAReleaseError, match="too large"):
        read_release_text(big, max_bytes=50)


def test_html_page_gives_its_release_text(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<html><head><script>var x=1;</script></head><body><nav>Skip to content</nav><main>"
                    "<h1>Barnet YOS rated &lsquo;Good&rsquo;</h1><p>Inspectors were <b>impressed</b>.</p>"
                    "<ul><li>One</li><li>Two</li></ul></main></body></html>")
    got = read_release_text(page)
    assert got.from_html
    assert got.text.startswith("Barnet YOS rated ‘Good’\n\nInspectors were impressed.")
    assert "var x" not in got.text and "Skip to content" not in got.text


def test_html_to_text_empty_page():
    assert html_to_text("<html><body></body></html>").strip() == ""


def test_expand_inputs(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "b.md").write_text("y")
    (tmp_path / "c.json").write_text("{}")
    assert expand_inputs([str(tmp_path)]) == [str(tmp_path / "a.txt"), str(tmp_path / "b.md")]
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(NotAReleaseError, match="no releases"):
        expand_inputs([str(empty)])


@pytest.mark.parametrize("line", [
    "Skip to main content", "Are you OK with cookies?", "We use some essential cookies to make this website work.",
    "Published:", "Published 10 December 2024", "Last updated: 20 Nov 2018", "© Crown copyright 2020",
    "This publication is licensed under the terms of the Open Government Licence v3.0 except where stated.",
    "Home > News > Leeds", "Home » News » Bristol", "Share this page", "Share on Twitter", "Twitter, Facebook, LinkedIn",
    "Telephone: 01766 771000", "Council Offices, Shirehall Street, Caernarfon LL55 1SH", "Press release",
    "From: HM Inspectorate of Probation", "By Jane Smith, Local Democracy Reporter", "Is this page useful?"])
def test_page_furniture_lines(line):
    from nlp.textio import is_furniture

    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    "Leeds Youth Justice Service rated ‘Good’ by inspectors", "Published today, the report makes six recommendations.",
    "Inspectors praised the licence given to staff to innovate.", "Updated guidance helped staff plan their work.",
    "By 2024 the service had recruited a full team.", "Staff shared information with the police well.",
    "Home visits were carried out in all cases.", "ENDS", "Notes to editors"])
def test_release_lines_are_not_furniture(line):
    from nlp.textio import is_furniture

    assert not is_furniture(line)


def test_release_year_says_where_the_year_came_from():
    from nlp.textio import release_year

    page = "Skip to content\nThursday, 4th June 2020\nBristol YOT rated ‘Good’\n\nThe inspection took place in 2019."
    assert release_year("2021-01-02", "2020-05", page, "2019-11") == ("2021", "published")
    assert release_year(None, "2020-05-01", page, "2019-11") == ("2020", "corpus index")
    assert release_year(None, None, page, "2019-11") == ("2020", "page date")
    dated = "Leeds YJS rated ‘Good’\n\nThe report is available on the website on 17 September 2024 at 00.01."
    assert release_year(None, None, dated, "2024-04") == ("2024", "dated sentence")
    assert release_year(None, None, "Leeds YJS rated ‘Good’.", "2024-04") == ("2024", "fieldwork")
    assert release_year(None, None, "Leeds YJS rated ‘Good’.", None) == (None, None)


def test_headline_skips_furniture_and_breadcrumb_trails():
    from nlp.textio import furniture_spans, headline

    text = "Skip to main content\nHome\nCrime, justice and law\nNews story\nDurham PDU rated ‘Inadequate’\n\nBody."
    assert headline(text) == "Durham PDU rated ‘Inadequate’"
    assert [text[s:e] for s, e in furniture_spans(text)][:3] == ["Skip to main content", "Home", "Crime, justice and law"]
    assert headline("# Westminster YJS rated ‘Good’\n\nBody.") == "Westminster YJS rated ‘Good’"
