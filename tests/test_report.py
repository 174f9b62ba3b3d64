"""The HTML report of a run (pipeline/report.py).

Unit tests read small hand-made tables (written with the project's own table writer, so
with the exact columns of pipeline/tables.py) over a corpus holding a hostile article;
browser tests open the report in headless Chromium through Selenium and skip where
/usr/bin/chromium or /usr/bin/chromedriver is absent.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from html.parser import HTMLParser
from pathlib import Path
from types import SimpleNamespace

import pytest

from pipeline import errors
from pipeline.corpus import Article, read_corpus
from pipeline.report import (
    REPORT_EXAMPLE,
    Mark,
    anchor_id,
    article_id,
    build_report,
    doc_slug,
    main_report,
    render_marked,
)
from pipeline.tables import (
    AffiliationRow,
    DocumentRow,
    EntityRow,
    ErrorRow,
    MoveRow,
    TableWriter,
    TopicRow,
)

S1 = "Jan Leike a rejoint Anthropic après quatre ans chez OpenAI."
S2 = "Hélène Castaing quitte <b>Renault</b> pour Stellantis."
S3 = ("- Sophie Martin travaille sur l'apprentissage automatique "
      '<img src=x onerror="window.__pwned=2">.')
HOSTILE_BODY = (
    f"{S1} <script>document.title='pwned';window.__pwned=1</script>\n{S2}\n{S3}\n"
)
HOSTILE_TXT = (
    "---\n"
    "title: \"Un titre <script>window.__pwned=7</script> & co\"\n"
    "date: 2024-05-28\n"
    "url: \"javascript:window.__pwned=8\"\n"
    "---\n" + HOSTILE_BODY
)
PLAIN_BODY = "Claire Vasseur est nommée directrice de La Banque Postale.\n"
JSONL_LINE = {"title": "Dépêche", "text": "Paul Ekwalla rejoint la CFDT comme secrétaire."}


def _span(text: str, part: str, after: int = 0) -> tuple[int, int]:
    start = text.index(part, after)
    return start, start + len(part)


def _write(out: Path, row_type: type, rows: list) -> None:
    writer = TableWriter(out, row_type)
    writer.write_all(rows)
    writer.commit()


def _doc_row(a: Article, **kw: object) -> DocumentRow:
    values = dict(
        doc_id=a.doc_id, path=a.path, title=a.title, date=a.date, url=a.url, source=a.source,
        n_chars=len(a.text), n_sentences=3, n_entities=0, n_moves=0, n_topics=0, status="ok",
        error="", encoding=a.encoding, content_hash=a.content_hash,
    )
    values.update(kw)
    return DocumentRow(**values)  # type: ignore[arg-type]


def make_run(root: Path) -> tuple[Path, Path]:
    """A corpus of three articles (one hostile) and the tables of a run over it."""
    corpus, out = root / "corpus", root / "out"
    (corpus / "sub").mkdir(parents=True)
    out.mkdir()
    (corpus / "hostile.txt").write_text(HOSTILE_TXT, encoding="utf-8")
    (corpus / "sub" / "plain.txt").write_text(PLAIN_BODY, encoding="utf-8")
    (corpus / "depeches.jsonl").write_text(json.dumps(JSONL_LINE) + "\n", encoding="utf-8")
    arts = {a.doc_id: a for a in read_corpus(corpus) if isinstance(a, Article)}
    assert set(arts) == {"hostile", "sub/plain", "depeches#1"}
    h, p, d = arts["hostile"].text, arts["sub/plain"].text, arts["depeches#1"].text

    def ent(doc: str, n: int, text: str, part: str, label: str, canonical: str = "",
            src: str = "model") -> EntityRow:
        s, e = _span(text, part)
        return EntityRow(doc, f"E{n}", part, label, canonical or part, s, e, 0, src)

    s2 = _span(h, S2)
    entities = [
        ent("hostile", 1, h, "Jan Leike", "PER"),
        ent("hostile", 2, h, "Anthropic", "ORG", src="gazetteer"),
        ent("hostile", 3, h, "OpenAI", "ORG"),
        ent("hostile", 4, h, "Hélène Castaing", "PER"),
        ent("hostile", 5, h, "Renault", "ORG", "Renault <script>window.__pwned=4</script>"),
        ent("hostile", 6, h, "Stellantis", 'ORG"><img src=y onerror=window.__pwned=5>'),
        ent("hostile", 7, h, "Sophie Martin", "PER"),
        ent("hostile", 8, h, "automatique", "MISC"),  # inside the topic's span
        EntityRow("hostile", "E9", "Fantôme", "PER", "Fantôme", 10_000, 10_007, 0, "model"),
        EntityRow("hostile", "E10", h[s2[0] - 8:s2[0] + 6], "PER", "Hél", s2[0] - 8,
                  s2[0] + 6, 0, "model"),  # crosses a sentence boundary
        ent("sub/plain", 1, p, "Claire Vasseur", "PER"),
        ent("sub/plain", 2, p, "La Banque Postale", "ORG"),
        ent("depeches#1", 1, d, "Paul Ekwalla", "PER"),
        ent("depeches#1", 2, d, "CFDT", "ORG"),
    ]
    moves = [
        MoveRow("hostile", "hostile:M1", "Jan Leike", "OpenAI", "Anthropic", "", "", "join",
                "done", "", "", "rejoint", S1, *_span(h, S1), 0.99, "join.verb"),
        MoveRow("hostile", "hostile:M2", "Hélène Castaing",
                "Renault <script>window.__pwned=3</script>", "Stellantis", "", "", "join",
                "planned", "", "", "quitte", S2, *s2, 0.8, "departure.verb"),
        MoveRow("sub/plain", "sub/plain:M1", "Claire Vasseur", "", "La Banque Postale", "",
                "directrice", "appointment", "done", "", "", "nommée", PLAIN_BODY.strip(),
                *_span(p, PLAIN_BODY.strip()), 0.95, "appointment.verb"),
        MoveRow("depeches#1", "depeches#1:M1", "Paul Ekwalla", "", "CFDT", "",
                "secrétaire", "join", "done", "", "", "rejoint", d, 0, len(d), 0.9, "join.verb"),
    ]
    topics = [
        TopicRow("hostile", "machine_learning", "apprentissage automatique",
                 "artificial_intelligence", "apprentissage automatique", 1, "taxonomy",
                 "Sophie Martin", S3, *_span(h, "apprentissage automatique")),
        TopicRow("sub/plain", "new:banque", "banque", "", "Banque", 1, "pattern",
                 "", PLAIN_BODY.strip(), *_span(p, "Banque")),
    ]
    affiliations = [
        AffiliationRow("sub/plain", "Claire Vasseur", "La Banque Postale", "directrice",
                       "present", PLAIN_BODY.strip(), *_span(p, PLAIN_BODY.strip())),
    ]
    docs = [
        _doc_row(arts["depeches#1"], n_entities=2, n_moves=1),
        _doc_row(arts["hostile"], n_entities=10, n_moves=2, n_topics=1),
        _doc_row(arts["sub/plain"], n_entities=2, n_moves=1, n_topics=1),
        DocumentRow("broken", "broken.txt", "", "", "", "", None, None, None, None, None,
                    "failed", "DecodeError: <script>window.__pwned=6</script>"),
    ]
    errs = [ErrorRow("broken.txt", "broken", "read", "DecodeError",
                     "<script>window.__pwned=6</script>")]
    for row_type, rows in ((DocumentRow, docs), (EntityRow, entities), (MoveRow, moves),
                           (AffiliationRow, affiliations), (TopicRow, topics),
                           (ErrorRow, errs)):
        _write(out, row_type, rows)
    return corpus, out


class Page(HTMLParser):
    """Ids, internal links and the table each evidence link sits in."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.table_links: dict[str, list[str]] = {}
        self.scripts = 0
        self.tags: set[str] = set()
        self.handlers: list[str] = []
        self.svg_text: list[str] = []
        self._table = ""
        self._in_svg = 0
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.add(tag)
        self.handlers += [k for k in a if k.startswith("on")]
        if a.get("id"):
            self.ids.append(a["id"] or "")
        if tag == "script":
            self.scripts += 1
        if tag == "svg":
            self._in_svg += 1
        if tag == "table":
            self._table = a.get("id") or ""
        href = a.get("href") or ""
        if tag == "a" and href.startswith("#"):
            self.hrefs.append(href[1:])
            if "ev-link" in (a.get("class") or "") and self._table:
                self.table_links.setdefault(self._table, []).append(href[1:])

    def handle_endtag(self, tag: str) -> None:
        if tag == "table":
            self._table = ""
        if tag == "svg":
            self._in_svg -= 1

    def handle_data(self, data: str) -> None:
        if self._in_svg:
            self.svg_text.append(data)


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return make_run(tmp_path_factory.mktemp("report"))


