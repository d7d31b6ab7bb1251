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
