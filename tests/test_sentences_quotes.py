"""A quotation closed after its full stop ends its sentence; the mark is no sentence of its own."""

from __future__ import annotations

import json

from click.testing import CliRunner

from dyads.cli.main import cli

TEXT = ('KINSHASA, May 2 (Wire) - "The road is open," said Ana Lumbu, a driver for a local charity. '
        '"We leave at dawn. The trucks are loaded."\n\n'
        'The ministry said the convoy would cross on Friday.')


def test_closing_quote_mark_stays_with_its_sentence(tmp_path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(cli, ["code", str(path), "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    rec = json.loads(result.output)
    rec = rec[0] if isinstance(rec, list) else rec
    texts = [rec["text"][s["start"]:s["end"]] for s in rec["sentences"]]
    assert 'The trucks are loaded."' in texts
    assert all(t.strip('"\u201d ') for t in texts)  # no sentence is only a quote mark
    # a quotation that opens a sentence keeps its opening mark (the near miss)
    assert texts[1].startswith('"We leave at dawn.')