@pytest.fixture(scope="module")
def report(run_dir: tuple[Path, Path]) -> str:
    corpus, out = run_dir
    path = build_report(out, corpus)
    return path.read_text(encoding="utf-8")


# ---------------------------------------------------------------------- unit tests


def test_report_is_written_atomically_in_the_output_folder(run_dir: tuple[Path, Path],
                                                            report: str) -> None:
    _, out = run_dir
    assert (out / "report.html").is_file()
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]
    assert report.startswith("<!DOCTYPE html>")


def test_hostile_text_and_values_are_escaped(report: str) -> None:
    page = Page(report)
    assert page.scripts == 1  # the report's own script only
    assert "__pwned" not in report.split("<script>")[-1]
    assert not page.tags & {"img", "b", "i"}, "markup from the data became elements"
    assert not page.handlers, "an event handler attribute came from the data"
    # (an anchor of the entity row crossing the sentence boundary splits the closing tag)
    assert "&lt;script&gt;document.title='pwned';window.__pwned=1&lt;/" in report
    for n in (3, 4, 6, 7):  # organisation, canonical name, error message, title
        assert f"&lt;script&gt;window.__pwned={n}&lt;/script&gt;" in report
    assert 'ORG&quot;&gt;&lt;img src=y onerror=window.__pwned=5&gt;' in report  # a label
    assert "&lt;b&gt;Renault&lt;/b&gt;" in report
    assert 'href="javascript:' not in report and "javascript:window.__pwned=8" in report


