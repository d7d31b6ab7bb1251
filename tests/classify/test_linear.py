"""The array form of the classifier: the same scores as scikit-learn, safe and deterministic files."""

from __future__ import annotations

import hashlib
import zipfile

import numpy as np
import pytest

from nlp.classify import build_classifier, make_items, release_items
from nlp.classify.linear import FORMAT, UnsupportedModelError, export_classifier, load_linear, save_linear
from nlp.errors import ModelError

ODD_TEXTS = [
    "",
    "   ",
    "???",
    "Ratings: 'Good'. 12 of 14 cases; 85 per cent.",
    "Although staff were committed, checks were not always made.",
    "The service should – and must – improve \u201cquickly\u201d.",
    "ÉTÉ caf\u00e9 naïve \u00e0 la carte",
]


@pytest.fixture(scope="module")
def held_out(small_releases):
    from nlp.annotations import load_dataset

    seen = {r.id for r in small_releases}
    unseen = [r for r in load_dataset() if r.id not in seen][:12]
    items, _, _ = release_items(unseen)
    odd = make_items("\n".join(ODD_TEXTS), _line_spans("\n".join(ODD_TEXTS)))
    return items + odd + ODD_TEXTS  # plain strings are items too


def _line_spans(text):
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def test_array_scores_equal_scikit_learn(small_model, held_out, tmp_path):
    linear = load_linear(save_linear(small_model, tmp_path / "c.npz"))
    assert linear.classes_.tolist() == [str(c) for c in small_model.classes_]
    expected = small_model.predict_proba(held_out)
    got = linear.predict_proba(held_out)
    np.testing.assert_allclose(got, expected, rtol=0, atol=1e-10)
    np.testing.assert_allclose(got.sum(axis=1), 1.0)
    assert linear.predict(held_out).tolist() == small_model.predict(held_out).tolist()


@pytest.mark.parametrize("kind, options", [("baseline", {}), ("context_lr", {"calibrate": False}),
                                           ("svm", {"char": False})])
def test_other_linear_kinds_export_exactly(small_releases, held_out, tmp_path, kind, options):
    items, labels, _ = release_items(small_releases[:10])
    model = build_classifier(kind, **options).fit(items, labels)
    linear = load_linear(save_linear(model, tmp_path / f"{kind}.npz"))
    np.testing.assert_allclose(linear.predict_proba(held_out), model.predict_proba(held_out), rtol=0, atol=1e-10)


def test_two_classes_export_exactly(small_releases, held_out, tmp_path):
    items, labels, _ = release_items(small_releases[:10])
    binary = ["WEAKNESS" if label == "WEAKNESS" else "OTHER" for label in labels]
    model = build_classifier("context_svm").fit(items, binary)
    linear = load_linear(save_linear(model, tmp_path / "binary.npz"))
    np.testing.assert_allclose(linear.predict_proba(held_out), model.predict_proba(held_out), rtol=0, atol=1e-10)


def test_the_same_model_is_the_same_bytes(small_model, tmp_path):
    first = save_linear(small_model, tmp_path / "a.npz").read_bytes()
    second = save_linear(small_model, tmp_path / "b.npz").read_bytes()
    assert hashlib.sha256(first).digest() == hashlib.sha256(second).digest()


def test_the_file_holds_plain_arrays_only(small_model, tmp_path):
    path = save_linear(small_model, tmp_path / "c.npz")
    with np.load(path, allow_pickle=False) as archive:
        dtypes = {archive[key].dtype.kind for key in archive.files}
    assert dtypes <= {"f", "U", "u"}  # floats, strings, the JSON header as bytes: no objects


def test_a_shape_it_cannot_reproduce_is_refused(small_releases):
    from sklearn.calibration import CalibratedClassifierCV

    items, labels, _ = release_items(small_releases[:10])
    model = build_classifier("context_svm")
    model.set_params(clf=CalibratedClassifierCV(model.named_steps["clf"].estimator, method="isotonic", cv=3,
                                                ensemble=False))
    model.fit(items, labels)
    with pytest.raises(UnsupportedModelError, match="sigmoid"):
        export_classifier(model)
    with pytest.raises(UnsupportedModelError, match="expected Pipeline"):
        export_classifier(object())


def test_damaged_or_foreign_files_are_clear_errors(small_model, tmp_path):
    with pytest.raises(ModelError, match="no classifier file"):
        load_linear(tmp_path / "missing.npz")
    garbage = tmp_path / "garbage.npz"
    garbage.write_bytes(b"\x00\x01not a zip")
    with pytest.raises(ModelError, match="garbage.npz: not a readable classifier archive"):
        load_linear(garbage)
    good = save_linear(small_model, tmp_path / "c.npz")
    truncated = tmp_path / "truncated.npz"
    truncated.write_bytes(good.read_bytes()[: len(good.read_bytes()) // 2])
    with pytest.raises(ModelError, match="truncated.npz"):
        load_linear(truncated)
    foreign = tmp_path / "foreign.npz"
    np.savez(foreign, header=np.frombuffer(b'{"format": "other"}', dtype=np.uint8))
    with pytest.raises(ModelError, match="unknown classifier format"):
        load_linear(foreign)
    missing_part = tmp_path / "partial.npz"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(missing_part, "w") as dst:
        for name in src.namelist():
            if name != "intercept.npy":
                dst.writestr(name, src.read(name))
    with pytest.raises(ModelError, match="partial.npz: incomplete classifier archive"):
        load_linear(missing_part)


def test_a_pickled_member_is_never_loaded(small_model, tmp_path):
    path = save_linear(small_model, tmp_path / "c.npz")
    with zipfile.ZipFile(path, "a") as archive:
        import io

        buffer = io.BytesIO()
        np.save(buffer, np.array([{"evil": 1}], dtype=object), allow_pickle=True)
        archive.writestr("evil.npy", buffer.getvalue())
    with pytest.raises(ModelError, match="not a readable classifier archive"):
        load_linear(path)


def test_header_names_the_format(small_model):
    header, arrays = export_classifier(small_model)
    assert header["format"] == FORMAT
    assert [b["kind"] for b in header["blocks"]] == ["word", "char", "word", "context"]
    assert arrays["intercept"].shape == (4,)
