"""benchmarks/eval_probe.py: the GSR sentence metric on probe files, on small rows written here."""

from __future__ import annotations

from pathlib import Path

from benchmarks.eval_probe import PROBE_DIR, ProbeRow, load_rows, score
from pipeline.nlp.enrich import Enricher


def test_load_rows_reads_spans_and_no_target(tmp_path: Path) -> None:
    path = tmp_path / "probe.tsv"
    path.write_text("# a comment\nFIGHT\trebels\t-\tRebels shelled the town.\n\n", encoding="utf-8")
    assert load_rows(path) == [ProbeRow("FIGHT", "rebels", None, "Rebels shelled the town.")]


def test_load_rows_reads_a_leading_cameo_code(tmp_path: Path) -> None:
    path = tmp_path / "probe.tsv"
    path.write_text("0841\tRETREAT\tIraq\t-\tIraq freed 12 prisoners.\n", encoding="utf-8")
    assert load_rows(path) == [ProbeRow("RETREAT", "Iraq", None, "Iraq freed 12 prisoners.", "0841")]


def test_score_counts_type_hits_and_actor_matches(enricher: Enricher) -> None:
    rows = [ProbeRow("DISAPPROVE", "Ministry", "Israel", "The foreign ministry condemned Israel on Monday.", "111"),
            ProbeRow("DEMAND", "Weather", None, "The weather was fine on Monday.", "102")]
    result = score(enricher, rows)
    assert result.accuracy == 0.5
    assert dict(result.hits) == {"DISAPPROVE": 1, "DEMAND": 0} and sum(result.totals.values()) == 2
    assert dict(result.root_hits) == {"11": 1, "10": 0} and dict(result.root_totals) == {"11": 1, "10": 1}
    assert result.source.matched_gold == 1 and result.source.gold == 2
    assert result.target.matched_gold == 1 and result.target.gold == 1


def test_shipped_probe_files_are_well_formed() -> None:
    files = sorted(PROBE_DIR.glob("*.tsv"))
    assert [f.name for f in files] == ["set_a.tsv", "set_b.tsv", "set_c.tsv", "set_d1.tsv", "set_d2.tsv",
                                         "set_e.tsv", "set_f.tsv", "set_g.tsv", "set_h.tsv", "set_i.tsv", "set_j.tsv",
                                         "set_k.tsv", "set_l.tsv", "set_m.tsv", "set_n.tsv", "set_o.tsv", "set_p.tsv", "set_q.tsv",
                                         "set_r.tsv", "set_s.tsv", "set_t.tsv", "set_u.tsv", "set_v.tsv", "set_w.tsv",
                                         "set_x.tsv", "set_y.tsv", "set_z1.tsv", "set_z2.tsv"]
    for path in files:
        rows = load_rows(path)
        assert all(row.cameo is not None for row in rows) or not any(row.cameo for row in rows), path.name
        for row in rows:
            assert row.source is None or row.source in row.text, (path.name, row)
            assert row.target is None or row.target in row.text, (path.name, row)