def test_page_is_self_contained(report: str) -> None:
    lowered = report.lower()
    for needle in ("http-equiv=\"content-security-policy\"", "default-src 'none'"):
        assert needle in lowered
    for needle in ("<link", "src=\"http", "src='http", "@import", "url(http", "fetch("):
        assert needle not in lowered


def test_every_link_points_to_an_existing_anchor(report: str) -> None:
    page = Page(report)
    assert len(page.ids) == len(set(page.ids)), "duplicate ids"
    missing = sorted(set(page.hrefs) - set(page.ids))
    assert not missing


def test_each_move_row_links_to_its_evidence(run_dir: tuple[Path, Path], report: str) -> None:
    import csv

    _, out = run_dir
    with open(out / "moves.csv", encoding="utf-8") as fh:
        moves = list(csv.DictReader(fh))
    links = Page(report).table_links["moves-table"]
    assert links == [anchor_id(m["doc_id"], int(m["start_char"])) for m in moves]
    assert set(links) <= set(Page(report).ids)
    assert "doc-sub.2f.plain-0" in links and "doc-depeches.23.1-0" in links


def test_flow_picture_names_the_organisations_and_people(report: str) -> None:
    page = Page(report)
    assert '<svg id="flow"' in report
    text = " ".join(page.svg_text)
    for name in ("OpenAI", "Anthropic", "Stellantis", "La Banque Postale", "CFDT",
                 "Jan Leike", "Claire Vasseur", "(origin not stated)"):
        assert name in text
    assert "Renault <script>" in text  # shown as text, parsed as text


def test_articles_are_highlighted_with_anchors(report: str) -> None:
    h_start = HOSTILE_BODY.index(S1)
    assert f'id="{anchor_id("hostile", h_start)}"' in report
    assert f'id="{article_id("sub/plain")}"' in report
    assert 'class="entity trigger"' in report  # move triggers
    assert 'class="entity topic"' in report and 'class="entity ent"' in report
    assert "<span class=\"lab\">TOPIC</span>" in report


def test_rows_match_their_text(report: str) -> None:
    assert "do not match the text" not in report


def test_out_of_range_rows_link_to_their_article(report: str) -> None:
    assert anchor_id("hostile", 10_000) not in Page(report).ids
    assert f'href="#{article_id("hostile")}"' in report


def test_topics_with_parents_and_holders(report: str) -> None:
    assert 'id="topics-table"' in report and 'id="holders-table"' in report
    assert "machine_learning" in report and "Sophie Martin" in report
    # the parent's label comes from the package taxonomy when no row carries it
    assert "intelligence artificielle" in report


def test_safe_csv_apostrophe_is_not_shown(run_dir: tuple[Path, Path], report: str) -> None:
    _, out = run_dir
    assert "'- Sophie Martin" in (out / "topics.csv").read_text(encoding="utf-8")
    assert "&#x27;- Sophie" not in report and "'- Sophie" not in report


def test_without_corpus_the_evidence_sentences_are_shown(tmp_path: Path) -> None:
    _, out = make_run(tmp_path)
    html_text = build_report(out).read_text(encoding="utf-8")
    page = Page(html_text)
    assert "Full text not shown: no corpus folder was given" in html_text
    assert "Jan Leike a rejoint Anthropic" in html_text
    assert not set(page.hrefs) - set(page.ids)
    assert len(page.ids) == len(set(page.ids))
    assert set(page.table_links["moves-table"]) <= set(page.ids)
    assert page.scripts == 1


def test_an_article_changed_since_the_run_is_not_misaligned(tmp_path: Path) -> None:
    corpus, out = make_run(tmp_path)
    (corpus / "sub" / "plain.txt").write_text("Autre texte.\n" + PLAIN_BODY, encoding="utf-8")
    html_text = build_report(out, corpus).read_text(encoding="utf-8")
    assert "the article has changed since the run" in html_text
    assert not set(Page(html_text).hrefs) - set(Page(html_text).ids)


def test_rows_not_matching_their_text_are_flagged(tmp_path: Path) -> None:
    corpus, out = make_run(tmp_path)
    text = (out / "entities.csv").read_text(encoding="utf-8")
    (out / "entities.csv").write_text(text.replace(",Jan Leike,PER,", ",Jean Leike,PER,"),
                                      encoding="utf-8")
    html_text = build_report(out, corpus).read_text(encoding="utf-8")
    assert "1 row(s) of this article do not match the text" in html_text


def test_run_json_gives_run_time_and_settings(tmp_path: Path) -> None:
    corpus, out = make_run(tmp_path)
    html_text = build_report(out, corpus).read_text(encoding="utf-8")
    assert "not recorded (no run.json)" in html_text
    info = {"seconds": 12.5, "words": 2500, "settings": {"model": "fr_core_news_sm",
                                                        "limit": None, "safe_csv": True}}
    (out / "run.json").write_text(json.dumps(info), encoding="utf-8")
    html_text = build_report(out, corpus).read_text(encoding="utf-8")
    assert "12.5 s" in html_text and "200 words/s" in html_text
    assert "setting model" in html_text and "fr_core_news_sm" in html_text
    (out / "run.json").write_text("{not json", encoding="utf-8")
    html_text = build_report(out, corpus).read_text(encoding="utf-8")
    assert "run.json could not be read" in html_text


def test_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(errors.UsageError, match="does not exist"):
        build_report(tmp_path / "nope")
    with pytest.raises(errors.UsageError, match="no documents.csv"):
        build_report(tmp_path)
    corpus, out = make_run(tmp_path)
    with pytest.raises(errors.CorpusNotFound):
        build_report(out, tmp_path / "missing-corpus")
    assert main_report(SimpleNamespace(out=tmp_path / "nope", corpus=None)) == 2
    assert "does not exist" in capsys.readouterr().err
    assert main_report(SimpleNamespace(out=out, corpus=corpus)) == 0
    assert "report.html" in capsys.readouterr().err


def test_help_example_names_the_command() -> None:
    assert "python -m pipeline report" in REPORT_EXAMPLE and "--corpus" in REPORT_EXAMPLE


@pytest.mark.parametrize("doc_id", ["a", "regions/a-b_c", "depeches#1", "a b", "é/\"<>",
                                    "a.b", "a.2e.b", "x-1"])
def test_anchor_ids_are_safe(doc_id: str) -> None:
    slug = doc_slug(doc_id)
    assert all(c.isascii() and (c.isalnum() or c in "-_.") for c in slug)
    others = {doc_slug(o) for o in ("a", "regions/a-b_c", "depeches#1", "a b", "é/\"<>",
                                    "a.b", "a.2e.b", "x-1") if o != doc_id}
    assert slug not in others
    assert anchor_id(doc_id, 12) == f"doc-{slug}-12"


def test_displacy_markup_is_escaped() -> None:
    [markup] = render_marked([("a <script>x</script> & b", [
        Mark(2, 10, '<b>"L"</b>', "ent", ['<i>"tip"</i>'], 0, anchor='x" onclick="y')])])
    assert "<script>" not in markup and "&lt;script&gt;" in markup
    assert "<b>" not in markup and "<i>" not in markup
    assert 'onclick="y"' not in markup


@pytest.mark.model
def test_report_of_a_real_run_points_into_the_texts(tmp_path: Path, nlp) -> None:  # noqa: ANN001
    """The tables of the real pipeline, jsonl ids and sub-folders included (``nlp``: the
    session's model, so that the run does not load its own)."""
    from pipeline import run

    src = Path(__file__).resolve().parents[1] / "corpus"
    corpus = tmp_path / "corpus"
    (corpus / "regions").mkdir(parents=True)
    for name in ("000_c3b77cb978517cfa.txt", "depeches.jsonl",
                 "regions/universite-rennes-presidence.txt"):
        if not (src / name).is_file():
            pytest.skip(f"corpus/{name} is not in the project")
        shutil.copy(src / name, corpus / name)
    (corpus / "hostile.txt").write_text(HOSTILE_TXT, encoding="utf-8")
    out = tmp_path / "out"
    run(corpus, out)
    html_text = build_report(out, corpus).read_text(encoding="utf-8")
    page = Page(html_text)
    assert not set(page.hrefs) - set(page.ids)
    assert len(page.ids) == len(set(page.ids))
    assert "do not match the text" not in html_text
    assert page.scripts == 1 and "<img" not in html_text


# ---------------------------------------------------------------------- in a browser

CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--window-size=1280,900")


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    for path in (CHROMIUM, CHROMEDRIVER):
        if not path.exists():
            pytest.skip(f"{path} is absent: install the Debian packages chromium and "
                        "chromium-driver to run the browser tests")
    webdriver = pytest.importorskip(
        "selenium.webdriver", reason="selenium is not installed (pip install -e '.[test]')")
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    options.binary_location = str(CHROMIUM)
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(20)
    yield driver
    driver.quit()


@pytest.fixture
def opened(browser, run_dir: tuple[Path, Path], report: str):  # noqa: ANN001, ANN201
    _, out = run_dir
    browser.get((out / "report.html").resolve().as_uri())
    return browser


def _wait(predicate, timeout: float = 5.0) -> bool:  # noqa: ANN001
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.05)
    return bool(predicate())


def test_browser_renders_flow_picture_and_tables(opened, tmp_path: Path) -> None:  # noqa: ANN001
    from selenium.webdriver.common.by import By

    d = opened
    svg = d.find_element(By.ID, "flow")
    assert svg.is_displayed() and svg.size["width"] > 300 and svg.size["height"] > 100
    assert len(svg.find_elements(By.CSS_SELECTOR, "a.flow-link")) == 4
    rows = d.find_elements(By.CSS_SELECTOR, "#moves-table tbody tr")
    assert len(rows) == 4 and all(r.is_displayed() for r in rows)
    for table in ("topics-table", "holders-table", "entities-table", "documents-table"):
        assert d.find_element(By.ID, table).is_displayed()
    shot = tmp_path / "report.png"
    assert d.save_screenshot(str(shot)) and shot.stat().st_size > 10_000
    if os.environ.get("FRNEWS_REPORT_SCREENSHOT"):  # keep a copy to look at
        shutil.copy(shot, os.environ["FRNEWS_REPORT_SCREENSHOT"])


def test_browser_hostile_article_does_not_run(opened) -> None:  # noqa: ANN001
    from selenium.webdriver.common.by import By

    d = opened
    assert d.title == "frnews report: out"
    assert d.execute_script("return window.__pwned === undefined")
    text = d.find_element(By.ID, article_id("hostile")).text
    assert "<script>document.title='pwned';window.__pwned=1</script>" in text
    assert '<img src=x onerror="window.__pwned=2">' in text
    # escaping, not the Content Security Policy, kept it inert: nothing was refused
    refused = [e["message"] for e in d.get_log("browser") if "Content Security" in e["message"]]
    assert not refused


def test_browser_click_a_move_reaches_its_evidence(opened) -> None:  # noqa: ANN001
    from selenium.webdriver.common.by import By

    d = opened
    target = anchor_id("hostile", HOSTILE_BODY.index(S2))
    link = d.find_element(By.CSS_SELECTOR, f'#moves-table a.ev-link[href="#{target}"]')
    d.execute_script("arguments[0].scrollIntoView({block: 'center'})", link)
    link.click()
    assert _wait(lambda: d.execute_script("return location.hash") == f"#{target}")
    el = d.find_element(By.ID, target)
    assert el.is_displayed()
    assert el.text.startswith("Hélène Castaing") and "<b>Renault" in el.text  # labels inline
    assert _wait(lambda: d.execute_script(
        "var r = arguments[0].getBoundingClientRect();"
        "return r.top >= 0 && r.bottom <= window.innerHeight;", el))
    # a link of the flow picture goes to the same kind of evidence
    first = anchor_id("hostile", HOSTILE_BODY.index(S1))
    flow_link = d.find_element(By.CSS_SELECTOR, f'#flow a[href="#{first}"]')
    d.execute_script("arguments[0].scrollIntoView({block: 'center'})", flow_link)
    flow_link.click()
    assert _wait(lambda: d.execute_script("return location.hash") == f"#{first}")
    assert d.find_element(By.ID, first).is_displayed()


def test_browser_filter_and_sort_a_table(opened) -> None:  # noqa: ANN001
    from selenium.webdriver.common.by import By

    d = opened
    box = d.find_element(By.ID, "moves-table-filter")
    d.execute_script("arguments[0].scrollIntoView({block: 'center'})", box)
    box.send_keys("helene")  # accents are ignored
    rows = d.find_elements(By.CSS_SELECTOR, "#moves-table tbody tr")
    assert _wait(lambda: sum(r.is_displayed() for r in rows) == 1)
    [shown] = [r for r in rows if r.is_displayed()]
    assert "Hélène Castaing" in shown.text
    assert d.find_element(By.ID, "moves-table-count").text == "1 of 4 rows"
    box.clear()
    box.send_keys(" ")  # clear() sends no input event; an empty query shows all rows
    assert _wait(lambda: all(r.is_displayed() for r in rows))
    conf = d.find_element(By.XPATH, "//table[@id='moves-table']//th[button='Conf.']/button")
    conf.click()
    values = [float(r.find_elements(By.TAG_NAME, "td")[8].text)
              for r in d.find_elements(By.CSS_SELECTOR, "#moves-table tbody tr")]
    assert values == sorted(values)
    conf.click()
    values = [float(r.find_elements(By.TAG_NAME, "td")[8].text)
              for r in d.find_elements(By.CSS_SELECTOR, "#moves-table tbody tr")]
    assert values == sorted(values, reverse=True)
